-- Administrator-defined instruments (phase assessment, INSANI compliance index, community
-- benefit survey). One row per version of an instrument; a draft has no number yet and is
-- the only version that may change. Published and retired versions never change, so a
-- response keeps the items and bands it was answered against.
-- These are national reference data (like the ASSIST and WHOQOL-BREF definitions), owned by
-- no one organisation: they carry no organisation id.
CREATE TABLE custom_instrument_version (
    id              UUID PRIMARY KEY,
    code            VARCHAR(60)  NOT NULL,
    -- 1, 2, ... per code once published; NULL while a draft
    version_number  INTEGER,
    -- the code while this version is a draft, else NULL: at most one draft per code
    draft_code      VARCHAR(60),
    name            VARCHAR(200) NOT NULL,
    description     VARCHAR(2000),
    status          VARCHAR(12)  NOT NULL,
    scoring         VARCHAR(8)   NOT NULL,
    shipped_default BOOLEAN      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    version         BIGINT       NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE,
    published_by    VARCHAR(100),
    retired_at      TIMESTAMP WITH TIME ZONE,
    retired_by      VARCHAR(100),
    CONSTRAINT custom_instrument_version_number UNIQUE (code, version_number),
    CONSTRAINT custom_instrument_one_draft UNIQUE (draft_code),
    CONSTRAINT custom_instrument_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    CONSTRAINT custom_instrument_scoring CHECK (scoring IN ('MEAN', 'SUM')),
    CONSTRAINT custom_instrument_draft CHECK ((status = 'DRAFT' AND version_number IS NULL AND draft_code = code)
        OR (status <> 'DRAFT' AND version_number IS NOT NULL AND draft_code IS NULL))
);

CREATE TABLE custom_instrument_section (
    version_id UUID         NOT NULL REFERENCES custom_instrument_version (id),
    position   INTEGER      NOT NULL,
    code       VARCHAR(60)  NOT NULL,
    title      VARCHAR(300) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (version_id, code),
    CONSTRAINT custom_instrument_section_position UNIQUE (version_id, position)
);

CREATE TABLE custom_instrument_item (
    version_id   UUID          NOT NULL REFERENCES custom_instrument_version (id),
    section_code VARCHAR(60)   NOT NULL,
    position     INTEGER       NOT NULL,
    code         VARCHAR(60)   NOT NULL,
    text         VARCHAR(1000) NOT NULL,
    min_value    INTEGER       NOT NULL,
    max_value    INTEGER       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    PRIMARY KEY (version_id, code),
    CONSTRAINT custom_instrument_item_section FOREIGN KEY (version_id, section_code)
        REFERENCES custom_instrument_section (version_id, code),
    CONSTRAINT custom_instrument_item_range CHECK (min_value < max_value)
);

CREATE TABLE custom_instrument_band (
    version_id   UUID          NOT NULL REFERENCES custom_instrument_version (id),
    -- NULL: the band applies to the overall score
    section_code VARCHAR(60),
    position     INTEGER       NOT NULL,
    from_score   NUMERIC(12, 2) NOT NULL,
    to_score     NUMERIC(12, 2) NOT NULL,
    category     INTEGER       NOT NULL,
    label        VARCHAR(200)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    PRIMARY KEY (version_id, position),
    CONSTRAINT custom_instrument_band_order CHECK (from_score <= to_score)
);

CREATE INDEX custom_instrument_version_code ON custom_instrument_version (code);
