package id.pulih.recovery;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An outcome to record (or, with a correction reason, to correct).
 *
 * @param outcomeOn null for today
 * @param reason required for every outcome but completion
 * @param completionOverride why a pathway is completed without all mandatory sessions and
 * both WHOQOL-BREF
 * @param correctionReason why a finished pathway's outcome is corrected; only for
 * corrections
 */
public record OutcomeCommand(@Nullable Outcome outcome, @Nullable LocalDate outcomeOn, @Nullable String reason,
		@Nullable String completionOverride, @Nullable String correctionReason) {

}
