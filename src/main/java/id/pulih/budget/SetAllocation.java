package id.pulih.budget;

import java.util.UUID;

import id.pulih.shared.FundingSource;
import org.jspecify.annotations.Nullable;

/**
 * Sets the allocation of a year, organisation, funding source and line: creates it, or
 * revises the stored amount.
 *
 * @param organisationId the organisation; null means the caller's own (organisation
 * scopes only)
 * @param amount whole rupiah, more than 0 and at most 10^13
 * @param version the version of the allocation the caller saw (optional): an older one
 * than stored is a conflict
 */
public record SetAllocation(@Nullable Integer year, @Nullable UUID organisationId, @Nullable FundingSource source,
		@Nullable BudgetLine line, @Nullable Long amount, @Nullable String note, @Nullable Integer version) {

}
