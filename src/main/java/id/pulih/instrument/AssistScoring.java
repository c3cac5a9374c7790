package id.pulih.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import id.pulih.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Scores the WHO ASSIST v3.0 exactly as the WHO manual sets it out.
 * <ul>
 * <li>Q1 (ever used) gates a substance: if no, nothing else is asked about it; if no for
 * every substance, the interview ends (Q8 is not asked either).</li>
 * <li>If Q2 (use in the past three months) is never, Q3 to Q5 are skipped and count 0; Q6
 * and Q7 are still asked for every substance ever used.</li>
 * <li>Q5 is never asked for tobacco.</li>
 * <li>Specific Substance Involvement score = Q2+Q3+Q4+Q5+Q6+Q7, with the points of
 * {@link Frequency} and {@link YesNoWhen}; the risk level follows from the substance's
 * thresholds ({@link Substance#riskFor(int)}).</li>
 * <li>Q8 (injection) is not scored; in the past three months it selects the injection
 * advice from the pattern of injecting asked after it.</li>
 * </ul>
 * Answers that break these rules are refused, never silently ignored: a missing answer to
 * a question that is asked ({@code instrument.error.answerRequired}) and an answer to a
 * question that is skipped ({@code instrument.error.answerNotAsked}), each with its field
 * path (e.g. {@code substances.alcohol.q3}). The first in questionnaire order is
 * reported.
 */
public final class AssistScoring {

	/** The instrument code. */
	public static final String CODE = "ASSIST";

	/** The WHO ASSIST version these rules follow. */
	public static final String VERSION = "3.0";

	private AssistScoring() {
	}

	/**
	 * Scores a complete interview.
	 * @throws RuleViolation when an asked question is unanswered or a skipped one is
	 * answered
	 */
	public static AssistResult score(AssistAnswers answers) {
		validate(answers);
		List<SubstanceInvolvement> involvements = new ArrayList<>();
		for (Substance substance : Substance.values()) {
			SubstanceAnswers a = answers.substance(substance);
			int score = involvementScore(a);
			involvements.add(new SubstanceInvolvement(substance, a.q1() == YesNo.YES,
					a.q2() != null && a.q2() != Frequency.NEVER, score, substance.riskFor(score)));
		}
		return new AssistResult(involvements, answers.q8(), answers.q8Pattern());
	}

	/**
	 * Checks the answers against the skip rules without scoring them.
	 * @throws RuleViolation naming the first offending field
	 */
	public static void validate(AssistAnswers answers) {
		boolean anyUsed = false;
		for (Substance substance : Substance.values()) {
			SubstanceAnswers a = answers.substance(substance);
			validate(substance, a);
			anyUsed |= (a.q1() == YesNo.YES);
		}
		if (!anyUsed) {
			notAsked(answers.q8(), AssistAnswers.Q8);
			notAsked(answers.q8Pattern(), AssistAnswers.Q8_PATTERN);
			return;
		}
		required(answers.q8(), AssistAnswers.Q8);
		if (answers.q8() == YesNoWhen.YES_IN_PAST_3_MONTHS) {
			required(answers.q8Pattern(), AssistAnswers.Q8_PATTERN);
		}
		else {
			notAsked(answers.q8Pattern(), AssistAnswers.Q8_PATTERN);
		}
	}

	private static void validate(Substance substance, SubstanceAnswers a) {
		required(a.q1(), AssistAnswers.path(substance, 1));
		if (a.q1() == YesNo.NO) {
			for (int question = 2; question <= 7; question++) {
				notAsked(a.answer(question), AssistAnswers.path(substance, question));
			}
			return;
		}
		required(a.q2(), AssistAnswers.path(substance, 2));
		boolean usedInPast3Months = a.q2() != Frequency.NEVER;
		for (int question = 3; question <= 5; question++) {
			boolean asked = usedInPast3Months && (question != 5 || substance.asksFailedExpectations());
			if (asked) {
				required(a.answer(question), AssistAnswers.path(substance, question));
			}
			else {
				notAsked(a.answer(question), AssistAnswers.path(substance, question));
			}
		}
		required(a.q6(), AssistAnswers.path(substance, 6));
		required(a.q7(), AssistAnswers.path(substance, 7));
	}

	/**
	 * The Specific Substance Involvement score of answers that passed validation: Q2 to
	 * Q7 added up, every skipped question counting 0.
	 */
	static int involvementScore(SubstanceAnswers a) {
		if (a.q1() != YesNo.YES) {
			return 0;
		}
		return points(a.q2(), Frequency::usePoints) + points(a.q3(), Frequency::urgePoints)
				+ points(a.q4(), Frequency::problemsPoints) + points(a.q5(), Frequency::failedExpectationsPoints)
				+ ((a.q6() != null) ? a.q6().points() : 0) + ((a.q7() != null) ? a.q7().points() : 0);
	}

	private static int points(@Nullable Frequency answer, ToIntFunction<Frequency> table) {
		return (answer != null) ? table.applyAsInt(answer) : 0;
	}

	private static void required(@Nullable Object answer, String field) {
		if (answer == null) {
			throw new RuleViolation(field, "instrument.error.answerRequired");
		}
	}

	private static void notAsked(@Nullable Object answer, String field) {
		if (answer != null) {
			throw new RuleViolation(field, "instrument.error.answerNotAsked");
		}
	}

}
