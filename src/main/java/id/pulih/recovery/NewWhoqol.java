package id.pulih.recovery;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A command to take the WHOQOL-BREF in a pathway.
 *
 * @param id an id chosen by the caller (for retries); null to have one generated
 * @param assessedOn null for today
 * @param assessedBy who took it; null for the user's own person
 * @param answers {@code q1}..{@code q26} to {@code 1}..{@code 5}
 */
public record NewWhoqol(@Nullable UUID id, @Nullable WhoqolTiming timing, @Nullable LocalDate assessedOn,
		@Nullable UUID assessedBy, Map<String, String> answers) {

	public NewWhoqol {
		answers = CheckedAnswers.withoutNulls(answers);
	}

}
