-- ${json} is jsonb on PostgreSQL and json on the embedded H2 database (see application.properties);
-- the migrations keep to SQL that both PostgreSQL and H2 2.x in PostgreSQL mode run.
-- The catalog: quiz-service's own copy of every published topic version, from content.topics.
-- A topic row shows its latest version; it is retracted while retracted_version >= latest_version.
-- A retraction may arrive before any publication, so the header columns are nullable.
CREATE TABLE catalog_topic (
    topic_id              UUID PRIMARY KEY,
    latest_version        INTEGER      NOT NULL,
    subject               VARCHAR(200),
    chapter               VARCHAR(300),
    code                  VARCHAR(50),
    title                 VARCHAR(300),
    key_question          VARCHAR(1000),
    section_count         INTEGER      NOT NULL,
    question_count        INTEGER      NOT NULL,
    essay_question_count  INTEGER      NOT NULL,
    published_at          TIMESTAMP WITH TIME ZONE,
    retracted_version     INTEGER,
    retracted_at          TIMESTAMP WITH TIME ZONE,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX catalog_topic_subject ON catalog_topic (subject);

CREATE TABLE catalog_topic_level (
    topic_id  UUID        NOT NULL REFERENCES catalog_topic (topic_id) ON DELETE CASCADE,
    level     VARCHAR(20) NOT NULL,
    PRIMARY KEY (topic_id, level)
);

CREATE TABLE catalog_topic_board (
    topic_id  UUID         NOT NULL REFERENCES catalog_topic (topic_id) ON DELETE CASCADE,
    board     VARCHAR(100) NOT NULL,
    PRIMARY KEY (topic_id, board)
);

-- Every version ever received, answer keys included; running sessions keep using theirs.
CREATE TABLE catalog_topic_version (
    topic_id     UUID    NOT NULL,
    version      INTEGER NOT NULL,
    snapshot     ${json} NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (topic_id, version)
);
