-- Commodities: the catalogue, and per facility (an organisation that holds stock) its
-- batches, an append-only ledger of every movement, and one balance row per batch.
--
-- The ledger (stock_entry) is only ever inserted into: a correction is a new entry
-- (adjustment, count, return), never an UPDATE or DELETE. stock_balance holds each batch's
-- on-hand quantity, changed in the same transaction as the entry that moves it, under a row
-- lock taken in batch-id order; its CHECK makes a negative balance impossible even if a
-- caller forgot the guard.

-- The catalogue. The ten items services draw (Commodities) are seeded here and named by the
-- message keys stock.item.<CODE>; an item an administrator adds carries its own names.
-- The catalogue is national reference data: it belongs to no organisation.
CREATE TABLE stock_item (
    code            VARCHAR(40)  NOT NULL PRIMARY KEY,
    unit_of_issue   VARCHAR(20)  NOT NULL,
    name_id         VARCHAR(200),
    name_en         VARCHAR(200),
    low_stock_weeks INTEGER      NOT NULL,
    active          BOOLEAN      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    version         INTEGER      NOT NULL,
    CONSTRAINT stock_item_weeks_ck CHECK (low_stock_weeks BETWEEN 1 AND 52)
);

INSERT INTO stock_item (code, unit_of_issue, name_id, name_en, low_stock_weeks, active, created_at, created_by,
                        updated_at, updated_by, version) VALUES
    ('SYRINGE', 'PIECE', NULL, NULL, 4, TRUE, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 0),
    ('CONDOM', 'PIECE', NULL, NULL, 4, TRUE, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 0),
    ('LUBRICANT', 'SACHET', NULL, NULL, 4, TRUE, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 0),
    ('HIV_TEST_KIT', 'TEST', NULL, NULL, 4, TRUE, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 0),
    ('METHADONE', 'MG', NULL, NULL, 4, TRUE, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 0),
    ('STI_MEDICINE', 'COURSE', NULL, NULL, 4, TRUE, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 0),
    ('TB_MEDICINE', 'PACK', NULL, NULL, 4, TRUE, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 0),
    ('GENEXPERT_CARTRIDGE', 'CARTRIDGE', NULL, NULL, 4, TRUE, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP,
     'system', 0),
    ('HEPATITIS_B_VACCINE', 'DOSE', NULL, NULL, 4, TRUE, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 0),
    ('HEPATITIS_TEST', 'TEST', NULL, NULL, 4, TRUE, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 0);

-- A batch of an item held by a facility. A batch is known by its number, expiry and funding
-- source: receiving (or being transferred) the same again adds to the same batch. Batches
-- are never changed after they are created; what they hold is in stock_balance.
CREATE TABLE stock_batch (
    id              UUID         NOT NULL PRIMARY KEY,
    organisation_id UUID         NOT NULL REFERENCES organisation (id),
    province_code   CHAR(2),
    item_code       VARCHAR(40)  NOT NULL REFERENCES stock_item (code),
    batch_number    VARCHAR(60)  NOT NULL,
    expires_on      DATE         NOT NULL,
    funding_source  VARCHAR(20)  NOT NULL,
    received_on     DATE         NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100) NOT NULL
);
CREATE UNIQUE INDEX stock_batch_ux ON stock_batch (organisation_id, item_code, batch_number, expires_on,
                                                   funding_source);
CREATE INDEX stock_batch_fefo_ix ON stock_batch (organisation_id, item_code, expires_on, received_on);

-- What a batch holds now. Changed only together with a ledger entry, under a row lock.
CREATE TABLE stock_balance (
    batch_id        UUID         NOT NULL PRIMARY KEY REFERENCES stock_batch (id),
    organisation_id UUID         NOT NULL REFERENCES organisation (id),
    on_hand         BIGINT       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    version         INTEGER      NOT NULL,
    CONSTRAINT stock_balance_never_negative_ck CHECK (on_hand >= 0)
);
CREATE INDEX stock_balance_org_ix ON stock_balance (organisation_id);

-- The append-only ledger: one row per batch per movement, with the signed quantity
-- (receipts, returns, transfers in and found stock add; issues, transfers out and losses
-- take away; a count adds or takes the difference to what was counted, 0 when it matched)
-- and the batch's balance after it. command_id groups the entries of one command (a
-- receipt, transfer, adjustment or count, possibly chosen by the client so it can be
-- retried); reference names what an issue was for (e.g. visit:<uuid>), shown only to health
-- workers. A receipt's value is at most Rp 10^13 (the budget's largest amount), so the
-- budget can add receipts up.
CREATE TABLE stock_entry (
    id              UUID         NOT NULL PRIMARY KEY,
    command_id      UUID         NOT NULL,
    organisation_id UUID         NOT NULL REFERENCES organisation (id),
    province_code   CHAR(2),
    batch_id        UUID         NOT NULL REFERENCES stock_batch (id),
    item_code       VARCHAR(40)  NOT NULL REFERENCES stock_item (code),
    kind            VARCHAR(20)  NOT NULL,
    quantity        BIGINT       NOT NULL,
    balance_after   BIGINT       NOT NULL,
    occurred_on     DATE         NOT NULL,
    reference       VARCHAR(120),
    reason          VARCHAR(20),
    note            VARCHAR(500),
    counterpart_id  UUID         REFERENCES organisation (id),
    value_rupiah    BIGINT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    CONSTRAINT stock_entry_kind_ck CHECK (kind IN ('RECEIPT', 'ISSUE', 'RETURN', 'TRANSFER_OUT', 'TRANSFER_IN',
                                                   'ADJUSTMENT', 'COUNT')),
    CONSTRAINT stock_entry_value_ck CHECK (value_rupiah IS NULL OR value_rupiah BETWEEN 0 AND 10000000000000)
);
CREATE INDEX stock_entry_org_ix ON stock_entry (organisation_id, created_at);
CREATE INDEX stock_entry_usage_ix ON stock_entry (organisation_id, item_code, kind, occurred_on);
CREATE INDEX stock_entry_batch_ix ON stock_entry (batch_id);
CREATE INDEX stock_entry_command_ix ON stock_entry (command_id);
CREATE INDEX stock_entry_reference_ix ON stock_entry (reference);
