package id.pulih.instrument;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import id.pulih.instrument.WhoqolResult.DomainScore;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Properties of the WHOQOL-BREF scoring over any answers, including missing and
 * out-of-range ones: scores stay within 4 to 20 and 0 to 100, the two scales agree,
 * scoring follows the missing-item rules, out-of-range equals missing, and a better
 * answer always raises a scored domain.
 */
class WhoqolBrefScoringPropertyTests {

	/** Each item: mostly 1 to 5, sometimes missing, sometimes out of range. */
	@Provide
	Arbitrary<WhoqolAnswers> assessments() {
		Arbitrary<Integer> answer = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.integers().between(1, 5)),
				Tuple.of(1, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(-50, 50)));
		return answer.list().ofSize(26).map(list -> {
			Map<Integer, Integer> items = new TreeMap<>();
			for (int i = 0; i < list.size(); i++) {
				if (list.get(i) != 0) {
					items.put(i + 1, list.get(i));
				}
			}
			return new WhoqolAnswers(items);
		});
	}

	@Property
	void scoredDomainsStayWithin4To20And0To100(@ForAll("assessments") WhoqolAnswers answers) {
		for (DomainScore domain : WhoqolBrefScoring.score(answers).domains()) {
			if (domain.scored()) {
				assertThat(domain.score()).isBetween(BigDecimal.valueOf(4), BigDecimal.valueOf(20));
				assertThat(domain.transformed()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
			}
		}
	}

	@Property
	void theTransformedScoreIsScoreMinus4Times100Over16(@ForAll("assessments") WhoqolAnswers answers) {
		for (DomainScore domain : WhoqolBrefScoring.score(answers).domains()) {
			if (domain.scored()) {
				double expected = (domain.score().doubleValue() - 4) * 100 / 16;
				assertThat(domain.transformed().doubleValue()).isCloseTo(expected, within(1e-9));
			}
		}
	}

	@Property
	void theScoreIsFourTimesTheMeanOfTheAnsweredItems(@ForAll("assessments") WhoqolAnswers answers) {
		WhoqolResult result = WhoqolBrefScoring.score(answers);
		for (WhoqolDomain domain : WhoqolDomain.values()) {
			List<Integer> answered = domain.items()
				.stream()
				.filter(item -> answers.valid(item).isPresent())
				.map(item -> List.of(3, 4, 26).contains(item) ? 6 - answers.valid(item).getAsInt()
						: answers.valid(item).getAsInt())
				.toList();
			DomainScore score = result.domain(domain);
			assertThat(score.answeredItems()).isEqualTo(answered.size());
			boolean expectScored = result.missingItems() <= 5 && answered.size() >= domain.minimumAnswered();
			assertThat(score.scored()).isEqualTo(expectScored);
			if (expectScored) {
				double mean = answered.stream().mapToInt(Integer::intValue).average().orElseThrow();
				assertThat(score.score().doubleValue()).isCloseTo(mean * 4, within(1e-12));
			}
		}
	}

	@Property
	void anAssessmentIsScoredOnlyWithAtMostFiveItemsMissing(@ForAll("assessments") WhoqolAnswers answers) {
		WhoqolResult result = WhoqolBrefScoring.score(answers);
		long missing = IntStream.rangeClosed(1, 26).filter(item -> answers.valid(item).isEmpty()).count();
		assertThat(result.missingItems()).isEqualTo((int) missing);
		assertThat(result.scored()).isEqualTo(missing <= 5);
		if (!result.scored()) {
			assertThat(result.domains()).noneMatch(DomainScore::scored);
			assertThat(result.overallQualityOfLife()).isNull();
			assertThat(result.satisfactionWithHealth()).isNull();
		}
	}

	@Property
	void anOutOfRangeAnswerScoresLikeNoAnswer(@ForAll("assessments") WhoqolAnswers answers,
			@ForAll @IntRange(min = 1, max = 26) int item, @ForAll("outOfRange") int value) {
		assertThat(WhoqolBrefScoring.score(answers.with(item, value)))
			.isEqualTo(WhoqolBrefScoring.score(answers.without(item)));
	}

	@Provide
	Arbitrary<Integer> outOfRange() {
		return Arbitraries.oneOf(Arbitraries.integers().between(Integer.MIN_VALUE, 0),
				Arbitraries.integers().between(6, Integer.MAX_VALUE));
	}

	@Property
	void aBetterAnswerRaisesItsDomain(@ForAll("assessments") WhoqolAnswers answers,
			@ForAll @IntRange(min = 3, max = 26) int item, @ForAll @IntRange(min = 1, max = 4) int answer) {
		WhoqolDomain domain = domainOf(item);
		boolean reversed = item == 3 || item == 4 || item == 26;
		// raising a plain item's answer, or lowering a reversed item's answer, is better
		int worse = reversed ? answer + 1 : answer;
		int better = reversed ? answer : answer + 1;
		DomainScore before = WhoqolBrefScoring.score(answers.with(item, worse)).domain(domain);
		DomainScore after = WhoqolBrefScoring.score(answers.with(item, better)).domain(domain);
		Assume.that(before.scored());
		assertThat(after.scored()).isTrue();
		assertThat(after.score()).isGreaterThan(before.score());
		assertThat(after.transformed()).isGreaterThan(before.transformed());
	}

	@Property
	void changeIsEndMinusIntakeAndReversesWithTheirOrder(@ForAll("assessments") WhoqolAnswers intake,
			@ForAll("assessments") WhoqolAnswers end) {
		WhoqolResult before = WhoqolBrefScoring.score(intake);
		WhoqolResult after = WhoqolBrefScoring.score(end);
		WhoqolChange forward = WhoqolChange.between(before, after);
		WhoqolChange backward = WhoqolChange.between(after, before);
		for (WhoqolDomain domain : WhoqolDomain.values()) {
			WhoqolChange.DomainChange change = forward.domain(domain);
			boolean both = before.domain(domain).scored() && after.domain(domain).scored();
			assertThat(change.score() != null).isEqualTo(both);
			assertThat(change.transformed() != null).isEqualTo(both);
			if (both) {
				assertThat(change.score().doubleValue()).isCloseTo(
						after.domain(domain).score().doubleValue() - before.domain(domain).score().doubleValue(),
						within(1e-9));
				assertThat(change.transformed().doubleValue())
					.isCloseTo(after.domain(domain).transformed().doubleValue()
							- before.domain(domain).transformed().doubleValue(), within(1e-9));
				assertThat(backward.domain(domain).score()).isEqualByComparingTo(change.score().negate());
			}
		}
		assertThat(WhoqolChange.between(before, before).domains())
			.allSatisfy(change -> assertThat(change.score() == null || change.score().signum() == 0).isTrue());
	}

	@Property
	void formAnswersScoreLikeTypedAnswers(@ForAll("assessments") WhoqolAnswers answers) {
		assertThat(WhoqolAnswers.fromForm(answers.toForm())).isEqualTo(answers);
		assertThat(new Instruments().score("WHOQOL-BREF", answers.toForm()))
			.isEqualTo(WhoqolBrefScoring.score(answers));
	}

	private static WhoqolDomain domainOf(int item) {
		for (WhoqolDomain domain : WhoqolDomain.values()) {
			if (domain.items().contains(item)) {
				return domain;
			}
		}
		throw new IllegalArgumentException("Item " + item + " is in no domain");
	}

}
