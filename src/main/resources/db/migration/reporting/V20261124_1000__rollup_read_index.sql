-- Reports read the rollups of a few indicators over one period kind and a run of periods:
-- the indicator before the period start lets the index, not the table, pick those rows
-- (measured at national scale: 0.23 s instead of 0.86 s for five indicators over five years).
DROP INDEX rpt_rollup_period_ix;
CREATE INDEX rpt_rollup_read_ix ON rpt_rollup (period_kind, indicator, period_start);
