package id.pulih.stock;

import java.time.LocalDate;
import java.util.UUID;

import id.pulih.shared.FundingSource;

/**
 * A batch a facility holds, with what it holds now.
 *
 * @param expiresOn the last day it may be used
 */
public record StockBatch(UUID id, UUID facilityId, String itemCode, String batchNumber, LocalDate expiresOn,
		FundingSource source, LocalDate receivedOn, long onHand) {

	/** Whether the batch may no longer be used on that day. */
	public boolean expiredOn(LocalDate day) {
		return this.expiresOn.isBefore(day);
	}

}
