package id.pulih.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import id.pulih.organisation.DevelopmentPhase;
import org.jspecify.annotations.Nullable;

/**
 * A stored evaluation of an IBM unit, with the instrument version it answered.
 *
 * @param score the overall score (sum for the checklist, mean for surveys)
 * @param category the band the overall score fell in (the phase's ordinal for an
 * assessment)
 * @param phase the resulting development phase (assessments only)
 * @param respondentType who answered (surveys and INSANI)
 * @param component the INSANI component answered
 * @param answers item code to the value given, in item order
 */
public record EvaluationResponse(UUID id, EvaluationKind kind, UUID unitId, LocalDate respondedOn,
		String instrumentCode, UUID versionId, int instrumentVersion, @Nullable String respondentType,
		@Nullable String component, @Nullable BigDecimal score, @Nullable Integer category,
		@Nullable DevelopmentPhase phase, @Nullable String note, String createdBy, Instant createdAt,
		Map<String, Integer> answers) {

}
