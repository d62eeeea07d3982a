-- ${json} is jsonb on PostgreSQL and json on the embedded H2 database (see application.properties).
-- The essay questions this service grades against, read from content.topics. Every published
-- version is kept: an assessment names the version (and so the rubric version) it was graded with.
CREATE TABLE essay_topic (
    id                 UUID PRIMARY KEY,
    subject            VARCHAR(200),
    title              VARCHAR(300),
    latest_version     INTEGER NOT NULL,
    retracted_version  INTEGER NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE essay_question (
    id                 UUID PRIMARY KEY,
    topic_id           UUID    NOT NULL REFERENCES essay_topic (id),
    current_version    INTEGER NOT NULL,
    position           INTEGER NOT NULL,
    in_latest_version  BOOLEAN NOT NULL
);
CREATE INDEX essay_question_topic ON essay_question (topic_id, position);

CREATE TABLE essay_question_version (
    question_id     UUID         NOT NULL REFERENCES essay_question (id),
    version         INTEGER      NOT NULL,
    topic_id        UUID         NOT NULL,
    topic_title     VARCHAR(300) NOT NULL,
    rubric_id       UUID         NOT NULL,
    rubric_version  INTEGER      NOT NULL,
    question        ${json}      NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (question_id, version)
);

CREATE TABLE assessment (
    id                 UUID PRIMARY KEY,
    student_id         VARCHAR(200) NOT NULL,
    essay_question_id  UUID         NOT NULL,
    question_version   INTEGER      NOT NULL,
    topic_id           UUID         NOT NULL,
    rubric_id          UUID         NOT NULL,
    rubric_version     INTEGER      NOT NULL,
    session_id         UUID,
    item_id            UUID,
    plan               ${json}      NOT NULL,
    checks             ${json}      NOT NULL,
    status             VARCHAR(30)  NOT NULL,
    max_marks          INTEGER      NOT NULL,
    submitted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    self_assessed_at   TIMESTAMP WITH TIME ZONE,
    self_mark          INTEGER,
    teacher_id         VARCHAR(200),
    moderated_at       TIMESTAMP WITH TIME ZONE,
    teacher_mark       INTEGER,
    teacher_comment    TEXT,
    FOREIGN KEY (essay_question_id, question_version) REFERENCES essay_question_version (question_id, version)
);
CREATE INDEX assessment_student ON assessment (student_id, submitted_at);
CREATE INDEX assessment_status ON assessment (status, submitted_at);
CREATE INDEX assessment_question ON assessment (essay_question_id);

CREATE TABLE assessment_criterion (
    assessment_id       UUID         NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    position            INTEGER      NOT NULL,
    criterion_key       VARCHAR(100) NOT NULL,
    criterion_name      VARCHAR(300) NOT NULL,
    estimate_low        INTEGER      NOT NULL,
    estimate_high       INTEGER      NOT NULL,
    self_level          INTEGER,
    self_mark           INTEGER,
    self_justification  TEXT,
    teacher_level       INTEGER,
    teacher_mark        INTEGER,
    teacher_comment     TEXT,
    PRIMARY KEY (assessment_id, position)
);

CREATE TABLE assessment_factor (
    assessment_id  UUID         NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    position       INTEGER      NOT NULL,
    factor_key     VARCHAR(100) NOT NULL,
    title          VARCHAR(300) NOT NULL,
    covered        BOOLEAN      NOT NULL,
    PRIMARY KEY (assessment_id, position)
);
CREATE INDEX assessment_factor_key ON assessment_factor (factor_key, covered);
