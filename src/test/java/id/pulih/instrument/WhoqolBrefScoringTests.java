package id.pulih.instrument;

import java.math.BigDecimal;
import java.util.Map;

import id.pulih.instrument.WhoqolResult.DomainScore;
import id.pulih.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The WHOQOL-BREF scoring rules, example by example: a whole assessment computed by hand,
 * reversed items, the least answered items per domain, the 20% missing rule, out-of-range
 * answers, and the change between intake and end.
 */
class WhoqolBrefScoringTests {

	/**
	 * The intake assessment of the worked example.
	 *
	 * <pre>
	 * item   1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26
	 * answer 4 3 2 1 3 4 3 4 3  4  3  2  3  2  4  3  4  3  4  4  3  5  4  3  2  2
	 * </pre>
	 */
	private static final WhoqolAnswers INTAKE = WhoqolAnswers.inOrder(4, 3, 2, 1, 3, 4, 3, 4, 3, 4, 3, 2, 3, 2, 4, 3, 4,
			3, 4, 4, 3, 5, 4, 3, 2, 2);

	/** Every item answered 3 (reversed items too: 6 − 3 = 3). */
	private static final WhoqolAnswers ALL_THREES = WhoqolAnswers.inOrder(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
			3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3);

	private static WhoqolAnswers without(WhoqolAnswers answers, int... items) {
		WhoqolAnswers result = answers;
		for (int item : items) {
			result = result.without(item);
		}
		return result;
	}

	/**
	 * Scored by hand (reversed: Q3 2 -> 4, Q4 1 -> 5, Q26 2 -> 4):
	 *
	 * <pre>
	 * physical      Q3 4 + Q4 5 + Q10 4 + Q15 4 + Q16 3 + Q17 4 + Q18 3 = 27 over 7 items
	 *               score = 27 / 7 × 4 = 108/7 = 15.428571428571428... -> 15.42857142857143 (16 digits)
	 *               transformed = (108/7 − 4) × 100 / 16 = 25 × (27 − 7) / 7 = 500/7 = 71.42857142857143
	 * psychological Q5 3 + Q6 4 + Q7 3 + Q11 3 + Q19 4 + Q26 4 = 21 over 6
	 *               score = 21 / 6 × 4 = 14; transformed = (14 − 4) × 100 / 16 = 62.5
	 * social        Q20 4 + Q21 3 + Q22 5 = 12 over 3
	 *               score = 12 / 3 × 4 = 16; transformed = (16 − 4) × 100 / 16 = 75
	 * environment   Q8 4 + Q9 3 + Q12 2 + Q13 3 + Q14 2 + Q23 4 + Q24 3 + Q25 2 = 23 over 8
	 *               score = 23 / 8 × 4 = 11.5; transformed = (11.5 − 4) × 100 / 16 = 46.875
	 * Q1 = 4 and Q2 = 3 on their own; nothing missing.
	 * For display (2 decimals, half up): 15.43 / 71.43, 14.00 / 62.50, 16.00 / 75.00, 11.50 / 46.88.
	 * </pre>
	 */
	@Test
	void workedAssessmentMatchesTheHandComputedScores() {
		WhoqolResult result = WhoqolBrefScoring.score(INTAKE);

		assertThat(result.scored()).isTrue();
		assertThat(result.missingItems()).isZero();
		assertThat(result.overallQualityOfLife()).isEqualTo(4);
		assertThat(result.satisfactionWithHealth()).isEqualTo(3);

		DomainScore physical = result.domain(WhoqolDomain.PHYSICAL);
		assertThat(physical.answeredItems()).isEqualTo(7);
		assertThat(physical.itemSum()).isEqualTo(27);
		assertThat(physical.score()).isEqualByComparingTo("15.42857142857143");
		assertThat(physical.transformed()).isEqualByComparingTo("71.42857142857143");
		assertThat(physical.scoreForDisplay()).isEqualTo(new BigDecimal("15.43"));
		assertThat(physical.transformedForDisplay()).isEqualTo(new BigDecimal("71.43"));

		DomainScore psychological = result.domain(WhoqolDomain.PSYCHOLOGICAL);
		assertThat(psychological.itemSum()).isEqualTo(21);
		assertThat(psychological.score()).isEqualByComparingTo("14");
		assertThat(psychological.transformed()).isEqualByComparingTo("62.5");
		assertThat(psychological.transformedForDisplay()).isEqualTo(new BigDecimal("62.50"));

		DomainScore social = result.domain(WhoqolDomain.SOCIAL);
		assertThat(social.score()).isEqualByComparingTo("16");
		assertThat(social.transformed()).isEqualByComparingTo("75");

		DomainScore environment = result.domain(WhoqolDomain.ENVIRONMENT);
		assertThat(environment.answeredItems()).isEqualTo(8);
		assertThat(environment.score()).isEqualByComparingTo("11.5");
		assertThat(environment.transformed()).isEqualByComparingTo("46.875");
		assertThat(environment.transformedForDisplay()).isEqualTo(new BigDecimal("46.88"));

		assertThat(result.instrumentCode()).isEqualTo("WHOQOL-BREF");
		assertThat(result.version()).isEqualTo("1.0");
	}

