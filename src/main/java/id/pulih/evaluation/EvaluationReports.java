package id.pulih.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.pulih.organisation.DevelopmentPhase;
import id.pulih.shared.security.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programme evaluation aggregated over a scope, for published reports (DOMAIN.md "Reports
 * the programmes publish"): units per current development phase, community benefit means
 * per statement, and INSANI categories per component and overall. No client-level data.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationReports {

	private final Evaluations evaluations;

	private final JdbcClient jdbc;

	EvaluationReports(Evaluations evaluations, JdbcClient jdbc) {
		this.evaluations = evaluations;
		this.jdbc = jdbc;
	}

	/**
	 * The active IBM units of the scope per current phase (the phase of each unit's
	 * latest assessment in its phase history), and how many have none yet.
	 */
	public PhaseDistribution phaseDistribution(Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		Map<DevelopmentPhase, Integer> units = new EnumMap<>(DevelopmentPhase.class);
		for (DevelopmentPhase phase : DevelopmentPhase.values()) {
			units.put(phase, 0);
		}
		this.jdbc.sql("""
				SELECT p.phase, COUNT(*) FROM organisation o JOIN ibm_unit_phase p ON p.organisation_id = o.id
				WHERE o.org_type = 'IBM_UNIT' AND o.voided_at IS NULL AND %s
				AND NOT EXISTS (SELECT 1 FROM ibm_unit_phase q WHERE q.organisation_id = p.organisation_id
				AND (q.assessed_on > p.assessed_on OR (q.assessed_on = p.assessed_on AND q.id > p.id)))
				GROUP BY p.phase""".formatted(filter.sql()))
			.params(params)
			.query((rs, n) -> units.put(DevelopmentPhase.valueOf(rs.getString(1)), rs.getInt(2)))
			.list();
		int all = this.jdbc
			.sql("SELECT COUNT(*) FROM organisation o WHERE o.org_type = 'IBM_UNIT' AND o.voided_at IS NULL AND "
					+ filter.sql())
			.params(params)
			.query(Integer.class)
			.single();
		int assessed = units.values().stream().mapToInt(Integer::intValue).sum();
		return new PhaseDistribution(Map.copyOf(units), all - assessed);
	}

	/** Community benefit means per statement over the scope's responses of a year. */
	public BenefitMeans benefitMeans(Scope scope, int year) {
		return this.evaluations.benefitMeansOver(null, year, scope);
	}

	/**
	 * INSANI categories per component and overall over the scope's responses of a year.
	 */
	public InsaniCategories insaniCategories(Scope scope, int year) {
		return this.evaluations.insaniOver(null, year, scope);
	}

	/**
	 * @param units active IBM units per current phase (every phase present, zero when
	 * none)
	 * @param notAssessed active IBM units with no phase recorded yet
	 */
	public record PhaseDistribution(Map<DevelopmentPhase, Integer> units, int notAssessed) {

	}

}
