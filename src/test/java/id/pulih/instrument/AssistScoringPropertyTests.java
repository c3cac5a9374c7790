package id.pulih.instrument;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import id.pulih.shared.RuleViolation;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Properties of the ASSIST scoring over every interview the skip rules allow: the score
 * is the sum of the points of the answers asked, stays within its bounds, falls in the
 * risk band of its substance; skipped questions never count and may not be answered; the
 * form definition asks exactly what the scoring expects.
 */
class AssistScoringPropertyTests {

	/**
	 * The points of DOMAIN.md, written out again so the scoring is checked against them.
	 */
	private static final int[][] FREQUENCY_POINTS = { { 0, 2, 3, 4, 6 }, // Q2
			{ 0, 3, 4, 5, 6 }, // Q3
			{ 0, 4, 5, 6, 7 }, // Q4
			{ 0, 5, 6, 7, 8 } }; // Q5

	private static final int[] YES_NO_WHEN_POINTS = { 0, 6, 3 };

	@Provide
	Arbitrary<AssistAnswers> interviews() {
		List<Arbitrary<SubstanceAnswers>> perSubstance = new ArrayList<>();
		for (Substance substance : Substance.values()) {
			perSubstance.add(substanceAnswers(substance));
		}
		return Combinators.combine(perSubstance).as(list -> {
			Map<Substance, SubstanceAnswers> map = new EnumMap<>(Substance.class);
			for (int i = 0; i < list.size(); i++) {
				map.put(Substance.values()[i], list.get(i));
			}
			return new AssistAnswers(map, null, null);
		}).flatMap(answers -> {
			boolean anyUsed = answers.substances().values().stream().anyMatch(a -> a.q1() == YesNo.YES);
			if (!anyUsed) {
				return Arbitraries.just(answers);
			}
			return Arbitraries.of(YesNoWhen.class)
				.flatMap(q8 -> (q8 == YesNoWhen.YES_IN_PAST_3_MONTHS)
						? Arbitraries.of(InjectionPattern.class).map(pattern -> answers.withInjection(q8, pattern))
						: Arbitraries.just(answers.withInjection(q8, null)));
		});
	}

	private static Arbitrary<SubstanceAnswers> substanceAnswers(Substance substance) {
		Arbitrary<YesNoWhen> yesNoWhen = Arbitraries.of(YesNoWhen.class);
		Arbitrary<Frequency> frequency = Arbitraries.of(Frequency.class);
		Arbitrary<Frequency> used = frequency.filter(f -> f != Frequency.NEVER);
		Arbitrary<SubstanceAnswers> neverUsed = Arbitraries.just(SubstanceAnswers.neverUsed());
		Arbitrary<SubstanceAnswers> notRecently = Combinators.combine(yesNoWhen, yesNoWhen)
			.as(SubstanceAnswers::notUsedInPast3Months);
		Arbitrary<SubstanceAnswers> recently = substance.asksFailedExpectations()
				? Combinators.combine(used, frequency, frequency, frequency, yesNoWhen, yesNoWhen)
					.as(SubstanceAnswers::usedInPast3Months)
				: Combinators.combine(used, frequency, frequency, yesNoWhen, yesNoWhen)
					.as((q2, q3, q4, q6, q7) -> SubstanceAnswers.usedInPast3Months(q2, q3, q4, null, q6, q7));
		return Arbitraries.frequencyOf(Tuple.of(3, neverUsed), Tuple.of(2, notRecently), Tuple.of(5, recently));
	}

	/** The involvement score straight from the answer sheet's points. */
	private static int expectedScore(SubstanceAnswers a) {
		if (a.q1() != YesNo.YES) {
			return 0;
		}
		int score = 0;
		Frequency[] frequencies = { a.q2(), a.q3(), a.q4(), a.q5() };
		for (int i = 0; i < frequencies.length; i++) {
			if (frequencies[i] != null) {
				score += FREQUENCY_POINTS[i][frequencies[i].ordinal()];
			}
		}
		return score + YES_NO_WHEN_POINTS[a.q6().ordinal()] + YES_NO_WHEN_POINTS[a.q7().ordinal()];
	}

