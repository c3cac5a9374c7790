package id.pulih.stock;

/**
 * What a ledger entry records. Receipts, returns, transfers in and found stock add to a
 * batch; issues, transfers out and losses take from it; a count adds or takes the
 * difference to what was counted (0 when the count matched).
 */
public enum EntryKind {

	RECEIPT, ISSUE, RETURN, TRANSFER_OUT, TRANSFER_IN, ADJUSTMENT, COUNT;

	public String messageKey() {
		return "stock.kind." + name();
	}

}
