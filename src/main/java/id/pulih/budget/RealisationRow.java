package id.pulih.budget;

import java.math.BigDecimal;

import id.pulih.shared.FundingSource;
import org.jspecify.annotations.Nullable;

/**
 * One line and funding source of the budget-versus-realisation table: what was allocated
 * and what was realised (receipts and activity costs), in whole rupiah.
 *
 * @param receiptsWithoutValue receipts whose value was not recorded (counted as no money)
 */
public record RealisationRow(BudgetLine line, FundingSource source, long allocated, long realised, long fromReceipts,
		long fromCosts, long receiptsWithoutValue) {

	static RealisationRow of(BudgetLine line, FundingSource source, Figures figures) {
		return new RealisationRow(line, source, figures.allocated(), figures.realised(), figures.fromReceipts(),
				figures.fromCosts(), figures.receiptsWithoutValue());
	}

	public Figures figures() {
		return new Figures(this.allocated, this.realised, this.fromReceipts, this.fromCosts, this.receiptsWithoutValue);
	}

	/**
	 * Realised as a percentage of allocated, one decimal; null when nothing is allocated.
	 */
	public @Nullable BigDecimal percent() {
		return figures().percent();
	}

	public long remaining() {
		return figures().remaining();
	}

	public boolean overspent() {
		return figures().overspent();
	}

	public boolean unbudgeted() {
		return figures().unbudgeted();
	}

}
