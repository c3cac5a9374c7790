package id.pulih.recovery;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A command to record an ASSIST screening.
 *
 * @param id an id chosen by the caller (for retries); null to have one generated
 * @param screenedOn null for today
 * @param screenedBy the person who screened; null for the user's own person
 * @param answers item ids to option values, e.g. {@code substances.alcohol.q2=WEEKLY}
 */
public record NewScreening(@Nullable UUID id, @Nullable UUID clientId, @Nullable LocalDate screenedOn,
		@Nullable UUID screenedBy, Map<String, String> answers) {

	public NewScreening {
		answers = CheckedAnswers.withoutNulls(answers);
	}

}
