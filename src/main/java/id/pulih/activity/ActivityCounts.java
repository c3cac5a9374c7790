package id.pulih.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.pulih.shared.security.Scope;

/**
 * Yearly totals of community activities for reports (DOMAIN.md, "IBM activities and
 * services per year"): per kind, the sessions held, the people reached and the potential
 * clients found. Voided activities count nowhere. The scope is applied in the SQL.
 */
@Service
@Transactional(readOnly = true)
public class ActivityCounts {

	private final JdbcClient jdbc;

	ActivityCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One row per kind (every kind, zeros included) of the activities held in the year
	 * inside the scope.
	 */
	public List<KindTotal> perYear(Scope scope, int year) {
		return totals(scope, year, null);
	}

	/** The same for one organisation inside the scope (nothing when outside it). */
	public List<KindTotal> perYear(Scope scope, int year, UUID organisationId) {
		return totals(scope, year, organisationId);
	}

	private List<KindTotal> totals(Scope scope, int year, @Nullable UUID organisationId) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		StringBuilder sql = new StringBuilder("""
				SELECT a.kind, COUNT(*), COALESCE(SUM(a.people_reached), 0), COALESCE(SUM(a.potential_clients), 0)
				FROM activity a JOIN organisation o ON o.id = a.organisation_id
				WHERE a.voided_at IS NULL AND a.held_on >= ? AND a.held_on < ? AND\s""").append(filter.sql());
		List<Object> params = new ArrayList<>();
		params.add(LocalDate.of(year, 1, 1));
		params.add(LocalDate.of(year + 1, 1, 1));
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		if (organisationId != null) {
			sql.append(" AND a.organisation_id = ?");
			params.add(organisationId);
		}
		sql.append(" GROUP BY a.kind");
		Map<ActivityKind, KindTotal> found = new EnumMap<>(ActivityKind.class);
		this.jdbc.sql(sql.toString()).params(params).query((rs, row) -> {
			ActivityKind kind = ActivityKind.valueOf(rs.getString(1));
			return new KindTotal(kind, rs.getLong(2), rs.getLong(3), rs.getLong(4));
		}).list().forEach(total -> found.put(total.kind(), total));
		List<KindTotal> rows = new ArrayList<>();
		for (ActivityKind kind : ActivityKind.values()) {
			rows.add(found.getOrDefault(kind, new KindTotal(kind, 0, 0, 0)));
		}
		return rows;
	}

	/**
	 * @param sessions activities held
	 * @param peopleReached people reached (socialization recipients, outreach reach)
	 * @param potentialClients potential clients found (outreach)
	 */
	public record KindTotal(ActivityKind kind, long sessions, long peopleReached, long potentialClients) {

	}

}
