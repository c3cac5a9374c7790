-- Worklists load every open pathway of a scope at once with the sessions it attended and its
-- WHOQOL-BREF dates (ProgressQueries): for a unit chair or an officer that is thousands of
-- pathways and tens of thousands of attendances per page. These indexes hold every column
-- those lookups read, so PostgreSQL answers them from the index alone (index-only scans)
-- instead of visiting a table row per attendance, session and assessment.
-- Measured with bench/worklist.sh (10,000 clients in one unit).

-- A pathway's attendances with their sessions (replaces the index on enrolment_id alone).
CREATE INDEX recovery_attendance_enrolment_session_ix ON recovery_attendance (enrolment_id, session_id);
DROP INDEX recovery_attendance_enrolment_ix;

-- A session's type and date, by id.
CREATE INDEX recovery_session_type_date_ix ON recovery_session (id, session_type, held_on);

-- A pathway's WHOQOL-BREF dates (recovery_whoqol_ux stays: it keeps one of each timing).
CREATE INDEX recovery_whoqol_dates_ix ON recovery_whoqol (enrolment_id, timing, assessed_on);