	/**
	 * The end assessment differs from intake in: Q1 5, Q2 4; physical Q3 1 (-> 5), Q4 1
	 * (-> 5), Q10 5, Q15 4, Q16 4, Q17 4, Q18 missing; social Q21 and Q22 missing.
	 *
	 * <pre>
	 * physical: 5 + 5 + 5 + 4 + 4 + 4 = 27 over 6 -> score 27 / 6 × 4 = 18, transformed 25 × 21 / 6 = 87.5
	 *   change = 18 − 108/7 = (27·7 − 27·6) / (6·7) × 4 = 27/42 × 4 = 108/42 = 2.571428571428571...
	 *   transformed change = 27/42 × 25 = 675/42 = 16.07142857142857... (= 87.5 − 71.428571...)
	 * psychological and environment unchanged: 0
	 * social: 1 of 3 answered (< 2) at the end -> unscored -> change null
	 * missing at the end: Q18, Q21, Q22 = 3 (not more than 5: the assessment is scored)
	 * Q1: 5 − 4 = 1; Q2: 4 − 3 = 1
	 * </pre>
	 */
	@Test
	void changeBetweenIntakeAndEndIsComputedPerDomain() {
		WhoqolAnswers end = without(
				INTAKE.with(1, 5).with(2, 4).with(3, 1).with(4, 1).with(10, 5).with(16, 4).with(17, 4), 18, 21, 22);
		WhoqolResult endResult = WhoqolBrefScoring.score(end);
		assertThat(endResult.missingItems()).isEqualTo(3);
		assertThat(endResult.domain(WhoqolDomain.PHYSICAL).score()).isEqualByComparingTo("18");
		assertThat(endResult.domain(WhoqolDomain.PHYSICAL).transformed()).isEqualByComparingTo("87.5");
		assertThat(endResult.domain(WhoqolDomain.SOCIAL).scored()).isFalse();

		WhoqolChange change = WhoqolChange.between(WhoqolBrefScoring.score(INTAKE), endResult);

		assertThat(change.domain(WhoqolDomain.PHYSICAL).score()).isEqualByComparingTo("2.571428571428571");
		assertThat(change.domain(WhoqolDomain.PHYSICAL).transformed()).isEqualByComparingTo("16.07142857142857");
		assertThat(change.domain(WhoqolDomain.PHYSICAL).scoreForDisplay()).isEqualTo(new BigDecimal("2.57"));
		assertThat(change.domain(WhoqolDomain.PHYSICAL).transformedForDisplay()).isEqualTo(new BigDecimal("16.07"));
		assertThat(change.domain(WhoqolDomain.PSYCHOLOGICAL).score()).isEqualByComparingTo("0");
		assertThat(change.domain(WhoqolDomain.ENVIRONMENT).transformed()).isEqualByComparingTo("0");
		assertThat(change.domain(WhoqolDomain.SOCIAL).score()).isNull();
		assertThat(change.domain(WhoqolDomain.SOCIAL).transformed()).isNull();
		assertThat(change.domain(WhoqolDomain.SOCIAL).scoreForDisplay()).isNull();
		assertThat(change.overallQualityOfLife()).isEqualTo(1);
		assertThat(change.satisfactionWithHealth()).isEqualTo(1);
	}

