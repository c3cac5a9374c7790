package id.pulih.budget;

import java.util.List;
import java.util.UUID;

import id.pulih.shared.FundingSource;
import org.jspecify.annotations.Nullable;

/**
 * Budget versus realisation for one year and an organisation's subtree (or a whole
 * scope): a row per line and funding source that has anything allocated or realised, in
 * line then source order, with totals per line, per source and overall.
 *
 * @param organisationId the organisation at the top, or null for the caller's whole scope
 */
public record RealisationTable(int year, @Nullable UUID organisationId, List<RealisationRow> rows,
		List<LineTotal> lines, List<SourceTotal> sources, Figures total) {

	/** Whether nothing at all is allocated or realised. */
	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	/** Whether nothing is allocated (something may still be realised). */
	public boolean nothingAllocated() {
		return this.total.allocated() == 0;
	}

	/** A line's figures over all sources. */
	public record LineTotal(BudgetLine line, Figures figures) {

	}

	/** A funding source's figures over all lines. */
	public record SourceTotal(FundingSource source, Figures figures) {

	}

}
