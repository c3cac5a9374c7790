-- Harm reduction at Puskesmas and other facilities: visits with the services given (one
-- table per kind of service, each with typed columns, at most one row per visit), the
-- methadone (PTRM) course of a client with its clinical reviews, the clients living with
-- HIV, and their peer support: assignments and contacts. Every row carries the facility
-- (organisation) that owns it, which decides who may see it, and the facility's province
-- code. Nothing is deleted: a visit recorded in error is voided with a reason (its stock
-- goes back by new ledger entries), an assignment is ended, a course started by a voided
-- dose is voided. The one exception is the mark of living with HIV (hr_plhiv), which is
-- derived from visits: it moves to another visit, or is withdrawn, when the visit it
-- rests on is voided (the voided visit keeps what was recorded).

-- A methadone course: one active course per client (active_client_id holds the client's id
-- while the course is active and is null once stopped: its unique index allows one active
-- course per client on both H2 and PostgreSQL). The doses are the methadone services of the
-- visits; current_dose_mg is the dose last given or set by a review. A course whose only
-- dose was voided with its visit is VOIDED (stop_reason 'VISIT_VOIDED') and shown nowhere.
CREATE TABLE hr_ost_course (
    id               UUID         NOT NULL PRIMARY KEY,
    client_id        UUID         NOT NULL REFERENCES client (id),
    active_client_id UUID         REFERENCES client (id),
    organisation_id  UUID         NOT NULL REFERENCES organisation (id),
    province_code    CHAR(2),
    started_on       DATE         NOT NULL,
    status           VARCHAR(10)  NOT NULL,
    current_dose_mg  INTEGER      NOT NULL,
    stopped_on       DATE,
    stop_reason      VARCHAR(500),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100) NOT NULL,
    version          INTEGER      NOT NULL,
    CONSTRAINT hr_ost_course_status_ck CHECK ((status = 'ACTIVE' AND active_client_id = client_id AND stopped_on IS NULL)
        OR (status IN ('STOPPED', 'VOIDED') AND active_client_id IS NULL AND stopped_on IS NOT NULL))
);
CREATE UNIQUE INDEX hr_ost_course_active_ux ON hr_ost_course (active_client_id);
CREATE INDEX hr_ost_course_client_ix ON hr_ost_course (client_id);
CREATE INDEX hr_ost_course_org_ix ON hr_ost_course (organisation_id, status);

-- A clinical review of a course by a health worker (required after several missed doses):
-- when, by whom, what was found, the dose from then on.
CREATE TABLE hr_ost_review (
    id          UUID          NOT NULL PRIMARY KEY,
    course_id   UUID          NOT NULL REFERENCES hr_ost_course (id),
    reviewed_on DATE          NOT NULL,
    reviewed_by UUID          REFERENCES person (id),
    note        VARCHAR(1000) NOT NULL,
    new_dose_mg INTEGER       NOT NULL,
    recorded_by VARCHAR(100)  NOT NULL
);
CREATE INDEX hr_ost_review_course_ix ON hr_ost_review (course_id, reviewed_on);

-- A visit: who came (a registered client, or an anonymous contact known only by sex and
-- age band), when, how (walk-in, or brought by outreach of a field officer), at which
-- facility. Voided visits stay, marked.
CREATE TABLE hr_visit (
    id                 UUID         NOT NULL PRIMARY KEY,
    organisation_id    UUID         NOT NULL REFERENCES organisation (id),
    province_code      CHAR(2),
    client_id          UUID         REFERENCES client (id),
    anonymous_sex      VARCHAR(10),
    anonymous_age_band VARCHAR(20),
    visit_on           DATE         NOT NULL,
    arrival            VARCHAR(10)  NOT NULL,
    field_officer_id   UUID         REFERENCES person (id),
    voided_at          TIMESTAMP WITH TIME ZONE,
    voided_by          VARCHAR(100),
    void_reason        VARCHAR(500),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(100) NOT NULL,
    version            INTEGER      NOT NULL,
    CONSTRAINT hr_visit_who_ck CHECK ((client_id IS NOT NULL AND anonymous_sex IS NULL AND anonymous_age_band IS NULL)
        OR (client_id IS NULL AND anonymous_sex IS NOT NULL AND anonymous_age_band IS NOT NULL)),
    CONSTRAINT hr_visit_arrival_ck CHECK ((arrival = 'WALK_IN' AND field_officer_id IS NULL)
        OR (arrival = 'OUTREACH' AND field_officer_id IS NOT NULL)),
    CONSTRAINT hr_visit_void_ck CHECK ((voided_at IS NULL AND void_reason IS NULL)
        OR (voided_at IS NOT NULL AND void_reason IS NOT NULL))
);
CREATE INDEX hr_visit_org_ix ON hr_visit (organisation_id, visit_on);
CREATE INDEX hr_visit_client_ix ON hr_visit (client_id, visit_on);
CREATE INDEX hr_visit_province_ix ON hr_visit (province_code, visit_on);

