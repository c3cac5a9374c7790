package id.pulih.reporting.rollup;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the rollups ({@code rpt_rollup}) equal to a fresh count of the records.
 * <p>
 * {@link #refresh()} runs every minute: it finds the organisations whose records changed
 * since the last refresh (by the records' own timestamps, looking back a little further
 * than the last run, so a transaction that committed late is not missed) and recomputes
 * all their figures, every period, in one transaction. An organisation is the unit of
 * recomputation because an edit can move a record from one period to another. The refresh
 * holds a row lock on {@code rpt_refresh_state}, so with several instances one refreshes
 * at a time. The first refresh on a database, and the first of a new year (whose states,
 * such as people on methadone, no organisation's change would bring in), recompute
 * everything, as {@link #rebuild()} does on demand.
 */
@Service
public class Rollups {

	private static final Logger log = LoggerFactory.getLogger(Rollups.class);

	private static final int BATCH = 400;

	private static final String MONTH_KEY = "CAST(EXTRACT(YEAR FROM x.d) AS INTEGER) * 100 + CAST(EXTRACT(MONTH FROM x.d) AS INTEGER)";

	private static final String QUARTER_KEY = "CAST(EXTRACT(YEAR FROM x.d) AS INTEGER) * 100 + (CAST(EXTRACT(MONTH FROM x.d) AS INTEGER) + 2) / 3";

	private static final String YEAR_KEY = "CAST(EXTRACT(YEAR FROM x.d) AS INTEGER)";

	/** Tables whose changes move the figures, with their timestamp. */
	private static final List<String> CHANGES = List.of("activity:updated_at", "client:updated_at",
			"recovery_enrolment:updated_at", "recovery_session:updated_at", "recovery_screening:updated_at",
			"hr_visit:updated_at", "hr_ost_course:updated_at", "hr_plhiv:updated_at", "stock_entry:created_at");

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int firstYear;

	private final Duration lookBack;

	Rollups(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions,
			@Value("${pulih.reporting.first-year:2019}") int firstYear,
			@Value("${pulih.reporting.refresh-look-back:PT2M}") Duration lookBack) {
		this.jdbc = jdbc;
		this.template = template;
		this.transactions = transactions;
		this.clock = Clock.systemUTC();
		this.firstYear = firstYear;
		this.lookBack = lookBack;
	}

	/**
	 * Rolls up what changed since the last refresh (or everything, the first time).
	 * @return the number of organisations recomputed
	 */
	@Scheduled(fixedDelayString = "${pulih.reporting.refresh-interval:PT1M}",
			initialDelayString = "${pulih.reporting.refresh-initial-delay:PT5S}")
	public int refresh() {
		long started = System.nanoTime();
		int[] rebuilt = { -1 };
		Integer done = this.transactions.execute(status -> {
			Instant refreshedTo = lockState();
			Instant now = Instant.now(this.clock);
			if (refreshedTo == null || year(refreshedTo) != year(now)) {
				rebuilt[0] = recompute(null);
				markRefreshed(now, true);
				return rebuilt[0];
			}
			Set<UUID> changed = changedSince(refreshedTo.minus(this.lookBack));
			for (List<UUID> batch : batches(changed)) {
				recompute(batch);
			}
			log.debug("Rolled up {} organisations in {} ms", changed.size(), (System.nanoTime() - started) / 1_000_000);
			markRefreshed(now, false);
			return changed.size();
		});
		if (rebuilt[0] >= 0) {
			analyse();
			log.info("Rebuilt report rollups: {} rows, committed after {} ms", rebuilt[0],
					(System.nanoTime() - started) / 1_000_000);
		}
		return (done != null) ? done : 0;
	}

	private static int year(Instant instant) {
		return instant.atZone(ZoneId.of("Asia/Jakarta")).getYear();
	}

	/** Recomputes every figure of every organisation. */
	public void rebuild() {
		long started = System.nanoTime();
		Integer rows = this.transactions.execute(status -> {
			lockState();
			int count = recompute(null);
			markRefreshed(Instant.now(this.clock), true);
			return count;
		});
		analyse();
		log.info("Rebuilt report rollups: {} rows, committed after {} ms", rows,
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Refreshes the database's statistics of the rollups after they were all rewritten,
	 * so reports are planned for what the table now holds, not for what it held before
	 * (PostgreSQL's syntax first, then H2's).
	 */
	private void analyse() {
		for (String sql : List.of("ANALYZE rpt_rollup", "ANALYZE TABLE rpt_rollup")) {
			try {
				this.template.execute(sql);
				return;
			}
			catch (DataAccessException ex) {
				log.debug("{} not understood here: {}", sql, ex.getMessage());
			}
		}
	}

	/**
	 * The figures of these organisations (null: all) counted fresh from the records,
	 * every period from the first reported year to this one; what the rollups must hold.
	 */
	public List<RollupRow> count(@Nullable Collection<UUID> organisations) {
		List<RollupRow> rows = new ArrayList<>();
		String orgs = (organisations != null) ? "x.org_id IN (:orgs)" : "1=1";
		Map<String, Object> params = new HashMap<>();
		if (organisations != null) {
			params.put("orgs", organisations);
		}
		for (Indicators.Event event : Indicators.EVENTS) {
			rows.addAll(countEvent(event, orgs, params));
		}
		int lastYear = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
		List<Period> periods = new ArrayList<>();
		for (int year = this.firstYear; year <= lastYear; year++) {
			periods.addAll(periodsOf(year));
		}
		for (Indicators.State state : Indicators.STATES) {
			rows.addAll(countState(state, periods,
					(organisations != null) ? state.organisation() + " IN (:orgs)" : "1=1", params));
		}
		return rows;
	}

	/**
	 * The given indicators over one custom period for the organisations that the
	 * condition on {@code organisation o} selects, counted fresh (period kind {@code C}).
	 */
	public List<RollupRow> countCustom(String organisationCondition, List<Object> conditionParams, LocalDate start,
			LocalDate end, Collection<String> indicators) {
		List<RollupRow> rows = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		String condition = organisationCondition;
		for (int i = 0; i < conditionParams.size(); i++) {
			condition = condition.replaceFirst("\\?", ":p" + i);
			params.put("p" + i, conditionParams.get(i));
		}
		String orgs = "x.org_id IN (SELECT o.id FROM organisation o WHERE " + condition + ")";
		params.put("start", start);
		params.put("end", end);
		int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end)) + 1;
		for (Indicators.Event event : Indicators.EVENTS) {
			if (!indicators.contains(event.code())) {
				continue;
			}
			String aggregate = switch (event.aggregate()) {
				case SUM -> "SUM(x.v)";
				case DISTINCT -> "COUNT(DISTINCT x.c)";
				case EVERY_MONTH -> null;
			};
			String sql = (aggregate != null)
					? "SELECT x.org_id, x.dim, " + aggregate + " FROM (" + event.base() + ") x WHERE " + orgs
							+ " AND x.d BETWEEN :start AND :end GROUP BY x.org_id, x.dim"
					: "SELECT y.org_id, y.dim, COUNT(*) FROM (SELECT x.org_id, x.dim, x.c FROM (" + event.base()
							+ ") x WHERE " + orgs + " AND x.d BETWEEN :start AND :end GROUP BY x.org_id, x.dim, x.c"
							+ " HAVING COUNT(DISTINCT " + MONTH_KEY + ") = " + months + ") y GROUP BY y.org_id, y.dim";
			this.jdbc.sql(sql)
				.params(params)
				.query((rs, n) -> new RollupRow(event.code(), rs.getString(2), rs.getObject(1, UUID.class), 'C', start,
						rs.getBigDecimal(3)))
				.list()
				.stream()
				.filter(row -> row.amount().signum() != 0)
				.forEach(rows::add);
		}
		List<Period> custom = List.of(new Period('C', start, end));
		for (Indicators.State state : Indicators.STATES) {
			if (!indicators.contains(state.code())) {
				continue;
			}
			rows.addAll(countState(state, custom,
					state.organisation() + " IN (SELECT o.id FROM organisation o WHERE " + condition + ")", params));
		}
		return rows;
	}

	/** When the rollups were last brought up to date, or null when never. */
	public @Nullable Instant refreshedTo() {
		return this.jdbc.sql("SELECT refreshed_to FROM rpt_refresh_state WHERE name = 'rollup'")
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
			.list()
			.get(0)
			.orElse(null);
	}

	private List<RollupRow> countEvent(Indicators.Event event, String orgs, Map<String, Object> params) {
		List<RollupRow> rows = new ArrayList<>();
		switch (event.aggregate()) {
			case SUM -> {
				List<RollupRow> months = eventQuery(event, "SUM(x.v)", MONTH_KEY, 'M', orgs, params);
				rows.addAll(months);
				Map<String, RollupRow> wider = new HashMap<>();
				for (RollupRow month : months) {
					LocalDate start = month.periodStart();
					LocalDate quarter = start.withMonth((start.getMonthValue() - 1) / 3 * 3 + 1);
					add(wider, new RollupRow(event.code(), month.dimension(), month.organisationId(), 'Q', quarter,
							month.amount()));
					add(wider, new RollupRow(event.code(), month.dimension(), month.organisationId(), 'Y',
							start.withDayOfYear(1), month.amount()));
				}
				wider.values().stream().filter(row -> row.amount().signum() != 0).forEach(rows::add);
			}
			case DISTINCT -> {
				rows.addAll(eventQuery(event, "COUNT(DISTINCT x.c)", MONTH_KEY, 'M', orgs, params));
				rows.addAll(eventQuery(event, "COUNT(DISTINCT x.c)", QUARTER_KEY, 'Q', orgs, params));
				rows.addAll(eventQuery(event, "COUNT(DISTINCT x.c)", YEAR_KEY, 'Y', orgs, params));
			}
			case EVERY_MONTH -> {
				rows.addAll(everyMonth(event, MONTH_KEY, 'M', 1, orgs, params));
				rows.addAll(everyMonth(event, QUARTER_KEY, 'Q', 3, orgs, params));
				rows.addAll(everyMonth(event, YEAR_KEY, 'Y', 12, orgs, params));
			}
		}
		return rows;
	}

	private static void add(Map<String, RollupRow> rows, RollupRow row) {
		rows.merge(row.key(), row, (a, b) -> new RollupRow(a.indicator(), a.dimension(), a.organisationId(),
				a.periodKind(), a.periodStart(), a.amount().add(b.amount())));
	}

	private List<RollupRow> eventQuery(Indicators.Event event, String aggregate, String key, char kind, String orgs,
			Map<String, Object> params) {
		String sql = "SELECT x.org_id, x.dim, " + key + ", " + aggregate + " FROM (" + event.base() + ") x WHERE "
				+ orgs + " GROUP BY x.org_id, x.dim, " + key;
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new RollupRow(event.code(), rs.getString(2), rs.getObject(1, UUID.class), kind,
					start(kind, rs.getInt(3)), rs.getBigDecimal(4)))
			.list()
			.stream()
			.filter(row -> row.amount().signum() != 0)
			.toList();
	}

	private List<RollupRow> everyMonth(Indicators.Event event, String key, char kind, int months, String orgs,
			Map<String, Object> params) {
		String sql = "SELECT y.org_id, y.dim, y.pk, COUNT(*) FROM (SELECT x.org_id, x.dim, " + key + " pk, x.c FROM ("
				+ event.base() + ") x WHERE " + orgs + " GROUP BY x.org_id, x.dim, " + key
				+ ", x.c HAVING COUNT(DISTINCT " + MONTH_KEY + ") = " + months + ") y GROUP BY y.org_id, y.dim, y.pk";
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new RollupRow(event.code(), rs.getString(2), rs.getObject(1, UUID.class), kind,
					start(kind, rs.getInt(3)), rs.getBigDecimal(4)))
			.list();
	}

	/** The first day of the period a key names. */
	static LocalDate start(char kind, int key) {
		return switch (kind) {
			case 'M' -> LocalDate.of(key / 100, key % 100, 1);
			case 'Q' -> LocalDate.of(key / 100, (key % 100 - 1) * 3 + 1, 1);
			default -> LocalDate.of(key, 1, 1);
		};
	}

	/**
	 * One query for a state indicator over many periods: the periods are joined as a
	 * table of values.
	 */
	private List<RollupRow> countState(Indicators.State state, List<Period> periods, String organisations,
			Map<String, Object> params) {
		StringBuilder values = new StringBuilder();
		for (Period period : periods) {
			if (!values.isEmpty()) {
				values.append(", ");
			}
			values.append("('")
				.append(period.kind())
				.append("', DATE '")
				.append(period.start())
				.append("', DATE '")
				.append(period.end())
				.append("', DATE '")
				.append(period.end().minusYears(1))
				.append("')");
		}
		String sql = "SELECT " + state.organisation() + ", p.kind, p.start_on, COUNT(DISTINCT " + state.counted()
				+ ") FROM " + state.from() + " JOIN (VALUES " + values
				+ ") AS p (kind, start_on, end_on, year_before) ON " + state.condition() + " WHERE " + organisations
				+ " GROUP BY " + state.organisation() + ", p.kind, p.start_on";
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new RollupRow(state.code(), "", rs.getObject(1, UUID.class), rs.getString(2).charAt(0),
					rs.getObject(3, LocalDate.class), rs.getBigDecimal(4)))
			.list()
			.stream()
			.filter(row -> row.amount().signum() != 0)
			.toList();
	}

	/** Months, quarters and the year itself. */
	static List<Period> periodsOf(int year) {
		List<Period> periods = new ArrayList<>(17);
		for (int month = 1; month <= 12; month++) {
			YearMonth ym = YearMonth.of(year, month);
			periods.add(new Period('M', ym.atDay(1), ym.atEndOfMonth()));
		}
		for (int quarter = 0; quarter < 4; quarter++) {
			YearMonth first = YearMonth.of(year, quarter * 3 + 1);
			periods.add(new Period('Q', first.atDay(1), first.plusMonths(2).atEndOfMonth()));
		}
		periods.add(new Period('Y', LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
		return periods;
	}

	record Period(char kind, LocalDate start, LocalDate end) {

	}

	/**
	 * Locks the refresh state until the transaction ends; when changes were last rolled
	 * up.
	 */
	private @Nullable Instant lockState() {
		List<Optional<Instant>> rows = this.jdbc
			.sql("SELECT refreshed_to FROM rpt_refresh_state WHERE name = 'rollup' FOR UPDATE")
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
			.list();
		return rows.get(0).orElse(null);
	}

	private void markRefreshed(Instant at, boolean rebuilt) {
		this.jdbc
			.sql("UPDATE rpt_refresh_state SET refreshed_to = ?" + (rebuilt ? ", rebuilt_at = ?" : "")
					+ " WHERE name = 'rollup'")
			.params(rebuilt ? List.of(Timestamp.from(at), Timestamp.from(at)) : List.of(Timestamp.from(at)))
			.update();
	}

	private Set<UUID> changedSince(Instant since) {
		Set<UUID> changed = new LinkedHashSet<>();
		Timestamp from = Timestamp.from(since);
		for (String change : CHANGES) {
			String[] parts = change.split(":");
			changed.addAll(
					this.jdbc.sql("SELECT DISTINCT organisation_id FROM " + parts[0] + " WHERE " + parts[1] + " > ?")
						.param(from)
						.query(UUID.class)
						.list());
		}
		return changed;
	}

	/** Recounts the organisations (null: all); the number of rows written. */
	private int recompute(@Nullable List<UUID> organisations) {
		List<RollupRow> rows = count(organisations);
		if (organisations == null) {
			this.jdbc.sql("DELETE FROM rpt_rollup").update();
		}
		else {
			this.jdbc.sql("DELETE FROM rpt_rollup WHERE organisation_id IN (:orgs)")
				.param("orgs", organisations)
				.update();
		}
		this.template.batchUpdate(
				"INSERT INTO rpt_rollup (indicator, dimension, organisation_id, period_kind, period_start, amount)"
						+ " VALUES (?, ?, ?, ?, ?, ?)",
				rows, 1000, (ps, row) -> {
					ps.setString(1, row.indicator());
					ps.setString(2, row.dimension());
					ps.setObject(3, row.organisationId());
					ps.setString(4, String.valueOf(row.periodKind()));
					ps.setObject(5, row.periodStart());
					ps.setBigDecimal(6, row.amount());
				});
		return rows.size();
	}

	private static List<List<UUID>> batches(Collection<UUID> ids) {
		List<List<UUID>> batches = new ArrayList<>();
		List<UUID> current = new ArrayList<>(BATCH);
		for (UUID id : ids) {
			current.add(id);
			if (current.size() == BATCH) {
				batches.add(current);
				current = new ArrayList<>(BATCH);
			}
		}
		if (!current.isEmpty()) {
			batches.add(current);
		}
		return batches;
	}

}
