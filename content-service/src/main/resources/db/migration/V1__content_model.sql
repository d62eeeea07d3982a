-- ${json} is jsonb on PostgreSQL and json on the embedded H2 database (see application.properties).
CREATE TABLE rubric (
    id            UUID PRIMARY KEY,
    pack_key      VARCHAR(200) UNIQUE,
    name          VARCHAR(300) NOT NULL,
    description   TEXT,
    version       INTEGER      NOT NULL,
    criteria      ${json}        NOT NULL,
    revision      BIGINT       NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE topic (
    id                      UUID PRIMARY KEY,
    pack_key                VARCHAR(200) UNIQUE,
    subject                 VARCHAR(200) NOT NULL,
    chapter                 VARCHAR(300),
    code                    VARCHAR(50),
    title                   VARCHAR(300) NOT NULL,
    key_question            VARCHAR(1000),
    status                  VARCHAR(20)  NOT NULL,
    published_version       INTEGER      NOT NULL,
    unpublished_changes     BOOLEAN      NOT NULL,
    revision                BIGINT       NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX topic_subject ON topic (subject);

CREATE TABLE topic_level (
    topic_id  UUID        NOT NULL REFERENCES topic (id) ON DELETE CASCADE,
    level     VARCHAR(20) NOT NULL,
    PRIMARY KEY (topic_id, level)
);

CREATE TABLE topic_board (
    topic_id  UUID         NOT NULL REFERENCES topic (id) ON DELETE CASCADE,
    board     VARCHAR(100) NOT NULL,
    PRIMARY KEY (topic_id, board)
);

CREATE TABLE note_section (
    id          UUID PRIMARY KEY,
    topic_id    UUID         NOT NULL REFERENCES topic (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    pack_key    VARCHAR(200),
    title       VARCHAR(300) NOT NULL,
    key_points  ${json}        NOT NULL,
    UNIQUE (topic_id, pack_key)
);

CREATE TABLE recall_question (
    id          UUID PRIMARY KEY,
    topic_id    UUID         NOT NULL REFERENCES topic (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    pack_key    VARCHAR(200),
    type        VARCHAR(30)  NOT NULL,
    section_id  UUID REFERENCES note_section (id) ON DELETE SET NULL,
    definition  ${json}        NOT NULL,
    UNIQUE (topic_id, pack_key)
);

CREATE TABLE essay_question (
    id                  UUID PRIMARY KEY,
    topic_id            UUID          NOT NULL REFERENCES topic (id) ON DELETE CASCADE,
    position            INTEGER       NOT NULL,
    pack_key            VARCHAR(200),
    prompt              VARCHAR(2000) NOT NULL,
    command_word        VARCHAR(30)   NOT NULL,
    marks               INTEGER       NOT NULL,
    suggested_minutes   INTEGER       NOT NULL,
    guidance            TEXT,
    rubric_id           UUID          NOT NULL REFERENCES rubric (id),
    indicative_content  ${json}         NOT NULL,
    UNIQUE (topic_id, pack_key)
);

-- Published versions are immutable snapshots: exactly what TopicPublished carried.
CREATE TABLE topic_version (
    topic_id      UUID    NOT NULL REFERENCES topic (id) ON DELETE CASCADE,
    version       INTEGER NOT NULL,
    snapshot      ${json}   NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (topic_id, version)
);
