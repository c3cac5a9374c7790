-- Closed-loop referrals between organisations. A referral belongs to the sender (the
-- organisation of the referred client, from_organisation_id) and, once sent, is also seen
-- by the receiver (to_organisation_id); each side's scope is applied by joining its
-- organisation. The snapshot is what the receiver sees of the client: the code and
-- demographics (always), and the texts of the items the sender ticked, stored encrypted
-- (AES-256-GCM, key from configuration). Nothing here is deleted: a draft is cancelled
-- with a reason, a sent referral ends declined, completed or lost to follow-up.
--
-- Text lengths: the application limits reasons to 1,000 and other texts to 2,000
-- characters (Unicode code points). PostgreSQL counts code points, H2 UTF-16 units (two
-- for a character outside the Basic Multilingual Plane, such as an emoji), so typed text
-- columns hold twice the limit. An encrypted text is 'v1:' + base64(12-byte IV + UTF-8 +
-- 16-byte tag): 2,000 characters of 4 bytes give 3 + 4 * ceil(8,028 / 3) = 10,707
-- characters, hence VARCHAR(12000).
CREATE TABLE referral (
    id                    UUID          NOT NULL PRIMARY KEY,
    client_id             UUID          NOT NULL REFERENCES client (id),
    from_organisation_id  UUID          NOT NULL REFERENCES organisation (id),
    to_organisation_id    UUID          REFERENCES organisation (id),
    province_code         CHAR(2),
    screening_id          UUID          REFERENCES recovery_screening (id),
    service_asked         VARCHAR(30)   NOT NULL,
    reason                VARCHAR(2000) NOT NULL,
    urgency               VARCHAR(10)   NOT NULL,
    shared_items          VARCHAR(200)  NOT NULL,
    state                 VARCHAR(20)   NOT NULL,
    sent_on               DATE,
    due_on                DATE,
    accepted_on           DATE,
    closed_on             DATE,
    receiver_client_id    UUID          REFERENCES client (id),
    decline_reason        VARCHAR(2000),
    feedback              VARCHAR(4000),
    lost_reason           VARCHAR(2000),
    cancel_reason         VARCHAR(2000),
    snapshot_uic          VARCHAR(60)   NOT NULL,
    snapshot_sex          VARCHAR(10)   NOT NULL,
    snapshot_birth_year   INTEGER       NOT NULL,
    snapshot_village_code VARCHAR(20)   NOT NULL,
    shared_screening      VARCHAR(12000),
    shared_hiv            VARCHAR(12000),
    shared_treatment      VARCHAR(12000),
    shared_contact        VARCHAR(12000),
    shared_note           VARCHAR(12000),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by            VARCHAR(100)  NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by            VARCHAR(100)  NOT NULL,
    version               INTEGER       NOT NULL,
    CONSTRAINT referral_state_ck CHECK (state IN ('DRAFT', 'SENT', 'RECEIVED', 'ACCEPTED', 'DECLINED', 'COMPLETED',
        'LOST_TO_FOLLOW_UP', 'CANCELLED')),
    CONSTRAINT referral_urgency_ck CHECK (urgency IN ('ROUTINE', 'SOON', 'URGENT')),
    CONSTRAINT referral_not_self_ck CHECK (to_organisation_id IS NULL OR to_organisation_id <> from_organisation_id),
    CONSTRAINT referral_sent_ck CHECK (state IN ('DRAFT', 'CANCELLED')
        OR (to_organisation_id IS NOT NULL AND sent_on IS NOT NULL)),
    CONSTRAINT referral_accepted_ck CHECK (state NOT IN ('ACCEPTED', 'COMPLETED')
        OR (receiver_client_id IS NOT NULL AND accepted_on IS NOT NULL))
);
-- One draft per screening that recommended a referral (nulls are distinct on both
-- databases, so referrals not opened from a screening are not limited).
CREATE UNIQUE INDEX referral_screening_ux ON referral (screening_id);
CREATE INDEX referral_from_ix ON referral (from_organisation_id, state, due_on);
CREATE INDEX referral_to_ix ON referral (to_organisation_id, state, due_on);
CREATE INDEX referral_client_ix ON referral (client_id);
CREATE INDEX referral_receiver_client_ix ON referral (receiver_client_id);

-- Every change of state of a referral: from what to what, when, by whom, and the reason
-- or feedback it carried as typed (note) or a note of the application's own, as the key
-- of a message shown in the reader's language (note_key). Only ever added to.
CREATE TABLE referral_state_change (
    referral_id UUID         NOT NULL REFERENCES referral (id),
    seq         INTEGER      NOT NULL,
    from_state  VARCHAR(20),
    to_state    VARCHAR(20)  NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by  VARCHAR(100) NOT NULL,
    note        VARCHAR(4000),
    note_key    VARCHAR(100),
    PRIMARY KEY (referral_id, seq)
);
