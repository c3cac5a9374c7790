package id.pulih.stock;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A physical count of one batch: the ledger is reconciled to what was counted.
 *
 * @param id chosen by the client so the count can be retried (null: a new one)
 * @param countedQuantity what is on the shelf, zero or more
 * @param occurredOn the day of the count (null: today)
 */
public record NewCount(@Nullable UUID id, @Nullable UUID facilityId, @Nullable UUID batchId,
		@Nullable Long countedQuantity, @Nullable LocalDate occurredOn, @Nullable String note) {

}
