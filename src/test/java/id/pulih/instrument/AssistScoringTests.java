package id.pulih.instrument;

import java.util.Map;

import id.pulih.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static id.pulih.instrument.Frequency.DAILY_OR_ALMOST_DAILY;
import static id.pulih.instrument.Frequency.MONTHLY;
import static id.pulih.instrument.Frequency.NEVER;
import static id.pulih.instrument.Frequency.ONCE_OR_TWICE;
import static id.pulih.instrument.Frequency.WEEKLY;
import static id.pulih.instrument.YesNoWhen.NO_NEVER;
import static id.pulih.instrument.YesNoWhen.YES_IN_PAST_3_MONTHS;
import static id.pulih.instrument.YesNoWhen.YES_NOT_IN_PAST_3_MONTHS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The WHO ASSIST v3.0 scoring rules, example by example: a whole worked interview, every
 * risk threshold edge, every skip path and every refused answer.
 */
class AssistScoringTests {

	/** Only the given substance used; every other substance never used; no injecting. */
	private static AssistAnswers only(Substance substance, SubstanceAnswers answers) {
		return AssistAnswers.neverUsedAnything().with(substance, answers).withInjection(NO_NEVER, null);
	}

	private static SubstanceInvolvement score(Substance substance, SubstanceAnswers answers) {
		return AssistScoring.score(only(substance, answers)).involvement(substance);
	}

