package id.pulih.instrument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The scored WHOQOL-BREF: Q1 and Q2 on their own and the four domain scores.
 * <p>
 * Scores are kept at full precision ({@link WhoqolBrefScoring#PRECISION}); round them
 * only to show them ({@link DomainScore#scoreForDisplay()},
 * {@link DomainScore#transformedForDisplay()}: 2 decimals, half up). Means and changes
 * for reports are computed from the full values.
 *
 * @param scored false when more than 5 of the 26 items are missing: then nothing is
 * scored
 * @param missingItems items with no answer in 1 to 5
 * @param overallQualityOfLife Q1 (1 to 5), null if missing or not scored
 * @param satisfactionWithHealth Q2 (1 to 5), null if missing or not scored
 * @param domains one per domain, in domain order
 */
public record WhoqolResult(boolean scored, int missingItems, @Nullable Integer overallQualityOfLife,
		@Nullable Integer satisfactionWithHealth, List<DomainScore> domains) implements InstrumentResult {

	public WhoqolResult {
		domains = List.copyOf(domains);
	}

	@Override
	public String instrumentCode() {
		return WhoqolBrefScoring.CODE;
	}

	@Override
	public String version() {
		return WhoqolBrefScoring.VERSION;
	}

	public DomainScore domain(WhoqolDomain domain) {
		return this.domains.stream().filter(score -> score.domain() == domain).findFirst().orElseThrow();
	}

	/**
	 * One domain's score.
	 *
	 * @param answeredItems the domain's items answered in 1 to 5
	 * @param itemSum the sum of those answers after reversing Q3, Q4 and Q26
	 * @param score the domain score, 4 to 20: the mean of the answered items × 4; null
	 * when not scored
	 * @param transformed the score on 0 to 100: (score − 4) × 100 / 16; null when not
	 * scored
	 */
	public record DomainScore(WhoqolDomain domain, int answeredItems, int itemSum, @Nullable BigDecimal score,
			@Nullable BigDecimal transformed) {

		public boolean scored() {
			return this.score != null;
		}

		/** The 4 to 20 score rounded to 2 decimals (half up), for display only. */
		public @Nullable BigDecimal scoreForDisplay() {
			return forDisplay(this.score);
		}

		/** The 0 to 100 score rounded to 2 decimals (half up), for display only. */
		public @Nullable BigDecimal transformedForDisplay() {
			return forDisplay(this.transformed);
		}

		static @Nullable BigDecimal forDisplay(@Nullable BigDecimal value) {
			return (value != null) ? value.setScale(2, RoundingMode.HALF_UP) : null;
		}

	}

}
