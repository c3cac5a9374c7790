-- A national-scale data set for the report benchmark, written straight into PostgreSQL as
-- the rows the services write (every NOT NULL column, created/updated stamps, province
-- codes). Deterministic (setseed). Sizes come from psql variables: units (IBM units, one per
-- village), puskesmas (one per district), agents_per_unit, clients, visits. The shape:
-- villages and districts chosen at random over the whole country; units formed from 2019 to
-- 2025 and developed in later years with probability 0.6; three agents per unit, one in ten
-- inactive by now; three fifths of the clients at IBM units, each with one pathway started
-- from 2021 on (70 % of those past week 16 completed, the rest dropped out, the newest
-- still open), the rest at Puskesmas; visits of Puskesmas clients spread over 2021–2025
-- with a needle and syringe service at 70 % (10 needles, 7 returned), an HIV test at 20 %
-- (4 % reactive), condoms at 30 % and KIE at 20 %; ten community activities per unit.
-- Not for production: there is no audit trail and no client identity here.
SELECT setseed(0.2026);
BEGIN;
SET LOCAL synchronous_commit = off;

CREATE FUNCTION pg_temp.uuid7(ts timestamptz) RETURNS uuid LANGUAGE sql VOLATILE AS $$
  SELECT (lpad(to_hex(floor(extract(epoch FROM ts) * 1000)::bigint), 12, '0') || '7'
    || substr(md5(random()::text), 1, 3) || substr('89ab', 1 + floor(random() * 4)::int, 1)
    || substr(md5(random()::text), 1, 15))::uuid
$$;

CREATE TEMP TABLE n_supervisor AS SELECT id FROM organisation WHERE code = 'BNNK-3201';

-- Puskesmas: one per district, districts in random order.
CREATE TEMP TABLE n_pkm AS
SELECT pg_temp.uuid7(now()) AS id, row_number() OVER () AS n, a.code AS area_code, a.province_code, a.name,
       (SELECT min(v.code) FROM area v WHERE v.parent_code = a.code) AS village
FROM (SELECT * FROM area WHERE area_level = 3 ORDER BY md5(code || 'pkm') LIMIT :puskesmas) a;
INSERT INTO organisation (id, code, name, org_type, parent_id, area_code, province_code, path, created_at, created_by,
                          updated_at, updated_by, version)
SELECT id, 'BPKM-' || n, 'Puskesmas ' || name, 'PUSKESMAS', NULL, area_code, province_code, '/' || id || '/', now(),
       'bench', now(), 'bench', 0
FROM n_pkm;

-- IBM units: one per village, villages in random order.
CREATE TEMP TABLE n_unit AS
SELECT pg_temp.uuid7(now()) AS id, row_number() OVER () AS n, a.code AS area_code, a.province_code, a.name,
       date '2019-01-01' + floor(random() * 2500)::int AS formed_on
FROM (SELECT * FROM area WHERE area_level = 4 ORDER BY md5(code || 'ibm') LIMIT :units) a;
INSERT INTO organisation (id, code, name, org_type, parent_id, area_code, province_code, path, created_at, created_by,
                          updated_at, updated_by, version)
SELECT id, 'BIBM-' || n, 'IBM Desa ' || name, 'IBM_UNIT', NULL, area_code, province_code, '/' || id || '/', now(),
       'bench', now(), 'bench', 0
FROM n_unit;
INSERT INTO ibm_unit (organisation_id, village_code, formed_on) SELECT id, area_code, formed_on FROM n_unit;
INSERT INTO ibm_unit_year_status (id, organisation_id, status_year, status, by_org_id)
SELECT pg_temp.uuid7(now()), u.id, y, CASE WHEN y = extract(year FROM u.formed_on) THEN 'FORMED' ELSE 'DEVELOPED' END,
       (SELECT id FROM n_supervisor)
FROM n_unit u CROSS JOIN generate_series(2019, 2025) y
WHERE y = extract(year FROM u.formed_on) OR (y > extract(year FROM u.formed_on) AND random() < 0.6);
INSERT INTO ibm_unit_phase (id, organisation_id, phase, assessed_on, assessed_by)
SELECT pg_temp.uuid7(now()), u.id,
       (ARRAY['PRE_PHASE','PHASE_1_PILOT','PHASE_2_GROWTH','PHASE_3_DEVELOPMENT','PHASE_4_RESILIENCE','PHASE_5_PRIME'])
         [1 + least(5, floor(random() * random() * 7)::int)],
       u.formed_on + 200, 'bench'
FROM n_unit u WHERE random() < 0.8;

-- Recovery agents.
CREATE TEMP TABLE n_agent AS
SELECT pg_temp.uuid7(now()) AS id, u.id AS unit_id, k, u.formed_on
FROM n_unit u CROSS JOIN generate_series(1, :agents_per_unit) k;
INSERT INTO person (id, full_name, sex, person_role, organisation_id, active_since, inactive_since, inactive_reason,
                    created_at, created_by, updated_at, updated_by, version)
SELECT id, 'Agen ' || k, CASE WHEN random() < 0.5 THEN 'MALE' ELSE 'FEMALE' END, 'RECOVERY_AGENT', unit_id,
       formed_on, CASE WHEN random() < 0.1 THEN date '2025-06-01' END,
       NULL, now(), 'bench', now(), 'bench', 0
FROM n_agent;
UPDATE person SET inactive_reason = 'pindah' WHERE inactive_since IS NOT NULL AND inactive_reason IS NULL
  AND created_by = 'bench';