	@Property
	void theScoreIsTheSumOfThePointsOfTheQuestionsAsked(@ForAll("interviews") AssistAnswers answers) {
		AssistResult result = AssistScoring.score(answers);
		for (Substance substance : Substance.values()) {
			assertThat(result.involvement(substance).score()).as(substance.code())
				.isEqualTo(expectedScore(answers.substance(substance)));
		}
	}

	@Property
	void scoresStayWithin0To39And0To31ForTobacco(@ForAll("interviews") AssistAnswers answers) {
		AssistResult result = AssistScoring.score(answers);
		for (SubstanceInvolvement involvement : result.substances()) {
			int maximum = (involvement.substance() == Substance.TOBACCO) ? 31 : 39;
			assertThat(involvement.score()).isBetween(0, maximum);
		}
	}

	@Property
	void everyScoreFallsInTheRiskBandOfItsSubstance(@ForAll Substance substance,
			@ForAll @IntRange(min = 0, max = 39) int score) {
		int moderateFrom = (substance == Substance.ALCOHOL) ? 11 : 4;
		RiskLevel expected = (score >= 27) ? RiskLevel.HIGH
				: (score >= moderateFrom) ? RiskLevel.MODERATE : RiskLevel.LOW;
		assertThat(substance.riskFor(score)).isEqualTo(expected);
	}

	@Property
	void theRiskOfEverySubstanceFollowsItsScore(@ForAll("interviews") AssistAnswers answers) {
		for (SubstanceInvolvement involvement : AssistScoring.score(answers).substances()) {
			assertThat(involvement.risk()).isEqualTo(involvement.substance().riskFor(involvement.score()));
			assertThat(involvement.intervention()).isEqualTo(involvement.risk().intervention());
		}
	}

	@Property
	void aSubstanceNotUsedInThePast3MonthsScoresOnlyQ6AndQ7(@ForAll("interviews") AssistAnswers answers) {
		AssistResult result = AssistScoring.score(answers);
		for (Substance substance : Substance.values()) {
			SubstanceAnswers a = answers.substance(substance);
			if (a.q2() == Frequency.NEVER) {
				assertThat(result.involvement(substance).score()).isEqualTo(a.q6().points() + a.q7().points())
					.isLessThanOrEqualTo(12);
			}
			if (a.q1() == YesNo.NO) {
				assertThat(result.involvement(substance).score()).isZero();
			}
		}
	}

	@Property
	void theOverallRiskIsTheHighestRiskExceptTobacco(@ForAll("interviews") AssistAnswers answers,
			@ForAll("tobaccoAnswers") SubstanceAnswers otherTobacco) {
		AssistResult result = AssistScoring.score(answers);
		RiskLevel highest = result.substances()
			.stream()
			.filter(involvement -> involvement.substance() != Substance.TOBACCO)
			.map(SubstanceInvolvement::risk)
			.max(Enum::compareTo)
			.orElseThrow();
		assertThat(result.overallRisk()).isEqualTo(highest);
		assertThat(result.ibmRoute()).isEqualTo((highest == RiskLevel.LOW) ? IbmRoute.IBM_SERVICES : IbmRoute.REFERRAL);

		AssistAnswers changedTobacco = answers.with(Substance.TOBACCO, otherTobacco);
		boolean anyUsed = changedTobacco.substances().values().stream().anyMatch(a -> a.q1() == YesNo.YES);
		if (!anyUsed) {
			changedTobacco = changedTobacco.withInjection(null, null);
		}
		else if (changedTobacco.q8() == null) {
			changedTobacco = changedTobacco.withInjection(YesNoWhen.NO_NEVER, null);
		}
		assertThat(AssistScoring.score(changedTobacco).overallRisk()).isEqualTo(result.overallRisk());
	}

