package id.pulih.reporting.rollup;

import java.util.List;

/**
 * Every indicator the rollups hold, with the SQL that counts it from the records. One
 * definition serves the rollup job (grouped by organisation and period) and a fresh count
 * of a custom period, so the two cannot drift apart.
 * <p>
 * An <em>event</em> indicator is read from rows with a date: its base query yields
 * {@code org_id, dim, d} and either {@code v} (summed) or {@code c} (counted once per
 * distinct value in the period). A <em>state</em> indicator is a count at the end of a
 * period or over it (people on methadone on the last day, clients with a pathway open at
 * any time in it), asked once per period with {@code :start} and {@code :end}.
 */
public final class Indicators {

	/** How an event indicator adds up. */
	public enum Aggregate {

		/** The sum of {@code v}: additive over months and organisations. */
		SUM,
		/** The number of distinct {@code c} in the period: counted per period. */
		DISTINCT,
		/** The number of distinct {@code c} present in every month of the period. */
		EVERY_MONTH

	}

	/**
	 * @param code the indicator's code (also its DHIS2 mapping key)
	 * @param base the base query
	 */
	public record Event(String code, Aggregate aggregate, String base) {

	}

	/**
	 * A count of distinct people over periods: the periods are joined as {@code p} with
	 * {@code p.start_on}, {@code p.end_on} and {@code p.year_before} (a year before the
	 * end), so one query counts every period at once.
	 *
	 * @param from the tables
	 * @param organisation the column naming the organisation
	 * @param counted the column counted once per period
	 * @param condition what a row must meet to count in period {@code p}
	 */
	public record State(String code, String from, String organisation, String counted, String condition) {

	}

	private static final String VISIT = "hr_visit v WHERE v.voided_at IS NULL";

	private static final String LIVE_ACTIVITY = "FROM activity a WHERE a.voided_at IS NULL AND a.kind = ";

