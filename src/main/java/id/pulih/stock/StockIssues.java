package id.pulih.stock;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.pulih.shared.security.PulihUser;

/**
 * How services hand out commodities: each issue is drawn from the facility's batches,
 * first expiry first out, inside the caller's transaction, so a refused issue refuses the
 * whole service record. Implemented by the stock module ({@link StockLedger}, the only
 * bean of this type).
 * <p>
 * A refusal is a {@link id.pulih.shared.RuleViolation} thrown out of a transactional
 * method that joined the caller's transaction, which marks that transaction for rollback:
 * let it propagate out of the service method (and catch it in the controller, outside the
 * transaction, to show it beside the form); do not catch it inside the transaction and
 * carry on. Concurrent issues of the same item at the same facility wait for each other
 * (row locks on the batches' balances), so the one that comes second sees what the first
 * left and is refused if it is not enough.
 */
public interface StockIssues {

	/**
	 * Draws the items from the facility's stock.
	 * @param facilityId the facility whose stock is drawn (a Puskesmas or other facility)
	 * @param items what to draw; items with the same code are added together
	 * @param on the day of issue (batches expired before it, or received after it, are
	 * not drawn)
	 * @param reference what the issue is for, e.g. {@code visit:<uuid>}; shown in the
	 * ledger and used to return the issue
	 * @param by who issued
	 * @return the draws, per batch
	 * @throws id.pulih.shared.RuleViolation {@code stock.error.insufficient} (field
	 * {@code items}, arguments: item name, quantity asked, quantity on hand) when the
	 * facility holds too little; {@code stock.error.unknownItem} for a code not in the
	 * catalogue; {@code stock.error.quantityTooLarge} for more than 100,000,000 of one
	 * item
	 */
	List<Draw> issue(UUID facilityId, List<ItemQuantity> items, LocalDate on, String reference, PulihUser by);

	/**
	 * Puts back, by new ledger entries, everything issued under the reference (when the
	 * record that drew it is voided). Returning twice returns nothing the second time.
	 */
	void returnIssue(String reference, String reason, PulihUser by);

}
