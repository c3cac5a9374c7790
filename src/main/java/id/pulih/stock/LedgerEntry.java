package id.pulih.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import id.pulih.shared.FundingSource;
import org.jspecify.annotations.Nullable;

/**
 * One line of a facility's ledger: a movement of one batch.
 *
 * @param commandId the receipt, transfer, adjustment, count or issue it belongs to
 * @param quantity signed: what it added (positive) or took (negative)
 * @param balanceAfter what the batch held after it
 * @param reference what an issue was for, e.g. {@code visit:<uuid>}
 * @param counterpartId the other facility of a transfer
 */
public record LedgerEntry(UUID id, UUID commandId, UUID facilityId, UUID batchId, String itemCode, String batchNumber,
		LocalDate expiresOn, FundingSource source, EntryKind kind, long quantity, long balanceAfter,
		LocalDate occurredOn, @Nullable String reference, @Nullable AdjustmentReason reason, @Nullable String note,
		@Nullable UUID counterpartId, @Nullable Long valueRupiah, Instant createdAt, String createdBy) {

}