-- Clients: three fifths at units, the rest at Puskesmas (spread by a hash of their number).
CREATE TEMP TABLE n_client AS
SELECT pg_temp.uuid7(now()) AS id, n,
       CASE WHEN n % 5 < 3 THEN 'U' ELSE 'P' END AS at_kind,
       date '2021-01-01' + floor(random() * 1800)::int AS registered_on, random() AS r
FROM generate_series(1, :clients) n;
ALTER TABLE n_client ADD COLUMN organisation_id uuid, ADD COLUMN village text, ADD COLUMN province_code text,
  ADD COLUMN unit_n bigint;
UPDATE n_client c SET organisation_id = u.id, village = u.area_code, province_code = u.province_code, unit_n = u.n
FROM n_unit u WHERE c.at_kind = 'U' AND u.n = 1 + (c.n::bigint * 7919) % :units;
UPDATE n_client c SET organisation_id = p.id, village = p.village, province_code = p.province_code
FROM n_pkm p WHERE c.at_kind = 'P' AND p.n = 1 + (c.n::bigint * 104729) % :puskesmas;
INSERT INTO client (id, uic, sex, birth_date, birth_year, village_code, province_code, source, source_organisation_id,
                    organisation_id, registered_on, created_at, created_by, updated_at, updated_by, version)
SELECT id, 'B' || lpad(n::text, 9, '0'), CASE WHEN r < 0.88 THEN 'MALE' ELSE 'FEMALE' END, NULL,
       1975 + floor(r * 30)::int, village, province_code, 'OUTREACH', NULL, organisation_id, registered_on, now(),
       'bench', now(), 'bench', 0
FROM n_client;

-- Pathways of the unit clients.
INSERT INTO recovery_enrolment (id, client_id, open_client_id, client_uic, organisation_id, province_code, agent_id,
                                screening_id, entry_point, started_on, outcome, outcome_on, created_at, created_by,
                                updated_at, updated_by, version)
SELECT pg_temp.uuid7(now()), c.id,
       CASE WHEN c.registered_on + 120 > date '2025-12-31' THEN c.id END,
       'B' || lpad(c.n::text, 9, '0'), c.organisation_id, c.province_code,
       a.id, NULL, 'SCREENING', c.registered_on,
       CASE WHEN c.registered_on + 120 > date '2025-12-31' THEN NULL WHEN c.r < 0.7 THEN 'COMPLETED' ELSE 'DROPPED_OUT' END,
       CASE WHEN c.registered_on + 120 > date '2025-12-31' THEN NULL ELSE c.registered_on + 112 + floor(c.r * 14)::int END,
       now(), 'bench', now(), 'bench', 0
FROM n_client c JOIN n_agent a ON a.unit_id = c.organisation_id AND a.k = 1 WHERE c.at_kind = 'U';

-- Community activities.
INSERT INTO activity (id, organisation_id, province_code, kind, held_on, village_code, people_reached, potential_clients,
                      created_at, created_by, updated_at, updated_by, version)
SELECT pg_temp.uuid7(now()), u.id, u.province_code,
       (ARRAY['SOCIALIZATION','SOCIALIZATION','SOCIALIZATION','SOCIALIZATION','SOCIALIZATION','MAPPING','MAPPING',
              'OUTREACH','OUTREACH','OUTREACH'])[k],
       date '2021-01-01' + floor(random() * 1800)::int, u.area_code,
       CASE WHEN k <= 5 THEN 5 + floor(random() * 40)::int WHEN k >= 8 THEN 1 + floor(random() * 6)::int END,
       CASE WHEN k >= 8 THEN floor(random() * 2)::int END,
       now(), 'bench', now(), 'bench', 0
FROM n_unit u CROSS JOIN generate_series(1, 10) k;

-- Harm reduction visits of the Puskesmas clients.
CREATE TEMP TABLE n_pclient AS
SELECT id, organisation_id, province_code, row_number() OVER (ORDER BY n) AS k FROM n_client WHERE at_kind = 'P';
CREATE TEMP TABLE n_visit AS
SELECT pg_temp.uuid7(now()) AS id, c.organisation_id, c.province_code, c.id AS client_id,
       date '2021-01-01' + floor(random() * 1825)::int AS visit_on, random() AS r1, random() AS r2, random() AS r3
FROM generate_series(1, :visits) v
JOIN n_pclient c ON c.k = 1 + (v * 15485863::bigint) % (SELECT count(*) FROM n_pclient);
INSERT INTO hr_visit (id, organisation_id, province_code, client_id, visit_on, arrival, created_at, created_by,
                      updated_at, updated_by, version)
SELECT id, organisation_id, province_code, client_id, visit_on, 'WALK_IN', now(), 'bench', now(), 'bench', 0
FROM n_visit;
INSERT INTO hr_visit_nsp (visit_id, packs_given, needles_given, needles_returned, safe_disposal)
SELECT id, 1, 10, 7, TRUE FROM n_visit WHERE r1 < 0.7;
INSERT INTO hr_visit_hiv_test (visit_id, pre_counselling, post_counselling, result)
SELECT id, TRUE, TRUE, CASE WHEN r2 < 0.04 * 0.2 THEN 'POSITIVE' ELSE 'NEGATIVE' END FROM n_visit WHERE r2 < 0.2;
INSERT INTO hr_visit_condoms (visit_id, condoms_given, lubricant_given)
SELECT id, 12, 6 FROM n_visit WHERE r3 < 0.3;
INSERT INTO hr_visit_kie (visit_id, topic, materials_given)
SELECT id, 'HIV', 1 FROM n_visit WHERE r3 > 0.8;
COMMIT;
ANALYZE;