	@Provide
	Arbitrary<SubstanceAnswers> tobaccoAnswers() {
		return substanceAnswers(Substance.TOBACCO);
	}

	@Property
	void injectionAdviceIsGivenOnlyForInjectionInThePast3Months(@ForAll("interviews") AssistAnswers answers) {
		AssistResult result = AssistScoring.score(answers);
		if (answers.q8() == YesNoWhen.YES_IN_PAST_3_MONTHS) {
			assertThat(result.injectionAdvice()).isEqualTo(answers.q8Pattern().advice());
		}
		else {
			assertThat(result.injectionAdvice()).isNull();
		}
	}

	@Property
	void leavingOutAnyAnswerGivenIsRefusedAsRequired(@ForAll("interviews") AssistAnswers answers,
			@ForAll @IntRange(min = 0, max = 1000) int pick) {
		Map<String, String> form = answers.toForm();
		String field = new ArrayList<>(form.keySet()).get(pick % form.size());
		form.remove(field);
		assertThatThrownBy(() -> AssistScoring.score(AssistAnswers.fromForm(form)))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo(field);
				assertThat(ex.messageKey()).isEqualTo("instrument.error.answerRequired");
			});
	}

	@Property
	void answeringAQuestionThatWasSkippedIsRefused(@ForAll("interviews") AssistAnswers answers,
			@ForAll Substance substance, @ForAll @IntRange(min = 2, max = 7) int question) {
		String field = AssistAnswers.path(substance, question);
		Map<String, String> form = answers.toForm();
		Assume.that(!form.containsKey(field));
		form.put(field, (question <= 5) ? Frequency.NEVER.name() : YesNoWhen.NO_NEVER.name());
		assertThatThrownBy(() -> AssistScoring.score(AssistAnswers.fromForm(form)))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo(field);
				assertThat(ex.messageKey()).isEqualTo("instrument.error.answerNotAsked");
			});
	}

	@Property
	void theFormAsksExactlyTheQuestionsTheScoringExpects(@ForAll("interviews") AssistAnswers answers) {
		InstrumentDefinition definition = AssistQuestionnaire.DEFINITION;
		Map<String, String> form = answers.toForm();
		List<String> asked = definition.itemsAsked(form).stream().map(InstrumentDefinition.Item::id).toList();
		assertThat(new LinkedHashSet<>(asked)).isEqualTo(form.keySet());
		for (Map.Entry<String, String> answer : form.entrySet()) {
			assertThat(definition.item(answer.getKey()).orElseThrow().option(answer.getValue())).isPresent();
		}
	}

	@Property
	void formAnswersScoreLikeTypedAnswers(@ForAll("interviews") AssistAnswers answers) {
		AssistAnswers read = AssistAnswers.fromForm(answers.toForm());
		assertThat(read).isEqualTo(answers);
		assertThat(new Instruments().score("ASSIST", answers.toForm())).isEqualTo(AssistScoring.score(answers));
	}

	@Property
	void theDefinitionPointsAreTheScoringPoints(@ForAll("interviews") AssistAnswers answers) {
		// adding up the points the form shows for each chosen answer gives the score
		InstrumentDefinition definition = AssistQuestionnaire.DEFINITION;
		AssistResult result = AssistScoring.score(answers);
		for (Substance substance : Substance.values()) {
			int fromDefinition = 0;
			for (int question = 2; question <= 7; question++) {
				String value = answers.toForm().get(AssistAnswers.path(substance, question));
				if (value != null) {
					fromDefinition += definition.item(AssistAnswers.path(substance, question))
						.orElseThrow()
						.option(value)
						.orElseThrow()
						.points();
				}
			}
			assertThat(result.involvement(substance).score()).isEqualTo(fromDefinition);
		}
	}

}
