package id.pulih.stock;

import java.time.LocalDate;
import java.util.UUID;

import id.pulih.shared.FundingSource;

/**
 * A facility received a batch of an item, paid for by a funding source. Published in the
 * receipt's transaction; the budget module counts its value as realised.
 *
 * @param receiptId the ledger entry of the receipt
 * @param valueRupiah what the batch cost, whole rupiah (0 when unknown)
 */
public record StockReceived(UUID receiptId, UUID facilityId, String itemCode, FundingSource source, long quantity,
		long valueRupiah, LocalDate receivedOn) {

}
