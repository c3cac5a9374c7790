package id.pulih.evaluation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.pulih.demo.DemoUsers;
import id.pulih.organisation.NewOrganisation;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;
import id.pulih.support.TestUsers;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh IBM unit of its own under the demo BNNK Bogor (so tests never meet each other's
 * evaluations), the BNNK officer who evaluates it, and answer sets for the shipped
 * default instruments.
 */
final class EvaluationWorld {

	static final String GUNUNGPUTRI_VILLAGE = "32.01.02.2004";

	static final String[] CHECKLIST = { "OI1", "OI2", "OI3", "OI4", "GS1", "GS2", "GS3", "GS4", "SR1", "SR2", "SR3",
			"SR4", "ME1", "ME2", "ME3", "ME4", "LP1", "LP2", "LP3", "LP4" };

	final PulihUser rehab;

	final UUID unit;

	final LocalDate today;

	private final JdbcClient jdbc;

	EvaluationWorld(TestUsers users, Organisations organisations, Evaluations evaluations, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.rehab = users.load(DemoUsers.REHABILITATION_OFFICER);
		this.today = evaluations.today(this.rehab);
		UUID bnnk = organisations.findByCode("BNNK-3201", Scope.national()).orElseThrow().id();
		String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
		this.unit = organisations
			.register(
					new NewOrganisation(null, "IBM-EVAL-" + suffix, "IBM Uji Evaluasi " + suffix,
							OrganisationType.IBM_UNIT, bnnk, GUNUNGPUTRI_VILLAGE, this.today.minusYears(2)),
					Scope.national())
			.id();
	}

	/**
	 * Checklist answers with the first {@code yes} criteria met (1) and the rest not (0).
	 */
	static Map<String, Integer> checklist(int yes) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		for (int i = 0; i < CHECKLIST.length; i++) {
			answers.put(CHECKLIST[i], (i < yes) ? 1 : 0);
		}
		return answers;
	}

	/** Benefit survey answers B1..B6. */
	static Map<String, Integer> benefit(int... scores) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		for (int i = 0; i < scores.length; i++) {
			answers.put("B" + (i + 1), scores[i]);
		}
		return answers;
	}

	long responses() {
		return this.jdbc.sql("SELECT COUNT(*) FROM evaluation_response WHERE organisation_id = ?")
			.param(this.unit)
			.query(Long.class)
			.single();
	}

	long answers() {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM evaluation_answer a JOIN evaluation_response r ON r.id = a.response_id"
					+ " WHERE r.organisation_id = ?")
			.param(this.unit)
			.query(Long.class)
			.single();
	}

	long phases() {
		return this.jdbc.sql("SELECT COUNT(*) FROM ibm_unit_phase WHERE organisation_id = ?")
			.param(this.unit)
			.query(Long.class)
			.single();
	}

}