	public static final List<Event> EVENTS = List.of(
			// IBM community activities (activity module)
			sum("SOCIALIZATION_SESSIONS",
					"SELECT a.organisation_id org_id, '' dim, a.held_on d, 1 v " + LIVE_ACTIVITY + "'SOCIALIZATION'"),
			sum("SOCIALIZATION_RECIPIENTS",
					"SELECT a.organisation_id org_id, '' dim, a.held_on d, COALESCE(a.people_reached, 0) v "
							+ LIVE_ACTIVITY + "'SOCIALIZATION'"),
			sum("MAPPING_SESSIONS",
					"SELECT a.organisation_id org_id, '' dim, a.held_on d, 1 v " + LIVE_ACTIVITY + "'MAPPING'"),
			sum("OUTREACH_SESSIONS",
					"SELECT a.organisation_id org_id, '' dim, a.held_on d, 1 v " + LIVE_ACTIVITY + "'OUTREACH'"),
			sum("OUTREACH_REACHED",
					"SELECT a.organisation_id org_id, '' dim, a.held_on d, COALESCE(a.people_reached, 0) v "
							+ LIVE_ACTIVITY + "'OUTREACH'"),
			sum("OUTREACH_POTENTIAL_CLIENTS",
					"SELECT a.organisation_id org_id, '' dim, a.held_on d, COALESCE(a.potential_clients, 0) v "
							+ LIVE_ACTIVITY + "'OUTREACH'"),
			sum("ADVOCACY_MEETINGS",
					"SELECT a.organisation_id org_id, '' dim, a.held_on d, 1 v " + LIVE_ACTIVITY + "'ADVOCACY'"),
			sum("TRAINING_SESSIONS",
					"SELECT a.organisation_id org_id, '' dim, a.held_on d, 1 v " + LIVE_ACTIVITY + "'TRAINING'"),
			// IBM pathway (recovery module)
			sum("IBM_SCREENINGS", """
					SELECT s.organisation_id org_id, s.overall_risk dim, s.screened_on d, 1 v
					FROM recovery_screening s JOIN client k ON k.id = s.client_id WHERE k.voided_at IS NULL"""),
			sum("IBM_ENROLMENTS", """
					SELECT e.organisation_id org_id, e.entry_point dim, e.started_on d, 1 v
					FROM recovery_enrolment e JOIN client k ON k.id = e.client_id WHERE k.voided_at IS NULL"""),
			sum("IBM_OUTCOMES", """
					SELECT e.organisation_id org_id, e.outcome dim, e.outcome_on d, 1 v
					FROM recovery_enrolment e JOIN client k ON k.id = e.client_id
					WHERE k.voided_at IS NULL AND e.outcome IS NOT NULL"""),
			sum("IBM_SESSIONS",
					"SELECT s.organisation_id org_id, s.session_type dim, s.held_on d, 1 v FROM recovery_session s"),
			whoqol("WHOQOL_PAIRS", "1"), whoqol("WHOQOL_INTAKE_SUM", "i.%s"), whoqol("WHOQOL_END_SUM", "f.%s"),
			// Harm reduction visits (harmreduction module)
			sum("HR_VISITS", "SELECT v.organisation_id org_id, '' dim, v.visit_on d, 1 v FROM " + VISIT),
			sum("HR_ANONYMOUS_CONTACTS",
					"SELECT v.organisation_id org_id, '' dim, v.visit_on d, 1 v FROM " + VISIT
							+ " AND v.client_id IS NULL"),
			distinct("HR_CLIENTS",
					"SELECT v.organisation_id org_id, '' dim, v.visit_on d, v.client_id c FROM " + VISIT
							+ " AND v.client_id IS NOT NULL"),
			service("NSP_VISITS", "hr_visit_nsp", "1", null),
			service("NSP_PACKS", "hr_visit_nsp", "s.packs_given", null),
			service("NEEDLES_DISTRIBUTED", "hr_visit_nsp", "s.needles_given", null),
			service("NEEDLES_RETURNED", "hr_visit_nsp", "s.needles_returned", null),
			serviceClients("NSP_CLIENTS", "hr_visit_nsp", null, Aggregate.DISTINCT),
			serviceClients("NSP_REGULAR_CLIENTS", "hr_visit_nsp", null, Aggregate.EVERY_MONTH),
			service("METHADONE_DOSES", "hr_visit_methadone", "1", null),
			serviceClients("METHADONE_CLIENTS", "hr_visit_methadone", null, Aggregate.DISTINCT),
			service("HIV_TESTS", "hr_visit_hiv_test", "1", "s.result IS NOT NULL"),
			service("HIV_POSITIVE", "hr_visit_hiv_test", "1", "s.result = 'POSITIVE'"),
			service("HIV_LINKED_TO_ARV", "hr_visit_hiv_test", "1", "s.linked_to_arv_on IS NOT NULL"),
			serviceClients("HIV_TESTED_CLIENTS", "hr_visit_hiv_test", "s.result IS NOT NULL", Aggregate.DISTINCT),
			serviceClients("ARV_CLIENTS", "hr_visit_arv", "s.on_treatment = TRUE", Aggregate.DISTINCT),
			service("STI_SCREENED", "hr_visit_sti", "1", "s.screened = TRUE"),
			service("STI_TREATED", "hr_visit_sti", "1", "s.treated = TRUE"),
			service("CONDOMS_DISTRIBUTED", "hr_visit_condoms", "s.condoms_given", null),
			service("LUBRICANT_DISTRIBUTED", "hr_visit_condoms", "s.lubricant_given", null),
			service("HEPATITIS_B_VACCINE_DOSES", "hr_visit_hepatitis", "1", "s.hep_b_vaccine_dose IS NOT NULL"),
			service("HEPATITIS_TESTS", "hr_visit_hepatitis",
					"(CASE WHEN s.hep_b_test_result IS NULL THEN 0 ELSE 1 END + CASE WHEN s.hep_c_test_result IS NULL THEN 0 ELSE 1 END)",
					"(s.hep_b_test_result IS NOT NULL OR s.hep_c_test_result IS NOT NULL)"),
			service("HEPATITIS_C_TREATMENTS", "hr_visit_hepatitis", "1", "s.hep_c_treatment_started = TRUE"),
			service("TB_SCREENED", "hr_visit_tb", "1", "s.screening_result IS NOT NULL"),
			service("TB_GENEXPERT_TESTS", "hr_visit_tb", "1", "s.genexpert_result IS NOT NULL"),
			service("TB_TREATMENTS", "hr_visit_tb", "1", "s.treatment_given = TRUE"),
			service("KIE_SESSIONS", "hr_visit_kie", "1", null),
			service("ASSIST_SCREENINGS", "hr_visit_assist", "1", null),
			service("COUNSELLING_SESSIONS", "hr_visit_counselling", "1", null),
			// Commodities (stock module): issued net of returns, and received, per item
			// and
			// funding source
			// a return (a voided visit's stock) counts on the day of the issue it
			// reverses
			sum("COMMODITY_ISSUED",
					"""
							SELECT e.organisation_id org_id, e.item_code || '.' || b.funding_source dim,
							       CASE WHEN e.kind = 'RETURN' THEN COALESCE((SELECT MIN(i.occurred_on) FROM stock_entry i
							         WHERE i.reference = e.reference AND i.kind = 'ISSUE' AND i.batch_id = e.batch_id), e.occurred_on)
							       ELSE e.occurred_on END d, -e.quantity v
							FROM stock_entry e JOIN stock_batch b ON b.id = e.batch_id WHERE e.kind IN ('ISSUE', 'RETURN')"""),
			sum("COMMODITY_RECEIVED",
					"""
							SELECT e.organisation_id org_id, e.item_code || '.' || b.funding_source dim, e.occurred_on d, e.quantity v
							FROM stock_entry e JOIN stock_batch b ON b.id = e.batch_id WHERE e.kind = 'RECEIPT'"""));