-- Needle and syringe service (LJSS/LASS).
CREATE TABLE hr_visit_nsp (
    visit_id         UUID    NOT NULL PRIMARY KEY REFERENCES hr_visit (id),
    packs_given      INTEGER NOT NULL,
    needles_given    INTEGER NOT NULL,
    needles_returned INTEGER NOT NULL,
    safe_disposal    BOOLEAN NOT NULL
);

-- A methadone dose of a course: observed at the facility and/or taken home for the next
-- days. covered_until is the last day the dose covers; missed_days_before the days without
-- a dose since the previous one.
CREATE TABLE hr_visit_methadone (
    visit_id           UUID    NOT NULL PRIMARY KEY REFERENCES hr_visit (id),
    course_id          UUID    NOT NULL REFERENCES hr_ost_course (id),
    dose_mg            INTEGER NOT NULL,
    observed           BOOLEAN NOT NULL,
    take_home_doses    INTEGER NOT NULL,
    covered_until      DATE    NOT NULL,
    missed_days_before INTEGER NOT NULL
);
CREATE INDEX hr_visit_methadone_course_ix ON hr_visit_methadone (course_id);

-- HIV counselling and testing (KT/VCT); result null when not given.
CREATE TABLE hr_visit_hiv_test (
    visit_id         UUID        NOT NULL PRIMARY KEY REFERENCES hr_visit (id),
    pre_counselling  BOOLEAN     NOT NULL,
    post_counselling BOOLEAN     NOT NULL,
    result           VARCHAR(15),
    linked_to_arv_on DATE,
    CONSTRAINT hr_visit_hiv_test_ck CHECK (linked_to_arv_on IS NULL OR result = 'POSITIVE')
);

CREATE TABLE hr_visit_arv (
    visit_id     UUID    NOT NULL PRIMARY KEY REFERENCES hr_visit (id),
    on_treatment BOOLEAN NOT NULL,
    started_on   DATE
);

-- Sexually transmitted infections: screening, result, syndromic diagnosis, treatment.
CREATE TABLE hr_visit_sti (
    visit_id  UUID         NOT NULL PRIMARY KEY REFERENCES hr_visit (id),
    screened  BOOLEAN      NOT NULL,
    result    VARCHAR(15),
    diagnosis VARCHAR(200),
    treated   BOOLEAN      NOT NULL
);

CREATE TABLE hr_visit_condoms (
    visit_id        UUID    NOT NULL PRIMARY KEY REFERENCES hr_visit (id),
    condoms_given   INTEGER NOT NULL,
    lubricant_given INTEGER NOT NULL
);

-- Hepatitis: a hepatitis B vaccine dose (1 to 3), hepatitis B and C tests, hepatitis C
-- treatment started.
CREATE TABLE hr_visit_hepatitis (
    visit_id                UUID        NOT NULL PRIMARY KEY REFERENCES hr_visit (id),
    hep_b_vaccine_dose      INTEGER,
    hep_b_test_result       VARCHAR(15),
    hep_c_test_result       VARCHAR(15),
    hep_c_treatment_started BOOLEAN     NOT NULL
);

-- Tuberculosis: symptom screening, GeneXpert (TCM) result, treatment given.
CREATE TABLE hr_visit_tb (
    visit_id         UUID        NOT NULL PRIMARY KEY REFERENCES hr_visit (id),
    screening_result VARCHAR(15),
    genexpert_result VARCHAR(40),
    treatment_given  BOOLEAN     NOT NULL
);

-- Communication, information and education.
CREATE TABLE hr_visit_kie (
    visit_id        UUID         NOT NULL PRIMARY KEY REFERENCES hr_visit (id),
    topic           VARCHAR(200) NOT NULL,
    materials_given INTEGER      NOT NULL
);

