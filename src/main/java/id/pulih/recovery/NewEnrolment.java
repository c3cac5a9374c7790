package id.pulih.recovery;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A command to open a client's pathway at the client's IBM unit.
 *
 * @param id an id chosen by the caller (for retries); null to have one generated
 * @param agentId the responsible recovery agent; null for the user's own person
 * @param startedOn the first day of the entry week; null for the screening date (entry
 * from screening) or today (aftercare entry)
 * @param eligibilityOverride why the client is enrolled although the latest screening did
 * not find a low risk
 */
public record NewEnrolment(@Nullable UUID id, @Nullable UUID clientId, @Nullable UUID agentId,
		@Nullable LocalDate startedOn, @Nullable String eligibilityOverride) {

}
