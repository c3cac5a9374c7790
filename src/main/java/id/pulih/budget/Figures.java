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

	/**
	 * The largest figure shown: Rp 10^18 (one allocation or cost is at most 10^13). A sum
	 * beyond it is shown as this, and as its negative below; two figures within it add up
	 * (or subtract) without overflowing a long.
	 */
	static final long MAX = 1_000_000_000_000_000_000L;

	private static final BigDecimal MAX_DECIMAL = BigDecimal.valueOf(MAX);

	static final Figures ZERO = new Figures(0, 0, 0, 0, 0);

	static Figures of(long allocated, long fromReceipts, long fromCosts, long receiptsWithoutValue) {
		long receipts = capped(fromReceipts);
		long costs = capped(fromCosts);
		return new Figures(capped(allocated), capped(receipts + costs), receipts, costs, capped(receiptsWithoutValue));
	}

	Figures plus(Figures other) {
		return of(capped(this.allocated) + capped(other.allocated),
				capped(this.fromReceipts) + capped(other.fromReceipts),
				capped(this.fromCosts) + capped(other.fromCosts),
				capped(this.receiptsWithoutValue) + capped(other.receiptsWithoutValue));
	}

	/** A sum read from the database (null: nothing), kept within {@link #MAX}. */
	static long capped(@Nullable BigDecimal sum) {
		if (sum == null) {
			return 0;
		}
		if (sum.compareTo(MAX_DECIMAL) > 0) {
			return MAX;
		}
		if (sum.compareTo(MAX_DECIMAL.negate()) < 0) {
			return -MAX;
		}
		return sum.longValue();
	}

	static long capped(long value) {
		return Math.max(-MAX, Math.min(MAX, value));
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
		return capped(capped(this.allocated) - capped(this.realised));
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
