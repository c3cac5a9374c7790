package id.pulih.stock;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Stock sent from a facility to another one. Drawn first expiry first out, or from the
 * chosen batch; the receiving facility gets batches with the same number, expiry and
 * funding source.
 *
 * @param id chosen by the client so the transfer can be retried (null: a new one)
 * @param itemCode the item (may be left out when a batch is chosen)
 * @param batchId the batch to send, or null for first expiry first out
 * @param occurredOn the day it was sent (null: today)
 */
public record NewTransfer(@Nullable UUID id, @Nullable UUID fromFacilityId, @Nullable UUID toFacilityId,
		@Nullable String itemCode, @Nullable Long quantity, @Nullable UUID batchId, @Nullable LocalDate occurredOn,
		@Nullable String note) {

}