	@Test
	void anUnscoredAssessmentGivesNoChangeAtAll() {
		WhoqolResult unscored = WhoqolBrefScoring.score(without(INTAKE, 1, 2, 3, 5, 8, 20));
		WhoqolChange change = WhoqolChange.between(WhoqolBrefScoring.score(INTAKE), unscored);
		assertThat(change.domains()).hasSize(4).allSatisfy(domain -> {
			assertThat(domain.score()).isNull();
			assertThat(domain.transformed()).isNull();
		});
		assertThat(change.overallQualityOfLife()).isNull();
		assertThat(WhoqolChange.between(unscored, WhoqolBrefScoring.score(INTAKE)).domain(WhoqolDomain.SOCIAL).score())
			.isNull();
	}

	@Test
	void q3Q4AndQ26AreReversed() {
		// Q3 1 and Q4 1 count as 5 each, like Q10 5 and Q15 5: physical 5 + 5 + 3 × 5 =
		// 25
		WhoqolResult reversed = WhoqolBrefScoring.score(ALL_THREES.with(3, 1).with(4, 1).with(26, 1));
		WhoqolResult plain = WhoqolBrefScoring.score(ALL_THREES.with(10, 5).with(15, 5).with(5, 5));
		assertThat(reversed.domain(WhoqolDomain.PHYSICAL).itemSum()).isEqualTo(25);
		assertThat(reversed.domain(WhoqolDomain.PHYSICAL)).isEqualTo(plain.domain(WhoqolDomain.PHYSICAL));
		// Q26 1 counts as 5, like Q5 5: psychological 5 + 3 × 5 = 20 over 6, score 80/6
		assertThat(reversed.domain(WhoqolDomain.PSYCHOLOGICAL)).isEqualTo(plain.domain(WhoqolDomain.PSYCHOLOGICAL));
		assertThat(reversed.domain(WhoqolDomain.PSYCHOLOGICAL).score()).isEqualByComparingTo("13.33333333333333");
		assertThat(WhoqolBrefScoring.itemScore(3, 2)).isEqualTo(4);
		assertThat(WhoqolBrefScoring.itemScore(26, 5)).isEqualTo(1);
		assertThat(WhoqolBrefScoring.itemScore(10, 2)).isEqualTo(2);
	}

	@Test
	void theBestAndWorstAnswersGive20And4Or100And0() {
		int[] best = new int[26];
		int[] worst = new int[26];
		for (int item = 1; item <= 26; item++) {
			boolean reversed = item == 3 || item == 4 || item == 26;
			best[item - 1] = reversed ? 1 : 5;
			worst[item - 1] = reversed ? 5 : 1;
		}
		assertThat(WhoqolBrefScoring.score(WhoqolAnswers.inOrder(best)).domains()).allSatisfy(domain -> {
			assertThat(domain.score()).isEqualByComparingTo("20");
			assertThat(domain.transformed()).isEqualByComparingTo("100");
		});
		assertThat(WhoqolBrefScoring.score(WhoqolAnswers.inOrder(worst)).domains()).allSatisfy(domain -> {
			assertThat(domain.score()).isEqualByComparingTo("4");
			assertThat(domain.transformed()).isEqualByComparingTo("0");
		});
	}

	@Test
	void physicalNeedsSixAnsweredItems() {
		// 7 items; Q3 missing leaves 6 (scored, 6 × 3 / 6 × 4 = 12), Q3 and Q4 missing
		// leave 5
		assertThat(WhoqolBrefScoring.score(without(ALL_THREES, 3)).domain(WhoqolDomain.PHYSICAL).score())
			.isEqualByComparingTo("12");
		WhoqolResult five = WhoqolBrefScoring.score(without(ALL_THREES, 3, 4));
		assertThat(five.scored()).isTrue();
		assertThat(five.domain(WhoqolDomain.PHYSICAL).answeredItems()).isEqualTo(5);
		assertThat(five.domain(WhoqolDomain.PHYSICAL).scored()).isFalse();
		assertThat(five.domain(WhoqolDomain.PHYSICAL).transformed()).isNull();
		assertThat(five.domain(WhoqolDomain.PSYCHOLOGICAL).scored()).isTrue();
	}

