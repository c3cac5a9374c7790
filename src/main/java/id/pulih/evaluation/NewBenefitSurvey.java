package id.pulih.evaluation;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One community benefit survey response: every statement of the newest published survey
 * scored 1–4.
 *
 * @param id chosen by the client so a retry does no harm, or null
 */
public record NewBenefitSurvey(@Nullable UUID id, @Nullable LocalDate respondedOn,
		@Nullable RespondentType respondentType, @Nullable Map<String, Integer> answers) {

}
