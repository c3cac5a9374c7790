-- The IBM recovery pathway (16 weeks): ASSIST screenings, enrolments with their schedule,
-- WHOQOL-BREF assessments, outcomes and corrections, and the sessions (services) given to
-- one client or to a group. Every row carries its owning organisation (the IBM unit), which
-- decides who may see it, and the province code of that unit (for distribution by
-- province). Nothing here is deleted: a finished pathway is changed only by a recorded
-- correction. Clients are referred to by id (the client module owns them; a merge re-points
-- these rows to the surviving client).

-- A WHO ASSIST v3.0 screening: the answers as given (one row per answered item), the
-- score and risk of every substance, and the overall risk (highest over all substances
-- except tobacco) with the route it decides. A moderate or high risk records the referral
-- recommendation (referral_recommended_on).
CREATE TABLE recovery_screening (
    id                      UUID         NOT NULL PRIMARY KEY,
    client_id               UUID         NOT NULL REFERENCES client (id),
    organisation_id         UUID         NOT NULL REFERENCES organisation (id),
    province_code           VARCHAR(2),
    screened_on             DATE         NOT NULL,
    screened_by             UUID         REFERENCES person (id),
    instrument_version      VARCHAR(10)  NOT NULL,
    overall_risk            VARCHAR(10)  NOT NULL,
    route                   VARCHAR(20)  NOT NULL,
    injection               VARCHAR(30),
    injection_pattern       VARCHAR(30),
    referral_recommended_on DATE,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(100) NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by              VARCHAR(100) NOT NULL,
    version                 INTEGER      NOT NULL,
    CONSTRAINT recovery_screening_risk_ck CHECK (overall_risk IN ('LOW', 'MODERATE', 'HIGH'))
);
CREATE INDEX recovery_screening_client_ix ON recovery_screening (client_id, screened_on);
CREATE INDEX recovery_screening_org_ix ON recovery_screening (organisation_id, screened_on);

CREATE TABLE recovery_screening_answer (
    screening_id UUID        NOT NULL REFERENCES recovery_screening (id),
    item_id      VARCHAR(40) NOT NULL,
    answer       VARCHAR(40) NOT NULL,
    PRIMARY KEY (screening_id, item_id)
);

CREATE TABLE recovery_screening_substance (
    screening_id UUID        NOT NULL REFERENCES recovery_screening (id),
    substance    VARCHAR(20) NOT NULL,
    score        INTEGER     NOT NULL,
    risk         VARCHAR(10) NOT NULL,
    PRIMARY KEY (screening_id, substance)
);

-- A client's pathway at an IBM unit, with the recovery agent responsible for it. It starts
-- at week 1 (entry from a screening) or at week 9 (aftercare after rehabilitation), on
-- started_on. open_client_id holds the client's id while the pathway is open and is null
-- once it has an outcome: its unique index allows one open pathway per client on both H2
-- and PostgreSQL (nulls are distinct), where a partial index would not be portable.
CREATE TABLE recovery_enrolment (
    id                   UUID         NOT NULL PRIMARY KEY,
    client_id            UUID         NOT NULL REFERENCES client (id),
    open_client_id       UUID         REFERENCES client (id),
    client_uic           VARCHAR(60)  NOT NULL,
    organisation_id      UUID         NOT NULL REFERENCES organisation (id),
    province_code        VARCHAR(2),
    agent_id             UUID         NOT NULL REFERENCES person (id),
    screening_id         UUID         REFERENCES recovery_screening (id),
    entry_point          VARCHAR(20)  NOT NULL,
    started_on           DATE         NOT NULL,
    eligibility_override VARCHAR(500),
    outcome              VARCHAR(20),
    outcome_on           DATE,
    outcome_reason       VARCHAR(500),
    completion_override  VARCHAR(500),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(100) NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(100) NOT NULL,
    version              INTEGER      NOT NULL,
    CONSTRAINT recovery_enrolment_open_ck CHECK ((outcome IS NULL AND open_client_id = client_id)
        OR (outcome IS NOT NULL AND open_client_id IS NULL AND outcome_on IS NOT NULL)),
    CONSTRAINT recovery_enrolment_entry_ck CHECK (entry_point IN ('SCREENING', 'AFTERCARE'))
);
CREATE UNIQUE INDEX recovery_enrolment_open_ux ON recovery_enrolment (open_client_id);
CREATE INDEX recovery_enrolment_client_ix ON recovery_enrolment (client_id);
CREATE INDEX recovery_enrolment_org_ix ON recovery_enrolment (organisation_id, outcome);
CREATE INDEX recovery_enrolment_agent_ix ON recovery_enrolment (agent_id, outcome);

