package id.pulih.instrument;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Scores the WHOQOL-BREF as the WHO scoring syntax does.
 * <ul>
 * <li>Answers outside 1 to 5 count as missing.</li>
 * <li>More than 5 of the 26 items missing (over 20%): the assessment is not scored.</li>
 * <li>Q3, Q4 and Q26 are reversed (6 − x); Q1 and Q2 are reported on their own.</li>
 * <li>A domain is scored only with enough answered items (physical 6, psychological 5,
 * social 2, environment 6): score = mean of its answered items × 4 (4 to 20); transformed
 * = (score − 4) × 100 / 16 (0 to 100).</li>
 * </ul>
 * <p>
 * Rounding: both scores are computed from the exact fraction of the reversed item sum
 * {@code s} and the number of answered items {@code n} (score = 4s/n, transformed = 25(s
 * − n)/n), so the transformed score never inherits rounding from the 4 to 20 score. The
 * one division is carried to 16 significant digits ({@link #PRECISION}, IEEE decimal64,
 * half even): that is the "full precision" the result keeps; rounding to 2 decimals is
 * for display only.
 */
public final class WhoqolBrefScoring {

	/** The instrument code. */
	public static final String CODE = "WHOQOL-BREF";

	/** The version of the WHOQOL-BREF and its scoring these rules follow. */
	public static final String VERSION = "1.0";

	/** More missing items than this and the assessment is not scored. */
	public static final int MAXIMUM_MISSING = 5;

	/** The precision of every division. */
	public static final MathContext PRECISION = MathContext.DECIMAL64;

	/** Items scored in reverse (6 − x). */
	public static final Set<Integer> REVERSED = Set.of(3, 4, 26);

	private WhoqolBrefScoring() {
	}

	public static WhoqolResult score(WhoqolAnswers answers) {
		int missing = answers.missingCount();
		boolean scored = missing <= MAXIMUM_MISSING;
		List<WhoqolResult.DomainScore> domains = new ArrayList<>();
		for (WhoqolDomain domain : WhoqolDomain.values()) {
			int answered = 0;
			int sum = 0;
			for (int item : domain.items()) {
				OptionalInt answer = answers.valid(item);
				if (answer.isPresent()) {
					answered++;
					sum += itemScore(item, answer.getAsInt());
				}
			}
			boolean domainScored = scored && answered >= domain.minimumAnswered();
			domains.add(new WhoqolResult.DomainScore(domain, answered, sum, domainScored ? score(sum, answered) : null,
					domainScored ? transformed(sum, answered) : null));
		}
		return new WhoqolResult(scored, missing, scored ? valueOf(answers.valid(1)) : null,
				scored ? valueOf(answers.valid(2)) : null, domains);
	}

	/** An item's contribution to its domain: the answer, or 6 − answer when reversed. */
	public static int itemScore(int item, int answer) {
		return REVERSED.contains(item) ? 6 - answer : answer;
	}

	/**
	 * The 4 to 20 domain score of {@code answered} items adding up to {@code sum}: 4s/n.
	 */
	static BigDecimal score(int sum, int answered) {
		return BigDecimal.valueOf(4L * sum).divide(BigDecimal.valueOf(answered), PRECISION);
	}

	/**
	 * The 0 to 100 score: (4s/n − 4) × 100 / 16, which is 25(s − n)/n.
	 */
	static BigDecimal transformed(int sum, int answered) {
		return BigDecimal.valueOf(25L * (sum - answered)).divide(BigDecimal.valueOf(answered), PRECISION);
	}

	private static @Nullable Integer valueOf(OptionalInt answer) {
		return answer.isPresent() ? answer.getAsInt() : null;
	}

}