	public static final List<State> STATES = List.of(
			// Clients with an IBM pathway open at any time in the period ("clients
			// served").
			new State("IBM_CLIENTS_SERVED", "recovery_enrolment e JOIN client k ON k.id = e.client_id",
					"e.organisation_id", "e.client_id",
					"k.voided_at IS NULL AND e.started_on <= p.end_on AND (e.outcome_on IS NULL OR e.outcome_on >= p.start_on)"),
			// People on methadone on the last day of the period.
			new State("OST_ACTIVE", "hr_ost_course c", "c.organisation_id", "c.client_id",
					"c.status <> 'VOIDED' AND c.started_on <= p.end_on AND (c.stopped_on IS NULL OR c.stopped_on > p.end_on)"),
			// People tested for HIV who know their result, in the 12 months up to the
			// last
			// day of the period.
			new State("HIV_TESTED_12_MONTHS", "hr_visit v JOIN hr_visit_hiv_test s ON s.visit_id = v.id",
					"v.organisation_id", "v.client_id",
					"v.voided_at IS NULL AND v.client_id IS NOT NULL AND s.result IS NOT NULL"
							+ " AND v.visit_on > p.year_before AND v.visit_on <= p.end_on"),
			// People known to live with HIV at the facility on the last day of the
			// period.
			// A mark whose visit was voided counts for nothing; merged and voided clients
			// count once, as their survivor.
			new State("PLHIV_KNOWN", "hr_plhiv x JOIN client k ON k.id = x.client_id", "x.organisation_id",
					"x.client_id",
					"k.merged_into IS NULL AND k.voided_at IS NULL AND x.diagnosed_on <= p.end_on AND (x.visit_id IS NULL"
							+ " OR EXISTS (SELECT 1 FROM hr_visit mv WHERE mv.id = x.visit_id AND mv.voided_at IS NULL))"));

	private Indicators() {
	}

	/**
	 * Whether an indicator adds up over months (a sum), so months' rollups give any
	 * range.
	 */
	public static boolean additive(String code) {
		return EVENTS.stream().anyMatch(event -> event.code().equals(code) && event.aggregate() == Aggregate.SUM);
	}

	private static Event sum(String code, String base) {
		return new Event(code, Aggregate.SUM, base);
	}

	private static Event distinct(String code, String base) {
		return new Event(code, Aggregate.DISTINCT, base);
	}

	private static Event service(String code, String table, String value, String condition) {
		return sum(code,
				"SELECT v.organisation_id org_id, '' dim, v.visit_on d, " + value + " v FROM " + table + " s JOIN "
						+ VISIT.replace(" WHERE ", " ON v.id = s.visit_id WHERE ")
						+ ((condition != null) ? " AND " + condition : ""));
	}

	private static Event serviceClients(String code, String table, String condition, Aggregate aggregate) {
		return new Event(code, aggregate,
				"SELECT v.organisation_id org_id, '' dim, v.visit_on d, v.client_id c FROM " + table + " s JOIN "
						+ VISIT.replace(" WHERE ", " ON v.id = s.visit_id WHERE ") + " AND v.client_id IS NOT NULL"
						+ ((condition != null) ? " AND " + condition : ""));
	}

	/**
	 * WHOQOL-BREF pairs per domain, dated by the end assessment: the number of pairs with
	 * both scores, and the sums of the intake and end scores of those pairs.
	 */
	private static Event whoqol(String code, String value) {
		StringBuilder sql = new StringBuilder();
		for (String domain : List.of("physical", "psychological", "social", "environment")) {
			if (!sql.isEmpty()) {
				sql.append(" UNION ALL ");
			}
			sql.append("SELECT e.organisation_id org_id, '")
				.append(domain.toUpperCase(java.util.Locale.ROOT))
				.append("' dim, f.assessed_on d, ")
				.append(value.formatted(domain))
				.append(" v FROM recovery_whoqol f JOIN recovery_whoqol i ON i.enrolment_id = f.enrolment_id")
				.append(" AND i.timing = 'INTAKE' JOIN recovery_enrolment e ON e.id = f.enrolment_id")
				.append(" JOIN client k ON k.id = e.client_id WHERE f.timing = 'END' AND k.voided_at IS NULL")
				.append(" AND f.")
				.append(domain)
				.append(" IS NOT NULL AND i.")
				.append(domain)
				.append(" IS NOT NULL");
		}
		return sum(code, sql.toString());
	}

}
