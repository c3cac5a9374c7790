package id.pulih.budget;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.pulih.shared.FundingSource;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.security.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget versus realisation, for the budget page and for other modules' reports. Realised
 * money is the value of commodity receipts plus activity costs that are not voided,
 * counted in the year they were received or spent. Everything is summed in the database
 * (one query, grouped by line and source) over the organisations the caller's scope
 * covers, narrowed to one organisation and its descendants when one is named. Allocations
 * of an organisation and of its descendants add up: allocate a sum at one level only.
 * <p>
 * Sums are exact in the database and kept within {@link Figures#MAX} (Rp 10^18, far
 * beyond any real budget) here, so no stored amount can make a report fail.
 */
@Service
@Transactional(readOnly = true)
public class BudgetReports {

	/**
	 * Sums as exact decimals (amounts are BIGINT: their sum may pass a long), read back
	 * through {@link Figures#capped}.
	 */
	private static final String REALISATION = """
			SELECT x.line, x.source, SUM(x.allocated), SUM(x.from_receipts), SUM(x.from_costs), SUM(x.no_value)
			FROM (
			  SELECT a.line, a.source, SUM(CAST(a.amount AS NUMERIC(38))) AS allocated,
			         CAST(0 AS NUMERIC(38)) AS from_receipts, CAST(0 AS NUMERIC(38)) AS from_costs,
			         CAST(0 AS NUMERIC(38)) AS no_value
			  FROM budget_allocation a JOIN organisation o ON o.id = a.organisation_id
			  WHERE a.budget_year = ? AND %1$s
			  GROUP BY a.line, a.source
			  UNION ALL
			  SELECT r.line, r.source, CAST(0 AS NUMERIC(38)), SUM(CAST(r.amount AS NUMERIC(38))),
			         CAST(0 AS NUMERIC(38)), SUM(CAST(CASE WHEN r.value_known THEN 0 ELSE 1 END AS NUMERIC(38)))
			  FROM budget_receipt r JOIN organisation o ON o.id = r.organisation_id
			  WHERE r.budget_year = ? AND %1$s
			  GROUP BY r.line, r.source
			  UNION ALL
			  SELECT c.line, c.source, CAST(0 AS NUMERIC(38)), CAST(0 AS NUMERIC(38)),
			         SUM(CAST(c.amount AS NUMERIC(38))), CAST(0 AS NUMERIC(38))
			  FROM budget_cost c JOIN organisation o ON o.id = c.organisation_id
			  WHERE c.budget_year = ? AND c.voided_at IS NULL AND %1$s
			  GROUP BY c.line, c.source
			) x
			GROUP BY x.line, x.source""";

	private final Budgets budgets;

	private final JdbcClient jdbc;

	BudgetReports(Budgets budgets, JdbcClient jdbc) {
		this.budgets = budgets;
		this.jdbc = jdbc;
	}

	/**
	 * Allocated and realised per line and funding source for a year, over an organisation
	 * and its descendants (or, with no organisation, the whole scope); only lines and
	 * sources with something allocated or realised, in line then source order.
	 * @throws RecordNotFound when the organisation is missing or outside the scope
	 */
	public List<RealisationRow> realisation(Scope scope, int year, @Nullable UUID organisationId) {
		Subtree subtree = this.budgets.subtree(scope, organisationId);
		List<Object> params = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			params.add(year);
			params.addAll(subtree.parameters());
		}
		List<RealisationRow> rows = new ArrayList<>(this.jdbc.sql(REALISATION.formatted(subtree.sql()))
			.params(params)
			.query((rs, n) -> RealisationRow.of(BudgetLine.valueOf(rs.getString(1)),
					FundingSource.valueOf(rs.getString(2)),
					Figures.of(Figures.capped(rs.getBigDecimal(3)), Figures.capped(rs.getBigDecimal(4)),
							Figures.capped(rs.getBigDecimal(5)), Figures.capped(rs.getBigDecimal(6)))))
			.list());
		rows.sort((a, b) -> (a.line() != b.line()) ? a.line().compareTo(b.line()) : a.source().compareTo(b.source()));
		return rows;
	}

	/**
	 * The budget-versus-realisation table of a year: {@link #realisation} with totals per
	 * line, per source and overall.
	 * @throws RecordNotFound when the organisation is missing or outside the scope
	 */
	public RealisationTable table(Scope scope, int year, @Nullable UUID organisationId) {
		List<RealisationRow> rows = realisation(scope, year, organisationId);
		Map<BudgetLine, Figures> lines = new EnumMap<>(BudgetLine.class);
		Map<FundingSource, Figures> sources = new EnumMap<>(FundingSource.class);
		Figures total = Figures.ZERO;
		for (RealisationRow row : rows) {
			lines.merge(row.line(), row.figures(), Figures::plus);
			sources.merge(row.source(), row.figures(), Figures::plus);
			total = total.plus(row.figures());
		}
		return new RealisationTable(year, organisationId, rows,
				lines.entrySet().stream().map(e -> new RealisationTable.LineTotal(e.getKey(), e.getValue())).toList(),
				sources.entrySet()
					.stream()
					.map(e -> new RealisationTable.SourceTotal(e.getKey(), e.getValue()))
					.toList(),
				total);
	}

}
