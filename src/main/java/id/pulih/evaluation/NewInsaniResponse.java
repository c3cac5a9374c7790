package id.pulih.evaluation;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One INSANI response: every item of one component (a section of the newest published
 * INSANI version) rated 1–4.
 *
 * @param component the section code, e.g. {@code RECOVERY_AGENT}
 * @param id chosen by the client so a retry does no harm, or null
 */
public record NewInsaniResponse(@Nullable UUID id, @Nullable LocalDate respondedOn, @Nullable String component,
		@Nullable InsaniRespondent respondentRole, @Nullable Map<String, Integer> answers) {

}
