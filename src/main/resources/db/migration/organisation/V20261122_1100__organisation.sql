-- Organisations of both programmes, in one tree (parent_id). path is the materialised list of
-- ancestor ids and the organisation's own, '/id/id/.../', so "an organisation and all its
-- descendants" is a prefix match: path LIKE '<path>%'.
CREATE TABLE organisation (
    id            UUID          NOT NULL PRIMARY KEY,
    code          VARCHAR(40)   NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    org_type      VARCHAR(30)   NOT NULL,
    parent_id     UUID          REFERENCES organisation (id),
    area_code     VARCHAR(13)   REFERENCES area (code),
    province_code CHAR(2),
    path          VARCHAR(1000) NOT NULL,
    voided_at     TIMESTAMP WITH TIME ZONE,
    void_reason   VARCHAR(500),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    version       INTEGER       NOT NULL
);
CREATE UNIQUE INDEX organisation_code_ux ON organisation (code);
CREATE INDEX organisation_path_ix ON organisation (path);
CREATE INDEX organisation_parent_ix ON organisation (parent_id);
CREATE INDEX organisation_area_ix ON organisation (area_code);

-- An IBM unit's own facts: its village and formation date (one row per IBM unit).
CREATE TABLE ibm_unit (
    organisation_id UUID        NOT NULL PRIMARY KEY REFERENCES organisation (id),
    village_code    VARCHAR(13) NOT NULL REFERENCES area (code),
    formed_on       DATE        NOT NULL
);

-- Decrees of the village head (SK Kepala Desa) appointing the unit's recovery agents.
CREATE TABLE ibm_unit_decree (
    id              UUID         NOT NULL PRIMARY KEY,
    organisation_id UUID         NOT NULL REFERENCES organisation (id),
    decree_number   VARCHAR(100) NOT NULL,
    decree_date     DATE         NOT NULL,
    decree_year     INTEGER      NOT NULL
);
CREATE INDEX ibm_unit_decree_org_ix ON ibm_unit_decree (organisation_id);

-- Network partners: training centres, ministries, companies (CSR), health centres.
CREATE TABLE ibm_unit_partner (
    id                 UUID         NOT NULL PRIMARY KEY,
    organisation_id    UUID         NOT NULL REFERENCES organisation (id),
    partner_name       VARCHAR(200) NOT NULL,
    partner_kind       VARCHAR(60),
    partner_org_id     UUID         REFERENCES organisation (id)
);
CREATE INDEX ibm_unit_partner_org_ix ON ibm_unit_partner (organisation_id);

-- Financial support by source, amount (whole rupiah) and year.
CREATE TABLE ibm_unit_funding (
    id              UUID         NOT NULL PRIMARY KEY,
    organisation_id UUID         NOT NULL REFERENCES organisation (id),
    source          VARCHAR(20)  NOT NULL,
    amount          BIGINT       NOT NULL,
    funding_year    INTEGER      NOT NULL,
    note            VARCHAR(300)
);
CREATE INDEX ibm_unit_funding_org_ix ON ibm_unit_funding (organisation_id);

-- Each year a unit is newly formed or developed (supervised further) by a BNNP/BNNK.
CREATE TABLE ibm_unit_year_status (
    id              UUID        NOT NULL PRIMARY KEY,
    organisation_id UUID        NOT NULL REFERENCES organisation (id),
    status_year     INTEGER     NOT NULL,
    status          VARCHAR(20) NOT NULL,
    by_org_id       UUID        NOT NULL REFERENCES organisation (id)
);
CREATE UNIQUE INDEX ibm_unit_year_status_ux ON ibm_unit_year_status (organisation_id, status_year);

-- Development phase history, newest assessment last.
CREATE TABLE ibm_unit_phase (
    id              UUID         NOT NULL PRIMARY KEY,
    organisation_id UUID         NOT NULL REFERENCES organisation (id),
    phase           VARCHAR(30)  NOT NULL,
    assessed_on     DATE         NOT NULL,
    assessed_by     VARCHAR(100) NOT NULL,
    note            VARCHAR(500)
);
CREATE INDEX ibm_unit_phase_org_ix ON ibm_unit_phase (organisation_id);