	@Test
	void psychologicalNeedsFiveSocialTwoAndEnvironmentSix() {
		assertThat(WhoqolBrefScoring.score(without(ALL_THREES, 5)).domain(WhoqolDomain.PSYCHOLOGICAL).scored())
			.isTrue();
		assertThat(WhoqolBrefScoring.score(without(ALL_THREES, 5, 26)).domain(WhoqolDomain.PSYCHOLOGICAL).scored())
			.isFalse();
		assertThat(WhoqolBrefScoring.score(without(ALL_THREES, 21)).domain(WhoqolDomain.SOCIAL).scored()).isTrue();
		assertThat(WhoqolBrefScoring.score(without(ALL_THREES, 21, 22)).domain(WhoqolDomain.SOCIAL).scored()).isFalse();
		assertThat(WhoqolBrefScoring.score(without(ALL_THREES, 8, 25)).domain(WhoqolDomain.ENVIRONMENT).scored())
			.isTrue();
		assertThat(WhoqolBrefScoring.score(without(ALL_THREES, 8, 9, 25)).domain(WhoqolDomain.ENVIRONMENT).scored())
			.isFalse();
	}

	@Test
	void fiveMissingItemsAreScoredSixAreNot() {
		// Q1, Q2, Q3 (physical 6 left), Q5 (psychological 5 left), Q8 (environment 7
		// left)
		WhoqolResult five = WhoqolBrefScoring.score(without(ALL_THREES, 1, 2, 3, 5, 8));
		assertThat(five.missingItems()).isEqualTo(5);
		assertThat(five.scored()).isTrue();
		assertThat(five.domains()).allSatisfy(domain -> assertThat(domain.scored()).isTrue());
		assertThat(five.overallQualityOfLife()).isNull();

		// one more (Q9): every domain still has enough items, but 6 of 26 are missing
		WhoqolResult six = WhoqolBrefScoring.score(without(ALL_THREES, 1, 2, 3, 5, 8, 9));
		assertThat(six.missingItems()).isEqualTo(6);
		assertThat(six.scored()).isFalse();
		assertThat(six.domains()).allSatisfy(domain -> {
			assertThat(domain.answeredItems()).isGreaterThanOrEqualTo(domain.domain().minimumAnswered());
			assertThat(domain.score()).isNull();
			assertThat(domain.transformed()).isNull();
		});

		WhoqolResult q1Kept = WhoqolBrefScoring.score(without(ALL_THREES, 2, 3, 5, 8, 9, 10));
		assertThat(q1Kept.scored()).isFalse();
		assertThat(q1Kept.overallQualityOfLife()).isNull();
	}

	@Test
	void answersOutsideOneToFiveCountAsMissing() {
		WhoqolAnswers outOfRange = ALL_THREES.with(3, 0).with(4, 6).with(10, -1);
		WhoqolResult result = WhoqolBrefScoring.score(outOfRange);
		assertThat(result.missingItems()).isEqualTo(3);
		assertThat(result.domain(WhoqolDomain.PHYSICAL).answeredItems()).isEqualTo(4);
		assertThat(result.domain(WhoqolDomain.PHYSICAL).scored()).isFalse();
		assertThat(result).isEqualTo(WhoqolBrefScoring.score(without(ALL_THREES, 3, 4, 10)));

		WhoqolResult sixOut = WhoqolBrefScoring
			.score(ALL_THREES.with(1, 0).with(2, 7).with(5, 99).with(8, -3).with(12, 10).with(20, 6));
		assertThat(sixOut.scored()).isFalse();
		assertThat(sixOut.missingItems()).isEqualTo(6);
	}

	@Test
	void formAnswersAreReadByItem() {
		// q7 "x" and q9 "" are no answers; q8 "9" is out of range: 3 missing
		WhoqolAnswers answers = WhoqolAnswers.fromForm(Map.of("q1", "4", "q2", " 5 ", "q7", "x", "q8", "9", "q9", ""));
		assertThat(answers.valid(1)).hasValue(4);
		assertThat(answers.valid(2)).hasValue(5);
		assertThat(answers.valid(7)).isEmpty();
		assertThat(answers.valid(8)).isEmpty();
		assertThat(answers.missingCount()).isEqualTo(24);
		assertThat(WhoqolAnswers.fromForm(INTAKE.toForm())).isEqualTo(INTAKE);

		for (String unknown : new String[] { "q0", "q27", "Q1", "physical" }) {
			assertThatThrownBy(() -> WhoqolAnswers.fromForm(Map.of(unknown, "3")))
				.isInstanceOfSatisfying(RuleViolation.class, ex -> {
					assertThat(ex.field()).isEqualTo(unknown);
					assertThat(ex.messageKey()).isEqualTo("instrument.error.unknownItem");
				});
		}
		assertThatThrownBy(() -> WhoqolAnswers.none().with(27, 3)).isInstanceOf(RuleViolation.class);
	}

}
