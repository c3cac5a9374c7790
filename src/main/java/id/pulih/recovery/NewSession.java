package id.pulih.recovery;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A command to record a session.
 *
 * @param id an id chosen by the caller (for retries); null to have one generated
 * @param agentId the agent who gave it; null for the user's own person
 * @param durationMinutes 1 to 600
 * @param notes at most 2000 characters
 * @param enrolmentIds the pathways attending: one, or several for a group session
 */
public record NewSession(@Nullable UUID id, @Nullable SessionType sessionType, @Nullable LocalDate heldOn,
		@Nullable UUID agentId, @Nullable Integer durationMinutes, @Nullable String notes, List<UUID> enrolmentIds) {

	public NewSession {
		enrolmentIds = (enrolmentIds != null) ? enrolmentIds.stream().filter(Objects::nonNull).distinct().toList()
				: List.of();
	}

}
