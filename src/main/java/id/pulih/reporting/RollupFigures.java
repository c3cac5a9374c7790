package id.pulih.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.pulih.reporting.rollup.Indicators;
import id.pulih.reporting.rollup.RollupRow;
import id.pulih.reporting.rollup.Rollups;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads figures for a selection and period from the rollups, added up per indicator (and
 * disaggregation) and, when asked, per child area or organisation, or per period. A
 * custom period is counted fresh from the records (the rollups hold months, quarters and
 * years).
 */
@Component
class RollupFigures {

	private final JdbcClient jdbc;

	private final Rollups rollups;

	RollupFigures(JdbcClient jdbc, Rollups rollups) {
		this.jdbc = jdbc;
		this.rollups = rollups;
	}

	/** Figures keyed by {@code indicator|dimension} within a group key. */
	record Figures(Map<String, Map<String, BigDecimal>> groups) {

		static final String ALL = "";

		BigDecimal get(String group, String indicator) {
			return get(group, indicator, "");
		}

		BigDecimal get(String group, String indicator, String dimension) {
			Map<String, BigDecimal> figures = this.groups.get(group);
			if (figures == null) {
				return BigDecimal.ZERO;
			}
			return figures.getOrDefault(indicator + "|" + dimension, BigDecimal.ZERO);
		}

		/** The disaggregations of an indicator present in a group, with their figures. */
		Map<String, BigDecimal> dimensions(String group, String indicator) {
			Map<String, BigDecimal> result = new HashMap<>();
			Map<String, BigDecimal> figures = this.groups.getOrDefault(group, Map.of());
			figures.forEach((key, amount) -> {
				if (key.startsWith(indicator + "|")) {
					result.put(key.substring(indicator.length() + 1), amount);
				}
			});
			return result;
		}

	}

	/** How figures are grouped. */
	enum Grouping {

		/** One group, {@link Figures#ALL}. */
		NONE,
		/** By child area (or organisation, below a village or an organisation). */
		CHILD,
		/** By period start ({@code yyyy-MM-dd}). */
		PERIOD

	}

	/**
	 * The figures of the given indicators for a selection over one period (or, for
	 * {@link Grouping#PERIOD}, over every period of the period's kind from {@code from}
	 * to {@code to}).
	 */
	Figures read(Selection selection, ReportPeriod period, Grouping grouping, Collection<String> indicators) {
		if (period.kind() == ReportPeriod.Kind.CUSTOM) {
			return readCustom(selection, period, grouping, indicators);
		}
		String kind = switch (period.kind()) {
			case MONTH -> "M";
			case QUARTER -> "Q";
			default -> "Y";
		};
		return readRange(selection, kind, period.start(), period.start(), grouping, indicators);
	}

