package id.pulih.stock;

import java.time.LocalDate;
import java.util.UUID;

import id.pulih.shared.FundingSource;
import org.jspecify.annotations.Nullable;

/**
 * A facility received a batch of an item.
 *
 * @param id chosen by the client so the receipt can be retried (null: a new one)
 * @param facilityId the receiving facility
 * @param itemCode a catalogue code
 * @param batchNumber the manufacturer's batch (lot) number
 * @param expiresOn the last day the batch may be used
 * @param source who paid for it (required)
 * @param quantity how many, in the item's unit of issue, more than zero
 * @param valueRupiah what the batch cost in whole rupiah, if known (not negative)
 * @param receivedOn the day of receipt (null: today)
 */
public record NewReceipt(@Nullable UUID id, @Nullable UUID facilityId, @Nullable String itemCode,
		@Nullable String batchNumber, @Nullable LocalDate expiresOn, @Nullable FundingSource source,
		@Nullable Long quantity, @Nullable Long valueRupiah, @Nullable LocalDate receivedOn) {

}
