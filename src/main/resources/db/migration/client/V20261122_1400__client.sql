-- Clients, known by a pseudonymous code (UIC, see docs/uic.md) built from facts they can
-- repeat, never from the NIK. A client belongs to the organisation of the worker who
-- registered it (which decides who may see it). province_code is the province of the
-- client's village: the distribution key for tables that grow with the number of clients.
-- Nothing is deleted: a client found to be the same person as another gets merged_into.
CREATE TABLE client (
    id                     UUID         NOT NULL PRIMARY KEY,
    uic                    VARCHAR(40)  NOT NULL,
    sex                    VARCHAR(10)  NOT NULL,
    birth_date             DATE,
    birth_year             INTEGER      NOT NULL,
    village_code           VARCHAR(13)  NOT NULL REFERENCES area (code),
    province_code          CHAR(2)      NOT NULL,
    source                 VARCHAR(20)  NOT NULL,
    source_organisation_id UUID         REFERENCES organisation (id),
    organisation_id        UUID         NOT NULL REFERENCES organisation (id),
    registered_on          DATE         NOT NULL,
    merged_into            UUID         REFERENCES client (id),
    merged_at              TIMESTAMP WITH TIME ZONE,
    merged_by              VARCHAR(100),
    merge_reason           VARCHAR(500),
    voided_at              TIMESTAMP WITH TIME ZONE,
    void_reason            VARCHAR(500),
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by             VARCHAR(100) NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by             VARCHAR(100) NOT NULL,
    version                INTEGER      NOT NULL
);
-- One organisation never holds the same code twice (a second registration answers the first).
CREATE UNIQUE INDEX client_organisation_uic_ux ON client (organisation_id, uic);
CREATE INDEX client_uic_ix ON client (uic);
CREATE INDEX client_province_ix ON client (province_code);
CREATE INDEX client_merged_into_ix ON client (merged_into);
CREATE INDEX client_registered_ix ON client (organisation_id, registered_on);

-- Consent to keep identifying details: purpose, date, the worker who took it, and for how
-- long (retained_until = consented_on + retention_months - 1 day); withdrawal is recorded.
CREATE TABLE client_consent (
    id               UUID         NOT NULL PRIMARY KEY,
    client_id        UUID         NOT NULL REFERENCES client (id),
    purpose          VARCHAR(300) NOT NULL,
    consented_on     DATE         NOT NULL,
    taken_by         VARCHAR(100) NOT NULL,
    retention_months INTEGER      NOT NULL,
    retained_until   DATE         NOT NULL,
    withdrawn_on     DATE,
    withdrawn_by     VARCHAR(100)
);
CREATE INDEX client_consent_client_ix ON client_consent (client_id);

-- The identity vault: identifying details, each encrypted with AES-256-GCM
-- ('v1:' + base64(iv || ciphertext || tag)). Kept only under an active consent; erased
-- (the row removed) when consent is withdrawn or runs out.
CREATE TABLE client_identity (
    client_id        UUID          NOT NULL PRIMARY KEY REFERENCES client (id),
    name_or_nickname VARCHAR(1000),
    nik              VARCHAR(200),
    phone            VARCHAR(200),
    address          VARCHAR(2000),
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by      VARCHAR(100)  NOT NULL
);

-- Possible duplicates: a client registered with the same code as a client of an
-- organisation outside the registering worker's scope. Resolved as MERGED or NOT_SAME.
CREATE TABLE duplicate_flag (
    id              UUID         NOT NULL PRIMARY KEY,
    client_id       UUID         NOT NULL REFERENCES client (id),
    other_client_id UUID         NOT NULL REFERENCES client (id),
    uic             VARCHAR(40)  NOT NULL,
    flagged_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at     TIMESTAMP WITH TIME ZONE,
    resolved_by     VARCHAR(100),
    resolution      VARCHAR(20),
    resolution_note VARCHAR(500)
);
CREATE INDEX duplicate_flag_client_ix ON duplicate_flag (client_id);
CREATE INDEX duplicate_flag_other_ix ON duplicate_flag (other_client_id);
CREATE INDEX duplicate_flag_open_ix ON duplicate_flag (resolved_at, flagged_at);
