package id.pulih.budget;

import java.time.LocalDate;
import java.util.UUID;

import id.pulih.shared.FundingSource;
import org.jspecify.annotations.Nullable;

/**
 * Records money spent on an activity.
 *
 * @param id an id chosen by the caller, so the command can be retried; or null
 * @param organisationId the organisation that spent it; null means the caller's own
 * (organisation scopes only)
 * @param spentOn when; not in the future
 * @param amount whole rupiah, more than 0 and at most 10^13
 * @param description what it paid for, e.g. printing KIE leaflets
 */
public record NewCost(@Nullable UUID id, @Nullable UUID organisationId, @Nullable LocalDate spentOn,
		@Nullable FundingSource source, @Nullable BudgetLine line, @Nullable Long amount,
		@Nullable String description) {

}
