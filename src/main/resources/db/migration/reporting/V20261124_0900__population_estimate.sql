-- Population estimates that programme managers enter per area and year: the denominators of
-- the WHO/UNODC/UNAIDS harm reduction indicators. area_code is a Kemendagri code, or 'ID' for
-- the whole nation (which has no row in the area table, so there is no foreign key: the
-- application checks the code against the areas). province_code is the first two digits of
-- area_code, null for the nation. Each figure may be left out, but not all three. No client
-- data here: these are published planning figures.
CREATE TABLE rpt_population_estimate (
    id            UUID          NOT NULL PRIMARY KEY,
    area_code     VARCHAR(13)   NOT NULL,
    province_code CHAR(2),
    estimate_year INTEGER       NOT NULL,
    pwid          BIGINT,
    opioid_pwid   BIGINT,
    pwid_hiv      BIGINT,
    source_note   VARCHAR(500),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    version       INTEGER       NOT NULL,
    CONSTRAINT rpt_population_estimate_year_ck CHECK (estimate_year BETWEEN 2000 AND 2100),
    CONSTRAINT rpt_population_estimate_province_ck CHECK ((area_code = 'ID' AND province_code IS NULL)
        OR (area_code <> 'ID' AND province_code IS NOT NULL)),
    CONSTRAINT rpt_population_estimate_any_ck CHECK (pwid IS NOT NULL OR opioid_pwid IS NOT NULL
        OR pwid_hiv IS NOT NULL),
    CONSTRAINT rpt_population_estimate_pwid_ck CHECK (pwid IS NULL OR pwid BETWEEN 1 AND 1000000000),
    CONSTRAINT rpt_population_estimate_opioid_ck CHECK (opioid_pwid IS NULL
        OR (opioid_pwid BETWEEN 1 AND 1000000000 AND (pwid IS NULL OR opioid_pwid <= pwid))),
    CONSTRAINT rpt_population_estimate_hiv_ck CHECK (pwid_hiv IS NULL
        OR (pwid_hiv BETWEEN 1 AND 1000000000 AND (pwid IS NULL OR pwid_hiv <= pwid)))
);
CREATE UNIQUE INDEX rpt_population_estimate_ux ON rpt_population_estimate (area_code, estimate_year);
-- Denominators read one year's rows of a few provinces at once.
CREATE INDEX rpt_population_estimate_year_ix ON rpt_population_estimate (estimate_year, province_code);