	private static void assertViolation(AssistAnswers answers, String field, String key) {
		assertThatThrownBy(() -> AssistScoring.score(answers)).isInstanceOfSatisfying(RuleViolation.class, ex -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.messageKey()).isEqualTo(key);
		});
	}

	/**
	 * A worked interview, scored by hand with the rule of the WHO ASSIST v3.0 manual (for
	 * each substance add up the points of Q2 to Q7, leaving out Q1 and Q8; Q5 is not
	 * coded for tobacco, so tobacco is Q2a+Q3a+Q4a+Q6a+Q7a) and the points of its answer
	 * sheet.
	 *
	 * <pre>
	 * substance    Q2                Q3               Q4               Q5               Q6             Q7             score  risk
	 * tobacco      daily        6    daily       6    never       0    (not asked)      yes, 3 mo  6   yes, not 3 mo 3   6+6+0+6+3       = 21  moderate (4-26)
	 * alcohol      weekly       4    monthly     4    once/twice  4    once/twice  5    no         0   no            0   4+4+4+5+0+0     = 17  moderate (11-26)
	 * cannabis     never        0    (skipped)   0    (skipped)   0    (skipped)   0    yes, not 3 3   no            0   0+0+0+0+3+0     =  3  low (0-3)
	 * amphetamines weekly       4    weekly      5    monthly     5    monthly     6    yes, 3 mo  6   yes, 3 mo     6   4+5+5+6+6+6     = 32  high (27+)
	 * others       Q1 no: nothing asked                                                                                                  0  low
	 * Q8: yes, in the past 3 months (coded 2, not scored); pattern more than weekly
	 *   -> further assessment and more intensive treatment.
	 * Overall (tobacco excluded): max(moderate, low, high, low...) = high -> referral.
	 * </pre>
	 */
	@Test
	void workedInterviewMatchesTheHandComputedScores() {
		AssistAnswers answers = AssistAnswers.neverUsedAnything()
			.with(Substance.TOBACCO,
					SubstanceAnswers.usedInPast3Months(DAILY_OR_ALMOST_DAILY, DAILY_OR_ALMOST_DAILY, NEVER, null,
							YES_IN_PAST_3_MONTHS, YES_NOT_IN_PAST_3_MONTHS))
			.with(Substance.ALCOHOL,
					SubstanceAnswers.usedInPast3Months(WEEKLY, MONTHLY, ONCE_OR_TWICE, ONCE_OR_TWICE, NO_NEVER,
							NO_NEVER))
			.with(Substance.CANNABIS, SubstanceAnswers.notUsedInPast3Months(YES_NOT_IN_PAST_3_MONTHS, NO_NEVER))
			.with(Substance.AMPHETAMINES,
					SubstanceAnswers.usedInPast3Months(WEEKLY, WEEKLY, MONTHLY, MONTHLY, YES_IN_PAST_3_MONTHS,
							YES_IN_PAST_3_MONTHS))
			.withInjection(YES_IN_PAST_3_MONTHS, InjectionPattern.MORE_THAN_WEEKLY);

		AssistResult result = AssistScoring.score(answers);

		assertThat(result.involvement(Substance.TOBACCO).score()).isEqualTo(21);
		assertThat(result.involvement(Substance.TOBACCO).risk()).isEqualTo(RiskLevel.MODERATE);
		assertThat(result.involvement(Substance.ALCOHOL).score()).isEqualTo(17);
		assertThat(result.involvement(Substance.ALCOHOL).risk()).isEqualTo(RiskLevel.MODERATE);
		assertThat(result.involvement(Substance.ALCOHOL).intervention()).isEqualTo(Intervention.BRIEF_INTERVENTION);
		assertThat(result.involvement(Substance.CANNABIS).score()).isEqualTo(3);
		assertThat(result.involvement(Substance.CANNABIS).risk()).isEqualTo(RiskLevel.LOW);
		assertThat(result.involvement(Substance.CANNABIS).everUsed()).isTrue();
		assertThat(result.involvement(Substance.CANNABIS).usedInPast3Months()).isFalse();
		assertThat(result.involvement(Substance.AMPHETAMINES).score()).isEqualTo(32);
		assertThat(result.involvement(Substance.AMPHETAMINES).intervention())
			.isEqualTo(Intervention.BRIEF_INTERVENTION_AND_REFERRAL);
		assertThat(result.involvement(Substance.OPIOIDS).score()).isZero();
		assertThat(result.involvement(Substance.OPIOIDS).everUsed()).isFalse();
		assertThat(result.injection()).isEqualTo(YES_IN_PAST_3_MONTHS);
		assertThat(result.injection().injectionCode()).isEqualTo(2);
		assertThat(result.injectionAdvice()).isEqualTo(InjectionAdvice.FURTHER_ASSESSMENT_AND_INTENSIVE_TREATMENT);
		assertThat(result.overallRisk()).isEqualTo(RiskLevel.HIGH);
		assertThat(result.ibmRoute()).isEqualTo(IbmRoute.REFERRAL);
		assertThat(result.instrumentCode()).isEqualTo("ASSIST");
		assertThat(result.version()).isEqualTo("3.0");
	}

	@Test
	void alcoholIsLowUpTo10AndModerateFrom11() {
		// weekly 4 + once or twice 3 + never 0 + never 0 + yes, not in 3 months 3 + no 0
		// = 10
		SubstanceInvolvement ten = score(Substance.ALCOHOL, SubstanceAnswers.usedInPast3Months(WEEKLY, ONCE_OR_TWICE,
				NEVER, NEVER, YES_NOT_IN_PAST_3_MONTHS, NO_NEVER));
		// once or twice 2 + once or twice 3 + never 0 + never 0 + yes, in 3 months 6 + no
		// 0 =
		// 11
		SubstanceInvolvement eleven = score(Substance.ALCOHOL, SubstanceAnswers.usedInPast3Months(ONCE_OR_TWICE,
				ONCE_OR_TWICE, NEVER, NEVER, YES_IN_PAST_3_MONTHS, NO_NEVER));
		assertThat(ten.score()).isEqualTo(10);
		assertThat(ten.risk()).isEqualTo(RiskLevel.LOW);
		assertThat(ten.intervention()).isEqualTo(Intervention.GENERAL_HEALTH_ADVICE);
		assertThat(eleven.score()).isEqualTo(11);
		assertThat(eleven.risk()).isEqualTo(RiskLevel.MODERATE);
	}

	@Test
	void alcoholIsModerateUpTo26AndHighFrom27() {
		// daily 6 + daily 6 + monthly 5 + never 0 + yes, in 3 months 6 + yes, not in 3
		// months 3
		// = 26
		SubstanceInvolvement twentySix = score(Substance.ALCOHOL,
				SubstanceAnswers.usedInPast3Months(DAILY_OR_ALMOST_DAILY, DAILY_OR_ALMOST_DAILY, MONTHLY, NEVER,
						YES_IN_PAST_3_MONTHS, YES_NOT_IN_PAST_3_MONTHS));
		// the same with Q4 weekly 6 = 27
		SubstanceInvolvement twentySeven = score(Substance.ALCOHOL,
				SubstanceAnswers.usedInPast3Months(DAILY_OR_ALMOST_DAILY, DAILY_OR_ALMOST_DAILY, WEEKLY, NEVER,
						YES_IN_PAST_3_MONTHS, YES_NOT_IN_PAST_3_MONTHS));
		assertThat(twentySix.score()).isEqualTo(26);
		assertThat(twentySix.risk()).isEqualTo(RiskLevel.MODERATE);
		assertThat(twentySeven.score()).isEqualTo(27);
		assertThat(twentySeven.risk()).isEqualTo(RiskLevel.HIGH);
		assertThat(twentySeven.intervention()).isEqualTo(Intervention.BRIEF_INTERVENTION_AND_REFERRAL);
	}

	@ParameterizedTest
	@EnumSource(value = Substance.class, names = { "ALCOHOL", "TOBACCO" }, mode = EnumSource.Mode.EXCLUDE)
	void otherSubstancesAreLowUpTo3AndModerateFrom4(Substance substance) {
		// Q2 never: Q3-Q5 skipped; Q6 yes, not in 3 months 3 + Q7 no 0 = 3
		SubstanceInvolvement three = score(substance,
				SubstanceAnswers.notUsedInPast3Months(YES_NOT_IN_PAST_3_MONTHS, NO_NEVER));
		// weekly 4 + never 0 + never 0 + never 0 + no 0 + no 0 = 4
		SubstanceInvolvement four = score(substance,
				SubstanceAnswers.usedInPast3Months(WEEKLY, NEVER, NEVER, NEVER, NO_NEVER, NO_NEVER));
		assertThat(three.score()).isEqualTo(3);
		assertThat(three.risk()).isEqualTo(RiskLevel.LOW);
		assertThat(four.score()).isEqualTo(4);
		assertThat(four.risk()).isEqualTo(RiskLevel.MODERATE);
		assertThat(four.intervention()).isEqualTo(Intervention.BRIEF_INTERVENTION);
	}

	@ParameterizedTest
	@EnumSource(value = Substance.class, names = { "ALCOHOL", "TOBACCO" }, mode = EnumSource.Mode.EXCLUDE)
	void otherSubstancesAreModerateUpTo26AndHighFrom27(Substance substance) {
		// daily 6 + daily 6 + monthly 5 + never 0 + yes, in 3 months 6 + yes, not 3 = 26
		SubstanceInvolvement twentySix = score(substance, SubstanceAnswers.usedInPast3Months(DAILY_OR_ALMOST_DAILY,
				DAILY_OR_ALMOST_DAILY, MONTHLY, NEVER, YES_IN_PAST_3_MONTHS, YES_NOT_IN_PAST_3_MONTHS));
		// weekly 4 + weekly 5 + weekly 6 + monthly 6 + yes, in 3 months 6 + no 0 = 27
		SubstanceInvolvement twentySeven = score(substance,
				SubstanceAnswers.usedInPast3Months(WEEKLY, WEEKLY, WEEKLY, MONTHLY, YES_IN_PAST_3_MONTHS, NO_NEVER));
		assertThat(twentySix.score()).isEqualTo(26);
		assertThat(twentySix.risk()).isEqualTo(RiskLevel.MODERATE);
		assertThat(twentySeven.score()).isEqualTo(27);
		assertThat(twentySeven.risk()).isEqualTo(RiskLevel.HIGH);
	}

	@Test
	void tobaccoIsScoredWithoutQ5WithTheThresholdsOfOtherSubstances() {
		// Q2 never; Q6 yes, not in 3 months 3 = 3 (low); weekly 4 alone = 4 (moderate)
		assertThat(score(Substance.TOBACCO, SubstanceAnswers.notUsedInPast3Months(YES_NOT_IN_PAST_3_MONTHS, NO_NEVER))
			.risk()).isEqualTo(RiskLevel.LOW);
		assertThat(score(Substance.TOBACCO,
				SubstanceAnswers.usedInPast3Months(WEEKLY, NEVER, NEVER, null, NO_NEVER, NO_NEVER))
			.risk()).isEqualTo(RiskLevel.MODERATE);
		// daily 6 + daily 6 + monthly 5 + yes, in 3 months 6 + yes, not in 3 months 3 =
		// 26
		SubstanceInvolvement twentySix = score(Substance.TOBACCO,
				SubstanceAnswers.usedInPast3Months(DAILY_OR_ALMOST_DAILY, DAILY_OR_ALMOST_DAILY, MONTHLY, null,
						YES_IN_PAST_3_MONTHS, YES_NOT_IN_PAST_3_MONTHS));
		// Q4 weekly 6 instead = 27
		SubstanceInvolvement twentySeven = score(Substance.TOBACCO,
				SubstanceAnswers.usedInPast3Months(DAILY_OR_ALMOST_DAILY, DAILY_OR_ALMOST_DAILY, WEEKLY, null,
						YES_IN_PAST_3_MONTHS, YES_NOT_IN_PAST_3_MONTHS));
		assertThat(twentySix.score()).isEqualTo(26);
		assertThat(twentySix.risk()).isEqualTo(RiskLevel.MODERATE);
		assertThat(twentySeven.score()).isEqualTo(27);
		assertThat(twentySeven.risk()).isEqualTo(RiskLevel.HIGH);
	}

	@Test
	void theHighestAnswersScore39Or31ForTobacco() {
		// 6 + 6 + 7 + 8 + 6 + 6 = 39; tobacco without Q5: 6 + 6 + 7 + 6 + 6 = 31
		SubstanceAnswers highest = SubstanceAnswers.usedInPast3Months(DAILY_OR_ALMOST_DAILY, DAILY_OR_ALMOST_DAILY,
				DAILY_OR_ALMOST_DAILY, DAILY_OR_ALMOST_DAILY, YES_IN_PAST_3_MONTHS, YES_IN_PAST_3_MONTHS);
		assertThat(score(Substance.OPIOIDS, highest).score()).isEqualTo(39);
		assertThat(
				score(Substance.TOBACCO,
						new SubstanceAnswers(YesNo.YES, DAILY_OR_ALMOST_DAILY, DAILY_OR_ALMOST_DAILY,
								DAILY_OR_ALMOST_DAILY, null, YES_IN_PAST_3_MONTHS, YES_IN_PAST_3_MONTHS))
					.score())
			.isEqualTo(31);
		assertThat(Substance.TOBACCO.maximumScore()).isEqualTo(31);
		assertThat(Substance.OPIOIDS.maximumScore()).isEqualTo(39);
	}

	@Test
	void whenNothingWasEverUsedTheInterviewEndsAtQ1() {
		AssistResult result = AssistScoring.score(AssistAnswers.neverUsedAnything());
		assertThat(result.everUsedAny()).isFalse();
		assertThat(result.substances()).hasSize(10)
			.allSatisfy(involvement -> assertThat(involvement.score()).isZero())
			.allSatisfy(involvement -> assertThat(involvement.risk()).isEqualTo(RiskLevel.LOW));
		assertThat(result.injection()).isNull();
		assertThat(result.injectionAdvice()).isNull();
		assertThat(result.overallRisk()).isEqualTo(RiskLevel.LOW);
		assertThat(result.ibmRoute()).isEqualTo(IbmRoute.IBM_SERVICES);
		assertViolation(AssistAnswers.neverUsedAnything().withInjection(NO_NEVER, null), "q8",
				"instrument.error.answerNotAsked");
		assertViolation(AssistAnswers.neverUsedAnything().withInjection(null, InjectionPattern.WEEKLY_OR_LESS),
				"q8Pattern", "instrument.error.answerNotAsked");
	}

	@Test
	void aSubstanceNeverUsedIsAskedNothingMore() {
		AssistAnswers answers = only(Substance.CANNABIS, SubstanceAnswers.neverUsed()).with(Substance.ALCOHOL,
				SubstanceAnswers.notUsedInPast3Months(NO_NEVER, NO_NEVER));
		assertThat(AssistScoring.score(answers).involvement(Substance.CANNABIS).score()).isZero();
		for (int question = 2; question <= 7; question++) {
			Map<String, String> form = answers.toForm();
			form.put(AssistAnswers.path(Substance.CANNABIS, question), (question <= 5) ? "NEVER" : "NO_NEVER");
			String field = "substances.cannabis.q" + question;
			assertViolation(AssistAnswers.fromForm(form), field, "instrument.error.answerNotAsked");
		}
	}

	@Test
	void whenQ2IsNeverQ3ToQ5AreSkippedButQ6AndQ7StillCount() {
		// Q2 never: Q3-Q5 count 0; Q6 yes, in 3 months 6 + Q7 yes, in 3 months 6 = 12
		SubstanceInvolvement alcohol = score(Substance.ALCOHOL,
				SubstanceAnswers.notUsedInPast3Months(YES_IN_PAST_3_MONTHS, YES_IN_PAST_3_MONTHS));
		assertThat(alcohol.score()).isEqualTo(12);
		assertThat(alcohol.risk()).isEqualTo(RiskLevel.MODERATE);
		assertThat(alcohol.usedInPast3Months()).isFalse();

		SubstanceAnswers withQ3 = new SubstanceAnswers(YesNo.YES, NEVER, NEVER, null, null, NO_NEVER, NO_NEVER);
		assertViolation(only(Substance.ALCOHOL, withQ3), "substances.alcohol.q3", "instrument.error.answerNotAsked");
		SubstanceAnswers withQ5 = new SubstanceAnswers(YesNo.YES, NEVER, null, null, WEEKLY, NO_NEVER, NO_NEVER);
		assertViolation(only(Substance.ALCOHOL, withQ5), "substances.alcohol.q5", "instrument.error.answerNotAsked");
		SubstanceAnswers withoutQ6 = new SubstanceAnswers(YesNo.YES, NEVER, null, null, null, null, NO_NEVER);
		assertViolation(only(Substance.ALCOHOL, withoutQ6), "substances.alcohol.q6", "instrument.error.answerRequired");
		SubstanceAnswers withoutQ7 = new SubstanceAnswers(YesNo.YES, NEVER, null, null, null, NO_NEVER, null);
		assertViolation(only(Substance.ALCOHOL, withoutQ7), "substances.alcohol.q7", "instrument.error.answerRequired");
	}

	@Test
	void q5IsNeverAskedForTobacco() {
		SubstanceAnswers withQ5 = SubstanceAnswers.usedInPast3Months(WEEKLY, NEVER, NEVER, NEVER, NO_NEVER, NO_NEVER);
		assertViolation(only(Substance.TOBACCO, withQ5), "substances.tobacco.q5", "instrument.error.answerNotAsked");
		// the same answers are complete for any other substance
		assertThat(score(Substance.COCAINE, withQ5).score()).isEqualTo(4);
		SubstanceAnswers cocaineWithoutQ5 = SubstanceAnswers.usedInPast3Months(WEEKLY, NEVER, NEVER, null, NO_NEVER,
				NO_NEVER);
		assertViolation(only(Substance.COCAINE, cocaineWithoutQ5), "substances.cocaine.q5",
				"instrument.error.answerRequired");
	}

	@Test
	void everyAskedQuestionMustBeAnswered() {
		AssistAnswers leftOut = new AssistAnswers(Map.of(), null, null);
		assertViolation(leftOut, "substances.tobacco.q1", "instrument.error.answerRequired");
		AssistAnswers noQ2 = only(Substance.OPIOIDS,
				new SubstanceAnswers(YesNo.YES, null, null, null, null, NO_NEVER, NO_NEVER));
		assertViolation(noQ2, "substances.opioids.q2", "instrument.error.answerRequired");
		AssistAnswers noQ4 = only(Substance.OPIOIDS,
				new SubstanceAnswers(YesNo.YES, WEEKLY, WEEKLY, null, WEEKLY, NO_NEVER, NO_NEVER));
		assertViolation(noQ4, "substances.opioids.q4", "instrument.error.answerRequired");
		AssistAnswers noQ8 = only(Substance.OPIOIDS, SubstanceAnswers.notUsedInPast3Months(NO_NEVER, NO_NEVER))
			.withInjection(null, null);
		assertViolation(noQ8, "q8", "instrument.error.answerRequired");
	}

	@Test
	void injectionInThePast3MonthsNeedsItsPatternAndChoosesTheAdvice() {
		AssistAnswers used = only(Substance.OPIOIDS, SubstanceAnswers.notUsedInPast3Months(NO_NEVER, NO_NEVER));
		assertViolation(used.withInjection(YES_IN_PAST_3_MONTHS, null), "q8Pattern", "instrument.error.answerRequired");
		assertViolation(used.withInjection(YES_NOT_IN_PAST_3_MONTHS, InjectionPattern.WEEKLY_OR_LESS), "q8Pattern",
				"instrument.error.answerNotAsked");
		assertViolation(used.withInjection(NO_NEVER, InjectionPattern.MORE_THAN_WEEKLY), "q8Pattern",
				"instrument.error.answerNotAsked");

		assertThat(AssistScoring.score(used.withInjection(YES_IN_PAST_3_MONTHS, InjectionPattern.WEEKLY_OR_LESS))
			.injectionAdvice()).isEqualTo(InjectionAdvice.BRIEF_INTERVENTION_WITH_RISKS_CARD);
		assertThat(AssistScoring.score(used.withInjection(YES_IN_PAST_3_MONTHS, InjectionPattern.MORE_THAN_WEEKLY))
			.injectionAdvice()).isEqualTo(InjectionAdvice.FURTHER_ASSESSMENT_AND_INTENSIVE_TREATMENT);
		AssistResult earlier = AssistScoring.score(used.withInjection(YES_NOT_IN_PAST_3_MONTHS, null));
		assertThat(earlier.injectionAdvice()).isNull();
		assertThat(earlier.injection().injectionCode()).isEqualTo(1);
		assertThat(AssistScoring.score(used).injectionAdvice()).isNull();
	}

	@Test
	void injectionNeverChangesAScore() {
		AssistAnswers used = only(Substance.OPIOIDS,
				SubstanceAnswers.usedInPast3Months(WEEKLY, WEEKLY, NEVER, NEVER, NO_NEVER, NO_NEVER));
		AssistResult without = AssistScoring.score(used);
		AssistResult with = AssistScoring
			.score(used.withInjection(YES_IN_PAST_3_MONTHS, InjectionPattern.MORE_THAN_WEEKLY));
		assertThat(with.substances()).isEqualTo(without.substances());
	}

	@Test
	void overallRiskLeavesTobaccoOut() {
		// tobacco daily with every problem: 31, high; nothing else used
		AssistAnswers smoker = only(Substance.TOBACCO, new SubstanceAnswers(YesNo.YES, DAILY_OR_ALMOST_DAILY,
				DAILY_OR_ALMOST_DAILY, DAILY_OR_ALMOST_DAILY, null, YES_IN_PAST_3_MONTHS, YES_IN_PAST_3_MONTHS));
		AssistResult result = AssistScoring.score(smoker);
		assertThat(result.involvement(Substance.TOBACCO).risk()).isEqualTo(RiskLevel.HIGH);
		assertThat(result.overallRisk()).isEqualTo(RiskLevel.LOW);
		assertThat(result.ibmRoute()).isEqualTo(IbmRoute.IBM_SERVICES);

		// add alcohol at 11 (moderate): the overall risk becomes moderate -> referral
		AssistResult drinker = AssistScoring.score(smoker.with(Substance.ALCOHOL, SubstanceAnswers
			.usedInPast3Months(ONCE_OR_TWICE, ONCE_OR_TWICE, NEVER, NEVER, YES_IN_PAST_3_MONTHS, NO_NEVER)));
		assertThat(drinker.overallRisk()).isEqualTo(RiskLevel.MODERATE);
		assertThat(drinker.ibmRoute()).isEqualTo(IbmRoute.REFERRAL);
	}

	@Test
	void formAnswersAreReadByFieldPath() {
		Map<String, String> form = AssistAnswers.neverUsedAnything().toForm();
		form.put("substances.alcohol.q1", "YES");
		form.put("substances.alcohol.q2", "WEEKLY");
		form.put("substances.alcohol.q3", " MONTHLY ");
		form.put("substances.alcohol.q4", "NEVER");
		form.put("substances.alcohol.q5", "NEVER");
		form.put("substances.alcohol.q6", "NO_NEVER");
		form.put("substances.alcohol.q7", "YES_NOT_IN_PAST_3_MONTHS");
		form.put("q8", "NO_NEVER");
		form.put("q8Pattern", "");
		// weekly 4 + monthly 4 + never 0 + never 0 + no 0 + yes, not in 3 months 3 = 11
		AssistResult result = AssistScoring.score(AssistAnswers.fromForm(form));
		assertThat(result.involvement(Substance.ALCOHOL).score()).isEqualTo(11);
		assertThat(result.involvement(Substance.ALCOHOL).risk()).isEqualTo(RiskLevel.MODERATE);
	}

	@Test
	void formAnswersOutsideTheItemsOrTheirChoicesAreRefused() {
		assertThatThrownBy(() -> AssistAnswers.fromForm(Map.of("substances.alcohol.q2", "6")))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo("substances.alcohol.q2");
				assertThat(ex.messageKey()).isEqualTo("instrument.error.answerOutOfRange");
			});
		assertThatThrownBy(() -> AssistAnswers.fromForm(Map.of("substances.alcohol.q6", "WEEKLY")))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("instrument.error.answerOutOfRange"));
		assertThatThrownBy(() -> AssistAnswers.fromForm(Map.of("q8", "YES"))).isInstanceOfSatisfying(
				RuleViolation.class, ex -> assertThat(ex.messageKey()).isEqualTo("instrument.error.answerOutOfRange"));
		for (String unknown : new String[] { "substances.kratom.q1", "substances.alcohol.q8", "q9", "alcohol" }) {
			assertThatThrownBy(() -> AssistAnswers.fromForm(Map.of(unknown, "YES")))
				.isInstanceOfSatisfying(RuleViolation.class, ex -> {
					assertThat(ex.field()).isEqualTo(unknown);
					assertThat(ex.messageKey()).isEqualTo("instrument.error.unknownItem");
				});
		}
	}

}
