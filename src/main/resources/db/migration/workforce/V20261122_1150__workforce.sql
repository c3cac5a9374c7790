-- People who work in the programmes: recovery agents, IBM unit chairs, field officers, peer
-- support officers, health workers and rehabilitation officers. A person belongs to the
-- organisation they work for (which decides who may see them) and is never deleted: a person
-- who stops working gets inactive_since and inactive_reason.
CREATE TABLE person (
    id              UUID         NOT NULL PRIMARY KEY,
    full_name       VARCHAR(150) NOT NULL,
    sex             VARCHAR(10)  NOT NULL,
    person_role     VARCHAR(30)  NOT NULL,
    organisation_id UUID         NOT NULL REFERENCES organisation (id),
    phone           VARCHAR(30),
    active_since    DATE         NOT NULL,
    inactive_since  DATE,
    inactive_reason VARCHAR(300),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    version         INTEGER      NOT NULL
);
CREATE INDEX person_organisation_ix ON person (organisation_id);
CREATE INDEX person_role_ix ON person (person_role);

-- Appointments by decree (for a recovery agent, the village head's SK) to an IBM unit or
-- another organisation.
CREATE TABLE person_appointment (
    id            UUID         NOT NULL PRIMARY KEY,
    person_id     UUID         NOT NULL REFERENCES person (id),
    decree_number VARCHAR(100) NOT NULL,
    decree_date   DATE         NOT NULL,
    unit_id       UUID         NOT NULL REFERENCES organisation (id)
);
CREATE INDEX person_appointment_person_ix ON person_appointment (person_id);
CREATE INDEX person_appointment_unit_ix ON person_appointment (unit_id);

-- Trainings a person attended: topic, date, length in hours (0.1 to 999) and organiser.
CREATE TABLE person_training (
    id         UUID         NOT NULL PRIMARY KEY,
    person_id  UUID         NOT NULL REFERENCES person (id),
    topic      VARCHAR(200) NOT NULL,
    trained_on DATE         NOT NULL,
    hours      NUMERIC(5,1) NOT NULL,
    organiser  VARCHAR(200)
);
CREATE INDEX person_training_person_ix ON person_training (person_id);
