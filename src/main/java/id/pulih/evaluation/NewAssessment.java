package id.pulih.evaluation;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A development phase assessment of an IBM unit: every item of the newest published
 * checklist answered (0 no, 1 yes).
 *
 * @param id chosen by the client so a retry does no harm, or null
 */
public record NewAssessment(@Nullable UUID id, @Nullable LocalDate assessedOn, @Nullable String note,
		@Nullable Map<String, Integer> answers) {

}
