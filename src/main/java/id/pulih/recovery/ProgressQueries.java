package id.pulih.recovery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import id.pulih.shared.security.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the progress of many pathways at once, in two grouped queries whatever their
 * number: the pathways with their WHOQOL-BREF dates, and the sessions attended counted
 * per pathway (one row each, a column per type) with the latest date. Both are restricted
 * to the caller's scope by joining the pathway's unit.
 */
@Component
class ProgressQueries {

	private static final SessionType[] SESSION_TYPES = SessionType.values();

	/**
	 * {@code , SUM(CASE WHEN s.session_type = 'KIE' THEN 1 ELSE 0 END), ...} in type
	 * order.
	 */
	private static final String COUNTS_PER_TYPE = Arrays.stream(SESSION_TYPES)
		.map(type -> ", SUM(CASE WHEN s.session_type = '" + type.name() + "' THEN 1 ELSE 0 END)")
		.collect(Collectors.joining());

	private final JdbcClient jdbc;

	ProgressQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Pathways inside the scope, optionally of one agent, one unit or one pathway.
	 * @param openOnly only pathways without an outcome
	 */
	List<PathwayProgress> load(Scope scope, @Nullable UUID agentId, @Nullable UUID unitId, @Nullable UUID enrolmentId,
			boolean openOnly) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		StringBuilder where = new StringBuilder(filter.sql());
		List<Object> params = new ArrayList<>();
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		if (openOnly) {
			where.append(" AND e.outcome IS NULL");
		}
		if (agentId != null) {
			where.append(" AND e.agent_id = ?");
			params.add(agentId);
		}
		if (unitId != null) {
			where.append(" AND e.organisation_id = ?");
			params.add(unitId);
		}
		if (enrolmentId != null) {
			where.append(" AND e.id = ?");
			params.add(enrolmentId);
		}
		// One row per pathway: the latest session and a count per type (the map keeps
		// only the types attended).
		Map<UUID, Map<SessionType, Integer>> counts = new HashMap<>();
		Map<UUID, LocalDate> lastSession = new HashMap<>();
		this.jdbc.sql("SELECT a.enrolment_id, MAX(s.held_on)" + COUNTS_PER_TYPE + """

				FROM recovery_attendance a
				JOIN recovery_session s ON s.id = a.session_id
				JOIN recovery_enrolment e ON e.id = a.enrolment_id
				JOIN organisation o ON o.id = e.organisation_id
				WHERE\s""" + where + " GROUP BY a.enrolment_id").params(params).query(rs -> {
			UUID id = rs.getObject(1, UUID.class);
			Map<SessionType, Integer> byType = new EnumMap<>(SessionType.class);
			for (int i = 0; i < SESSION_TYPES.length; i++) {
				int count = rs.getInt(3 + i);
				if (count > 0) {
					byType.put(SESSION_TYPES[i], count);
				}
			}
			counts.put(id, byType);
			lastSession.put(id, rs.getObject(2, LocalDate.class));
		});
		return this.jdbc.sql("""
				SELECT e.id, e.client_id, e.client_uic, e.organisation_id, o.name, e.agent_id, p.full_name,
				       e.entry_point, e.started_on, e.outcome, wi.assessed_on, we.assessed_on
				FROM recovery_enrolment e
				JOIN organisation o ON o.id = e.organisation_id
				JOIN person p ON p.id = e.agent_id
				LEFT JOIN recovery_whoqol wi ON wi.enrolment_id = e.id AND wi.timing = 'INTAKE'
				LEFT JOIN recovery_whoqol we ON we.enrolment_id = e.id AND we.timing = 'END'
				WHERE\s""" + where + " ORDER BY e.client_uic, e.id").params(params).query((rs, row) -> {
			UUID id = rs.getObject(1, UUID.class);
			String outcome = rs.getString(10);
			return new PathwayProgress(id, rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class),
					rs.getString(5), rs.getObject(6, UUID.class), rs.getString(7),
					new Schedule(rs.getObject(9, LocalDate.class), EntryPoint.valueOf(rs.getString(8))),
					counts.getOrDefault(id, Map.of()), lastSession.get(id), rs.getObject(11, LocalDate.class),
					rs.getObject(12, LocalDate.class), (outcome != null) ? Outcome.valueOf(outcome) : null);
		}).list();
	}

}
