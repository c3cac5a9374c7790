package id.pulih.stock;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A change to a batch outside receipts, issues, transfers and counts.
 *
 * @param id chosen by the client so the adjustment can be retried (null: a new one)
 * @param quantity the signed change: negative takes away (damaged, expired, lost),
 * positive adds (found); "other" may be either and needs a note
 * @param occurredOn the day it happened (null: today)
 */
public record NewAdjustment(@Nullable UUID id, @Nullable UUID facilityId, @Nullable UUID batchId,
		@Nullable AdjustmentReason reason, @Nullable Long quantity, @Nullable String note,
		@Nullable LocalDate occurredOn) {

}
