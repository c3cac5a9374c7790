package id.pulih.stock;

import java.time.LocalDate;
import java.util.UUID;

import id.pulih.shared.FundingSource;

/**
 * What one issue took from one batch: issues draw first-expiry-first-out, so one item can
 * come from several batches.
 */
public record Draw(String itemCode, UUID batchId, String batchNumber, LocalDate expiresOn, FundingSource source,
		long quantity) {

}
