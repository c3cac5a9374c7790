package id.pulih.stock;

/**
 * Why stock was adjusted outside receipts, issues, transfers and counts. Damaged, expired
 * and lost stock is taken away, found stock is added; "other" may go either way and needs
 * a note.
 */
public enum AdjustmentReason {

	DAMAGED(-1), EXPIRED(-1), LOST(-1), FOUND(1), OTHER(0);

	private final int sign;

	AdjustmentReason(int sign) {
		this.sign = sign;
	}

	/** -1 when the reason takes stock away, 1 when it adds, 0 when either may be. */
	public int sign() {
		return this.sign;
	}

	/** Whether a signed change of this quantity fits the reason. */
	public boolean allows(long quantity) {
		return quantity != 0 && (this.sign == 0 || Long.signum(quantity) == this.sign);
	}

	public boolean needsNote() {
		return this == OTHER;
	}

	public String messageKey() {
		return "stock.reason." + name();
	}

}