-- WHOQOL-BREF at intake and at the end of a pathway (one of each): the answers as given
-- ('q1=3&q2=4&...') and, for reports, the domain scores on the 4 to 20 scale at full
-- precision (null where a domain was not scored).
CREATE TABLE recovery_whoqol (
    id                  UUID          NOT NULL PRIMARY KEY,
    enrolment_id        UUID          NOT NULL REFERENCES recovery_enrolment (id),
    timing              VARCHAR(10)   NOT NULL,
    assessed_on         DATE          NOT NULL,
    assessed_by         UUID          REFERENCES person (id),
    answers             VARCHAR(400)  NOT NULL,
    missing_items       INTEGER       NOT NULL,
    overall_quality     INTEGER,
    health_satisfaction INTEGER,
    physical            NUMERIC(19,15),
    psychological       NUMERIC(19,15),
    social              NUMERIC(19,15),
    environment         NUMERIC(19,15),
    CONSTRAINT recovery_whoqol_timing_ck CHECK (timing IN ('INTAKE', 'END'))
);
CREATE UNIQUE INDEX recovery_whoqol_ux ON recovery_whoqol (enrolment_id, timing);

-- Corrections of a finished pathway: what the outcome was, what it became, why, who.
CREATE TABLE recovery_correction (
    id           UUID         NOT NULL PRIMARY KEY,
    enrolment_id UUID         NOT NULL REFERENCES recovery_enrolment (id),
    corrected_at TIMESTAMP WITH TIME ZONE NOT NULL,
    corrected_by VARCHAR(100) NOT NULL,
    before_text  VARCHAR(700) NOT NULL,
    after_text   VARCHAR(700) NOT NULL,
    reason       VARCHAR(500) NOT NULL
);
CREATE INDEX recovery_correction_enrolment_ix ON recovery_correction (enrolment_id);

-- A session (service) given by a recovery agent: KIE, life skills, self-visit, peer
-- support group, family support or referral, attended by one pathway or (group sessions)
-- several of the same unit.
CREATE TABLE recovery_session (
    id               UUID          NOT NULL PRIMARY KEY,
    organisation_id  UUID          NOT NULL REFERENCES organisation (id),
    province_code    VARCHAR(2),
    session_type     VARCHAR(30)   NOT NULL,
    held_on          DATE          NOT NULL,
    agent_id         UUID          NOT NULL REFERENCES person (id),
    duration_minutes INTEGER       NOT NULL,
    notes            VARCHAR(2000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100)  NOT NULL,
    version          INTEGER       NOT NULL,
    CONSTRAINT recovery_session_duration_ck CHECK (duration_minutes BETWEEN 1 AND 600)
);
CREATE INDEX recovery_session_org_ix ON recovery_session (organisation_id, held_on);

CREATE TABLE recovery_attendance (
    session_id   UUID NOT NULL REFERENCES recovery_session (id),
    enrolment_id UUID NOT NULL REFERENCES recovery_enrolment (id),
    PRIMARY KEY (session_id, enrolment_id)
);
CREATE INDEX recovery_attendance_enrolment_ix ON recovery_attendance (enrolment_id);
