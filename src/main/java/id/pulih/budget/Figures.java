package id.pulih.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * Allocated against realised money (whole rupiah) of one row or total of the
 * budget-versus-realisation table.
 *
 * @param realised {@code fromReceipts + fromCosts}
 * @param fromReceipts the value of commodity receipts
 * @param fromCosts recorded activity costs that are not voided
 * @param receiptsWithoutValue receipts whose value was not recorded (they count no money)
 */
public record Figures(long allocated, long realised, long fromReceipts, long fromCosts, long receiptsWithoutValue) {

	static final Figures ZERO = new Figures(0, 0, 0, 0, 0);

	static Figures of(long allocated, long fromReceipts, long fromCosts, long receiptsWithoutValue) {
		return new Figures(allocated, fromReceipts + fromCosts, fromReceipts, fromCosts, receiptsWithoutValue);
	}

	Figures plus(Figures other) {
		return of(this.allocated + other.allocated, this.fromReceipts + other.fromReceipts,
				this.fromCosts + other.fromCosts, this.receiptsWithoutValue + other.receiptsWithoutValue);
	}

	/**
	 * Realised as a percentage of allocated, one decimal; null when nothing is allocated.
	 */
	public @Nullable BigDecimal percent() {
		if (this.allocated <= 0) {
			return null;
		}
		return BigDecimal.valueOf(this.realised)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(this.allocated), 1, RoundingMode.HALF_UP);
	}

	/** What is left: allocated minus realised (negative when over-spent). */
	public long remaining() {
		return this.allocated - this.realised;
	}

	/** Whether more was realised than allocated, where something was allocated. */
	public boolean overspent() {
		return this.allocated > 0 && this.realised > this.allocated;
	}

	/** Whether money was realised where nothing was allocated. */
	public boolean unbudgeted() {
		return this.allocated == 0 && this.realised > 0;
	}

}
