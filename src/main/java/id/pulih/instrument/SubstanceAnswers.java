package id.pulih.instrument;

import org.jspecify.annotations.Nullable;

/**
 * The answers about one substance in an ASSIST interview, as given: a question that was
 * not asked (or not yet answered) is null. {@link AssistScoring} checks them against the
 * skip rules.
 *
 * @param q1 ever used (non-medical use only); not scored
 * @param q2 how often used in the past three months
 * @param q3 how often a strong desire or urge to use; asked only when Q2 is not never
 * @param q4 how often use led to health, social, legal or financial problems; asked only
 * when Q2 is not never
 * @param q5 how often failed to do what was normally expected because of use; asked only
 * when Q2 is not never, and never for tobacco
 * @param q6 whether a friend, relative or anyone else ever expressed concern; asked for
 * every substance ever used
 * @param q7 whether ever tried and failed to control, cut down or stop; asked for every
 * substance ever used
 */
public record SubstanceAnswers(@Nullable YesNo q1, @Nullable Frequency q2, @Nullable Frequency q3,
		@Nullable Frequency q4, @Nullable Frequency q5, @Nullable YesNoWhen q6, @Nullable YesNoWhen q7) {

	private static final SubstanceAnswers UNANSWERED = new SubstanceAnswers(null, null, null, null, null, null, null);

	/** Nothing answered yet. */
	public static SubstanceAnswers unanswered() {
		return UNANSWERED;
	}

	/** Never used: Q1 is no and nothing else is asked. */
	public static SubstanceAnswers neverUsed() {
		return new SubstanceAnswers(YesNo.NO, null, null, null, null, null, null);
	}

	/** Used in life but not in the past three months: Q3 to Q5 are skipped. */
	public static SubstanceAnswers notUsedInPast3Months(YesNoWhen q6, YesNoWhen q7) {
		return new SubstanceAnswers(YesNo.YES, Frequency.NEVER, null, null, null, q6, q7);
	}

	/**
	 * Used in the past three months.
	 * @param q5 null for tobacco, which is not asked Q5
	 */
	public static SubstanceAnswers usedInPast3Months(Frequency q2, Frequency q3, Frequency q4, @Nullable Frequency q5,
			YesNoWhen q6, YesNoWhen q7) {
		return new SubstanceAnswers(YesNo.YES, q2, q3, q4, q5, q6, q7);
	}

	/** The answer to question 1 to 7, or null. */
	public @Nullable Enum<?> answer(int question) {
		return switch (question) {
			case 1 -> this.q1;
			case 2 -> this.q2;
			case 3 -> this.q3;
			case 4 -> this.q4;
			case 5 -> this.q5;
			case 6 -> this.q6;
			case 7 -> this.q7;
			default -> throw new IllegalArgumentException("ASSIST has no substance question " + question);
		};
	}

}