-- WHO ASSIST v3.0 taken at the visit: the answers as given ('item=value&...') and the
-- scored overall risk (highest over all substances except tobacco).
CREATE TABLE hr_visit_assist (
    visit_id           UUID          NOT NULL PRIMARY KEY REFERENCES hr_visit (id),
    instrument_version VARCHAR(10)   NOT NULL,
    answers            VARCHAR(4000) NOT NULL,
    overall_risk       VARCHAR(10)   NOT NULL,
    injection          VARCHAR(30)
);

-- Addiction and behaviour-change counselling.
CREATE TABLE hr_visit_counselling (
    visit_id         UUID         NOT NULL PRIMARY KEY REFERENCES hr_visit (id),
    addiction        BOOLEAN      NOT NULL,
    behaviour_change BOOLEAN      NOT NULL,
    note             VARCHAR(500)
);

-- A client known to live with HIV at a facility: since a positive test at a visit, or
-- from ARV treatment recorded at a visit (visit_id: the earliest such visit that is not
-- voided). When that visit is voided the mark moves to the next such visit, or is deleted
-- when there is none; a mark whose visit is voided counts for nothing.
CREATE TABLE hr_plhiv (
    id              UUID         NOT NULL PRIMARY KEY,
    client_id       UUID         NOT NULL REFERENCES client (id),
    organisation_id UUID         NOT NULL REFERENCES organisation (id),
    province_code   CHAR(2),
    diagnosed_on    DATE         NOT NULL,
    source          VARCHAR(10)  NOT NULL,
    visit_id        UUID         REFERENCES hr_visit (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    version         INTEGER      NOT NULL
);
CREATE UNIQUE INDEX hr_plhiv_client_ux ON hr_plhiv (client_id, organisation_id);
CREATE INDEX hr_plhiv_org_ix ON hr_plhiv (organisation_id);

-- A peer support officer assigned to a client living with HIV; open_client_id as in
-- hr_ost_course allows one open assignment per client. end_reason is the health worker's
-- words, or a code when the system ended it: 'REASSIGNED' (another officer assigned) or
-- 'DIAGNOSIS_VOIDED' (the visit that marked the client as living with HIV was voided).
CREATE TABLE hr_peer_assignment (
    id              UUID         NOT NULL PRIMARY KEY,
    client_id       UUID         NOT NULL REFERENCES client (id),
    open_client_id  UUID         REFERENCES client (id),
    organisation_id UUID         NOT NULL REFERENCES organisation (id),
    province_code   CHAR(2),
    peer_id         UUID         NOT NULL REFERENCES person (id),
    since           DATE         NOT NULL,
    ended_on        DATE,
    end_reason      VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    version         INTEGER      NOT NULL,
    CONSTRAINT hr_peer_assignment_open_ck CHECK ((ended_on IS NULL AND open_client_id = client_id)
        OR (ended_on IS NOT NULL AND open_client_id IS NULL))
);
CREATE UNIQUE INDEX hr_peer_assignment_open_ux ON hr_peer_assignment (open_client_id);
CREATE INDEX hr_peer_assignment_client_ix ON hr_peer_assignment (client_id);
CREATE INDEX hr_peer_assignment_peer_ix ON hr_peer_assignment (peer_id, ended_on);

-- A contact of the peer support officer with the client: when, how, adherence to
-- treatment, a note, and when the next contact is due. Only ever inserted.
CREATE TABLE hr_peer_contact (
    id              UUID          NOT NULL PRIMARY KEY,
    assignment_id   UUID          NOT NULL REFERENCES hr_peer_assignment (id),
    client_id       UUID          NOT NULL REFERENCES client (id),
    organisation_id UUID          NOT NULL REFERENCES organisation (id),
    province_code   CHAR(2),
    peer_id         UUID          NOT NULL REFERENCES person (id),
    contacted_on    DATE          NOT NULL,
    contact_mode    VARCHAR(20)   NOT NULL,
    adherence       VARCHAR(20)   NOT NULL,
    note            VARCHAR(1000),
    next_due_on     DATE          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100)  NOT NULL
);
CREATE INDEX hr_peer_contact_assignment_ix ON hr_peer_contact (assignment_id, contacted_on);
CREATE INDEX hr_peer_contact_client_ix ON hr_peer_contact (client_id, contacted_on);
