package id.pulih.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import id.pulih.shared.FundingSource;
import org.jspecify.annotations.Nullable;

/**
 * One line of a facility's ledger as it is shown: one entry, or, for readers who may not
 * see what was handed out at each visit, the issues (or the returns) of one batch on one
 * day added up.
 * <p>
 * Only health workers see each issue and return with its reference (e.g.
 * {@code visit:<uuid>}) and note: the reference leads to a named client's visit, and what
 * was issued tells the service (STI or TB medicine, methadone). Field officers and
 * programme managers see issues and returns as daily totals per item and batch, with no
 * reference, note, author or id.
 *
 * @param id the entry (null for a daily total)
 * @param commandId the command that wrote the entry (null for a daily total)
 * @param quantity signed: what the entry (or the day's entries) added or took
 * @param balanceAfter what the batch held after the entry (for a daily total: after the
 * last of the day's entries, in the order they were recorded)
 * @param reference what an issue was for; only for health workers
 * @param note a note; for issues and returns only for health workers
 * @param createdAt when the entry was recorded (null for a daily total)
 * @param createdBy who recorded the entry (null for a daily total)
 * @param dailyTotal whether the line adds up the day's issues or returns of the batch
 */
public record LedgerLine(@Nullable UUID id, @Nullable UUID commandId, UUID facilityId, UUID batchId, String itemCode,
		String batchNumber, LocalDate expiresOn, FundingSource source, EntryKind kind, long quantity, long balanceAfter,
		LocalDate occurredOn, @Nullable String reference, @Nullable AdjustmentReason reason, @Nullable String note,
		@Nullable UUID counterpartId, @Nullable Long valueRupiah, @Nullable Instant createdAt,
		@Nullable String createdBy, boolean dailyTotal) {

	/** The entry as one line, with everything it records. */
	static LedgerLine of(LedgerEntry entry) {
		return new LedgerLine(entry.id(), entry.commandId(), entry.facilityId(), entry.batchId(), entry.itemCode(),
				entry.batchNumber(), entry.expiresOn(), entry.source(), entry.kind(), entry.quantity(),
				entry.balanceAfter(), entry.occurredOn(), entry.reference(), entry.reason(), entry.note(),
				entry.counterpartId(), entry.valueRupiah(), entry.createdAt(), entry.createdBy(), false);
	}

	/**
	 * Whether the kind is one that records what was handed out to (or back from) clients.
	 */
	static boolean isClientMovement(EntryKind kind) {
		return kind == EntryKind.ISSUE || kind == EntryKind.RETURN;
	}

}