	/** Yearly figures for every year from the first to the last, grouped by year. */
	Figures readYears(Selection selection, int firstYear, int lastYear, Collection<String> indicators) {
		return readRange(selection, "Y", LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 1, 1), Grouping.PERIOD,
				indicators);
	}

	private Figures readRange(Selection selection, String kind, LocalDate from, LocalDate to, Grouping grouping,
			Collection<String> indicators) {
		String group = groupExpression(selection, grouping);
		List<Object> params = new ArrayList<>();
		params.add(kind);
		params.add(from);
		params.add(to);
		params.addAll(indicators);
		params.addAll(selection.parameters());
		List<Object> all = params;
		String sql = "SELECT r.indicator, r.dimension, " + group + ", SUM(r.amount) FROM rpt_rollup r"
				+ " JOIN organisation o ON o.id = r.organisation_id"
				+ " WHERE r.period_kind = ? AND r.period_start BETWEEN ? AND ? AND r.indicator IN ("
				+ placeholders(indicators.size()) + ") AND " + selection.condition()
				+ " GROUP BY r.indicator, r.dimension" + ((grouping == Grouping.NONE) ? "" : ", " + group);
		Map<String, Map<String, BigDecimal>> groups = new HashMap<>();
		this.jdbc.sql(sql).params(all).query((rs, n) -> {
			String key = (grouping == Grouping.PERIOD) ? rs.getObject(3, LocalDate.class).toString() : rs.getString(3);
			groups.computeIfAbsent((key != null) ? key : "", k -> new HashMap<>())
				.merge(rs.getString(1) + "|" + rs.getString(2), rs.getBigDecimal(4), BigDecimal::add);
			return null;
		}).list();
		return new Figures(groups);
	}

	/**
	 * A custom run of months: additive figures are the sums of the months' rollups; only
	 * distinct counts and states are counted fresh, and only those asked for.
	 */
	private Figures readCustom(Selection selection, ReportPeriod period, Grouping grouping,
			Collection<String> indicators) {
		Grouping byChild = (grouping == Grouping.CHILD) ? Grouping.CHILD : Grouping.NONE;
		List<String> additive = indicators.stream().filter(Indicators::additive).toList();
		List<String> counted = indicators.stream().filter(code -> !Indicators.additive(code)).toList();
		Map<String, Map<String, BigDecimal>> groups = new HashMap<>();
		if (!additive.isEmpty()) {
			readRange(selection, "M", period.start(), period.end().withDayOfMonth(1), byChild, additive).groups()
				.forEach((key, figures) -> figures
					.forEach((indicator, amount) -> groups.computeIfAbsent(key, k -> new HashMap<>())
						.merge(indicator, amount, BigDecimal::add)));
		}
		if (!counted.isEmpty()) {
			List<RollupRow> rows = this.rollups.countCustom(selection.condition(), selection.parameters(),
					period.start(), period.end(), counted);
			Map<UUID, String> groupOf = new HashMap<>();
			if (byChild == Grouping.CHILD) {
				String group = groupExpression(selection, byChild);
				this.jdbc.sql("SELECT o.id, " + group + " FROM organisation o WHERE " + selection.condition())
					.params(selection.parameters())
					.query((rs, n) -> groupOf.put(rs.getObject(1, UUID.class), rs.getString(2)))
					.list();
			}
			for (RollupRow row : rows) {
				String key = (byChild == Grouping.CHILD) ? groupOf.getOrDefault(row.organisationId(), "") : Figures.ALL;
				groups.computeIfAbsent((key != null) ? key : "", k -> new HashMap<>())
					.merge(row.indicator() + "|" + row.dimension(), row.amount(), BigDecimal::add);
			}
		}
		if (grouping == Grouping.PERIOD) {
			Map<String, BigDecimal> all = groups.getOrDefault(Figures.ALL, Map.of());
			return new Figures(Map.of(period.start().toString(), all));
		}
		return new Figures(groups);
	}

	/**
	 * The SQL expression of a row's group (over {@code organisation o} and
	 * {@code rpt_rollup r}).
	 */
	static String groupExpression(Selection selection, Grouping grouping) {
		return switch (grouping) {
			case NONE -> "''";
			case PERIOD -> "r.period_start";
			case CHILD -> switch (selection.kind()) {
				case NATIONAL -> "SUBSTRING(o.area_code, 1, 2)";
				case AREA -> {
					int length = selection.code().length();
					if (length >= 13) {
						yield "CAST(o.id AS VARCHAR(36))";
					}
					int next = switch (length) {
						case 2 -> 5;
						case 5 -> 8;
						default -> 13;
					};
					// organisations of the area's own level (a BNNP for its province)
					// form the
					// row of this level, keyed ''
					yield "CASE WHEN LENGTH(o.area_code) >= " + next + " THEN SUBSTRING(o.area_code, 1, " + next
							+ ") ELSE '' END";
				}
				case ORGANISATION -> {
					// inlined, not bound: the same expression must appear in SELECT and
					// GROUP BY
					String path = selection.path();
					if (path == null || !path.matches("[0-9a-f/-]+")) {
						throw new IllegalArgumentException("Not an organisation path: " + path);
					}
					yield "CASE WHEN o.path = '" + path + "' THEN '' ELSE SUBSTRING(o.path, " + (path.length() + 1)
							+ ", 36) END";
				}
			};
		};
	}

	private static String placeholders(int count) {
		return String.join(", ", java.util.Collections.nCopies(Math.max(count, 1), "?"));
	}

}
