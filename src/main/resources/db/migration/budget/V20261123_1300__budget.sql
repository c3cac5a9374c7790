-- Budgets (seed 000, "Harm reduction program budgetting"): allocations per year, organisation,
-- funding source and activity line, and their realisation from commodity receipts and
-- recorded activity costs. Money is whole rupiah. Every row carries its owning organisation
-- (the scope that may see it) and that organisation's province code. No client data here.
-- Realisation is summed per year over an organisation's subtree, so every table has an index
-- led by (budget_year, organisation_id) that also holds the columns the sums read.

-- One allocation per (year, organisation, source, line); setting it again revises the
-- amount, and every setting is kept in budget_allocation_revision.
CREATE TABLE budget_allocation (
    id              UUID          NOT NULL PRIMARY KEY,
    organisation_id UUID          NOT NULL REFERENCES organisation (id),
    province_code   CHAR(2),
    budget_year     INTEGER       NOT NULL,
    source          VARCHAR(20)   NOT NULL,
    line            VARCHAR(20)   NOT NULL,
    amount          BIGINT        NOT NULL,
    note            VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    version         INTEGER       NOT NULL,
    CONSTRAINT budget_allocation_amount_ck CHECK (amount > 0 AND amount <= 10000000000000),
    CONSTRAINT budget_allocation_year_ck CHECK (budget_year BETWEEN 2000 AND 2200)
);
CREATE UNIQUE INDEX budget_allocation_ux ON budget_allocation (budget_year, organisation_id, source, line);
CREATE INDEX budget_allocation_sum_ix ON budget_allocation (budget_year, organisation_id, line, source, amount);

-- Every amount an allocation was set to: when, by whom, from what (null the first time).
CREATE TABLE budget_allocation_revision (
    id              UUID          NOT NULL PRIMARY KEY,
    allocation_id   UUID          NOT NULL REFERENCES budget_allocation (id),
    organisation_id UUID          NOT NULL REFERENCES organisation (id),
    previous_amount BIGINT,
    amount          BIGINT        NOT NULL,
    note            VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100)  NOT NULL
);
CREATE INDEX budget_allocation_revision_ix ON budget_allocation_revision (allocation_id);

-- Money spent on an activity (e.g. printing KIE leaflets). Never deleted: voided with a
-- reason. budget_year is the year of spent_on.
CREATE TABLE budget_cost (
    id              UUID          NOT NULL PRIMARY KEY,
    organisation_id UUID          NOT NULL REFERENCES organisation (id),
    province_code   CHAR(2),
    spent_on        DATE          NOT NULL,
    budget_year     INTEGER       NOT NULL,
    source          VARCHAR(20)   NOT NULL,
    line            VARCHAR(20)   NOT NULL,
    amount          BIGINT        NOT NULL,
    description     VARCHAR(500)  NOT NULL,
    voided_at       TIMESTAMP WITH TIME ZONE,
    voided_by       VARCHAR(100),
    void_reason     VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    version         INTEGER       NOT NULL,
    CONSTRAINT budget_cost_amount_ck CHECK (amount > 0 AND amount <= 10000000000000),
    CONSTRAINT budget_cost_void_ck CHECK ((voided_at IS NULL AND void_reason IS NULL)
        OR (voided_at IS NOT NULL AND void_reason IS NOT NULL))
);
CREATE INDEX budget_cost_sum_ix ON budget_cost (budget_year, organisation_id, line, source, amount);
CREATE INDEX budget_cost_list_ix ON budget_cost (organisation_id, spent_on);

-- Realisation from commodity receipts (the stock module's StockReceived), one row per
-- receipt: the receipt id is the key, so a receipt is never counted twice. amount 0 with
-- value_known false: the receipt's value was not recorded.
CREATE TABLE budget_receipt (
    receipt_id      UUID          NOT NULL PRIMARY KEY,
    organisation_id UUID          NOT NULL REFERENCES organisation (id),
    province_code   CHAR(2),
    budget_year     INTEGER       NOT NULL,
    source          VARCHAR(20)   NOT NULL,
    line            VARCHAR(20)   NOT NULL,
    item_code       VARCHAR(60)   NOT NULL,
    quantity        BIGINT        NOT NULL,
    amount          BIGINT        NOT NULL,
    value_known     BOOLEAN       NOT NULL,
    received_on     DATE          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    CONSTRAINT budget_receipt_amount_ck CHECK (amount >= 0)
);
CREATE INDEX budget_receipt_sum_ix ON budget_receipt (budget_year, organisation_id, line, source, amount, value_known);
