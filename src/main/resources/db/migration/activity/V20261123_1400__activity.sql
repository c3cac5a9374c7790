-- Community activities of IBM units and other organisations (DOMAIN.md, "Community
-- activities"). One table for every kind: the columns all kinds share, then typed,
-- nullable columns per kind, so the yearly reports add them up in one indexed scan.
CREATE TABLE activity (
    id                 UUID          NOT NULL PRIMARY KEY,
    organisation_id    UUID          NOT NULL REFERENCES organisation (id),
    province_code      CHAR(2)       NOT NULL,
    kind               VARCHAR(30)   NOT NULL,
    held_on            DATE          NOT NULL,
    village_code       VARCHAR(13)   NOT NULL,
    led_by             UUID          REFERENCES person (id),
    notes              VARCHAR(2000),
    -- socialization and outreach
    audience           VARCHAR(30),
    people_reached     INTEGER,
    potential_clients  INTEGER,
    -- mapping
    areas_covered      VARCHAR(1000),
    mapping_method     VARCHAR(30),
    hot_spots          INTEGER,
    hot_spot_note      VARCHAR(1000),
    -- advocacy and training
    advocacy_with      VARCHAR(200),
    topic              VARCHAR(200),
    outcome            VARCHAR(1000),
    commitment         VARCHAR(1000),
    commitment_rupiah  BIGINT,
    training_hours     NUMERIC(5,1),
    -- cadre development
    cadre_action       VARCHAR(20),
    cadre_person_id    UUID          REFERENCES person (id),
    replaced_person_id UUID          REFERENCES person (id),
    decree_number      VARCHAR(100),
    decree_date        DATE,
    voided_at          TIMESTAMP WITH TIME ZONE,
    voided_by          VARCHAR(100),
    void_reason        VARCHAR(500),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    version            INTEGER       NOT NULL,
    CONSTRAINT activity_people_ck CHECK (people_reached IS NULL OR people_reached >= 0),
    CONSTRAINT activity_potential_ck CHECK (potential_clients IS NULL OR potential_clients >= 0),
    CONSTRAINT activity_hot_spots_ck CHECK (hot_spots IS NULL OR hot_spots >= 0),
    CONSTRAINT activity_rupiah_ck CHECK (commitment_rupiah IS NULL OR commitment_rupiah >= 0)
);
CREATE INDEX activity_org_ix ON activity (organisation_id, held_on);
CREATE INDEX activity_report_ix ON activity (province_code, held_on, kind);
CREATE INDEX activity_village_ix ON activity (village_code, held_on);

-- Agents (or officers) of the organisation who took part.
CREATE TABLE activity_participant (
    activity_id UUID NOT NULL REFERENCES activity (id),
    person_id   UUID NOT NULL REFERENCES person (id),
    PRIMARY KEY (activity_id, person_id)
);
CREATE INDEX activity_participant_person_ix ON activity_participant (person_id);

-- People trained by a training activity: each also has a person_training record.
CREATE TABLE activity_trainee (
    activity_id UUID NOT NULL REFERENCES activity (id),
    person_id   UUID NOT NULL REFERENCES person (id),
    PRIMARY KEY (activity_id, person_id)
);
CREATE INDEX activity_trainee_person_ix ON activity_trainee (person_id);

-- Clients registered from an outreach (with their agreement).
CREATE TABLE activity_client (
    activity_id UUID NOT NULL REFERENCES activity (id),
    client_id   UUID NOT NULL REFERENCES client (id),
    PRIMARY KEY (activity_id, client_id)
);
CREATE INDEX activity_client_client_ix ON activity_client (client_id);

-- Photos of attendance sheets, decrees: JPEG, PNG or PDF, size-limited in the application.
CREATE TABLE activity_attachment (
    id              UUID          NOT NULL PRIMARY KEY,
    activity_id     UUID          NOT NULL REFERENCES activity (id),
    organisation_id UUID          NOT NULL REFERENCES organisation (id),
    province_code   CHAR(2)       NOT NULL,
    file_name       VARCHAR(200)  NOT NULL,
    content_type    VARCHAR(50)   NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    content         BYTEA         NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100)  NOT NULL
);
CREATE INDEX activity_attachment_activity_ix ON activity_attachment (activity_id);
