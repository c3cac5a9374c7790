-- Programme evaluation of IBM units (seed 003): development phase assessments, the community
-- benefit survey and INSANI compliance responses. Each response answers one published version
-- of an administrator-defined instrument (instrument module; referred to by id, so old
-- responses keep their meaning) and is never changed or deleted. Every row carries its IBM
-- unit (which decides who may see it) and that unit's province code.

CREATE TABLE evaluation_response (
    id                  UUID          NOT NULL PRIMARY KEY,
    kind                VARCHAR(20)   NOT NULL,
    organisation_id     UUID          NOT NULL REFERENCES organisation (id),
    province_code       CHAR(2),
    responded_on        DATE          NOT NULL,
    instrument_code     VARCHAR(60)   NOT NULL,
    instrument_version_id UUID        NOT NULL,
    instrument_version  INTEGER       NOT NULL,
    respondent_type     VARCHAR(40),
    component           VARCHAR(60),
    score               NUMERIC(14, 4),
    category            INTEGER,
    phase               VARCHAR(30),
    note                VARCHAR(500),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(100)  NOT NULL,
    CONSTRAINT evaluation_response_kind_ck CHECK (kind IN ('ASSESSMENT', 'BENEFIT_SURVEY', 'INSANI'))
);
CREATE INDEX evaluation_response_org_ix ON evaluation_response (organisation_id, kind, responded_on);
CREATE INDEX evaluation_response_province_ix ON evaluation_response (province_code, kind, responded_on);

-- One row per answered item.
CREATE TABLE evaluation_answer (
    response_id  UUID        NOT NULL REFERENCES evaluation_response (id),
    item_code    VARCHAR(60) NOT NULL,
    answer_value INTEGER     NOT NULL,
    PRIMARY KEY (response_id, item_code)
);

-- The score of every answered section (component), with its category when a band holds it.
CREATE TABLE evaluation_section_score (
    response_id  UUID          NOT NULL REFERENCES evaluation_response (id),
    section_code VARCHAR(60)   NOT NULL,
    score        NUMERIC(14, 4) NOT NULL,
    category     INTEGER,
    PRIMARY KEY (response_id, section_code)
);
