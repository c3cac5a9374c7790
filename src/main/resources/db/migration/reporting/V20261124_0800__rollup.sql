-- Rollups of the reports: for every organisation, indicator (with its disaggregation) and
-- period (M: a month, Q: a quarter, Y: a year, starting on period_start), the figure the
-- reports add up. Reports read these instead of scanning visits, sessions and activities on
-- every view. They are derived: the refresh job recomputes every row of an organisation
-- whose records changed, in one transaction, and a rebuild recomputes them all. Zero
-- figures are not stored.
CREATE TABLE rpt_rollup (
    indicator       VARCHAR(40)    NOT NULL,
    dimension       VARCHAR(80)    NOT NULL,
    organisation_id UUID           NOT NULL REFERENCES organisation (id),
    period_kind     CHAR(1)        NOT NULL,
    period_start    DATE           NOT NULL,
    amount          NUMERIC(24, 6) NOT NULL,
    PRIMARY KEY (organisation_id, indicator, dimension, period_kind, period_start),
    CONSTRAINT rpt_rollup_kind_ck CHECK (period_kind IN ('M', 'Q', 'Y'))
);
CREATE INDEX rpt_rollup_period_ix ON rpt_rollup (period_kind, period_start, indicator);

-- The refresh job's state: until when changes have been rolled up. Its row is locked for
-- the length of a refresh, so with several instances running one refreshes at a time.
CREATE TABLE rpt_refresh_state (
    name         VARCHAR(40) NOT NULL PRIMARY KEY,
    refreshed_to TIMESTAMP WITH TIME ZONE,
    rebuilt_at   TIMESTAMP WITH TIME ZONE
);
INSERT INTO rpt_refresh_state (name, refreshed_to, rebuilt_at) VALUES ('rollup', NULL, NULL);

-- The refresh job finds what changed since its last run by these timestamps.
CREATE INDEX rpt_activity_changed_ix ON activity (updated_at, organisation_id);
CREATE INDEX rpt_client_changed_ix ON client (updated_at, organisation_id);
CREATE INDEX rpt_enrolment_changed_ix ON recovery_enrolment (updated_at, organisation_id);
CREATE INDEX rpt_session_changed_ix ON recovery_session (updated_at, organisation_id);
CREATE INDEX rpt_screening_changed_ix ON recovery_screening (updated_at, organisation_id);
CREATE INDEX rpt_visit_changed_ix ON hr_visit (updated_at, organisation_id);
CREATE INDEX rpt_ost_changed_ix ON hr_ost_course (updated_at, organisation_id);
CREATE INDEX rpt_plhiv_changed_ix ON hr_plhiv (updated_at, organisation_id);
CREATE INDEX rpt_stock_changed_ix ON stock_entry (created_at, organisation_id);
