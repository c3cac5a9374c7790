package id.pulih.recovery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.pulih.instrument.IbmRoute;
import id.pulih.instrument.RiskLevel;
import id.pulih.instrument.Substance;
import id.pulih.instrument.WhoqolDomain;
import id.pulih.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The screening, pathway and session aggregates guard their own changes: a screening is
 * scored on the spot and decides the route; a pathway starts from a low-risk screening
 * (or with a reason), takes sessions only between its start and today and only while
 * open, completes only with its requirements (or a stated exception), and once finished
 * changes only by a recorded correction.
 */
class PathwayAggregateTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

	private static final LocalDate SCREENED = TODAY.minusWeeks(16);

	private final UUID client = UUID.randomUUID();

	private final UUID unit = UUID.randomUUID();

	private final UUID agent = UUID.randomUUID();

	private Screening screening(Map<String, String> answers) {
		return Screening.record(null, this.client, this.unit, "32", SCREENED, this.agent, answers, TODAY);
	}

	private Enrolment enrolled() {
		return Enrolment.start(null, this.client, "UIC", this.unit, "32", this.agent, EntryPoint.SCREENING,
				screening(Answers.lowRisk()), SCREENED, null, TODAY);
	}

	private static Map<SessionType, Integer> allMandatory() {
		Map<SessionType, Integer> counts = new EnumMap<>(SessionType.class);
		SessionType.mandatory().forEach(type -> counts.put(type, 2));
		return counts;
	}

	private static void assertViolation(Runnable action, String field, String key) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, ex -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.messageKey()).isEqualTo(key);
		});
	}

	@Test
	void aScreeningIsScoredAndDecidesTheRouteWithoutTobacco() {
		Screening low = screening(Answers.lowRisk());
		assertThat(low.overallRisk()).isEqualTo(RiskLevel.LOW);
		assertThat(low.route()).isEqualTo(IbmRoute.IBM_SERVICES);
		assertThat(low.allowsEnrolment()).isTrue();
		assertThat(low.referralRecommended()).isFalse();
		assertThat(low.score(Substance.TOBACCO)).isEqualTo(31);
		assertThat(low.score(Substance.ALCOHOL)).isEqualTo(2);
		assertThat(low.answers()).isEqualTo(new LinkedHashMap<>(low.answers()))
			.containsEntry("substances.alcohol.q2", "ONCE_OR_TWICE");

		Screening moderate = screening(Answers.moderateRisk());
		assertThat(moderate.overallRisk()).isEqualTo(RiskLevel.MODERATE);
		assertThat(moderate.referralRecommendedOn()).isEqualTo(SCREENED);

		Screening high = screening(Answers.highRisk());
		assertThat(high.overallRisk()).isEqualTo(RiskLevel.HIGH);
		assertThat(high.route()).isEqualTo(IbmRoute.REFERRAL);
		assertThat(high.result().injectionAdvice()).isNotNull();
	}

	@Test
	void aScreeningRefusesBadAnswersAndDates() {
		Map<String, String> outOfRange = new HashMap<>(Answers.lowRisk());
		outOfRange.put("substances.alcohol.q2", "HOURLY");
		assertViolation(() -> screening(outOfRange), "substances.alcohol.q2", "instrument.error.answerOutOfRange");
		Map<String, String> missing = new HashMap<>(Answers.lowRisk());
		missing.remove("substances.alcohol.q6");
		assertViolation(() -> screening(missing), "substances.alcohol.q6", "instrument.error.answerRequired");
		assertViolation(() -> Screening.record(null, this.client, this.unit, "32", TODAY.plusDays(1), null,
				Answers.lowRisk(), TODAY), "screenedOn", "recovery.error.dateInFuture");
	}

	@Test
	void aPathwayStartsFromALowRiskScreeningOrWithAReason() {
		Screening high = screening(Answers.highRisk());
		assertViolation(() -> Enrolment.start(null, this.client, "UIC", this.unit, "32", this.agent,
				EntryPoint.SCREENING, high, SCREENED, " ", TODAY), "eligibilityOverride",
				"recovery.error.screeningNotLow");
		Enrolment overridden = Enrolment.start(null, this.client, "UIC", this.unit, "32", this.agent,
				EntryPoint.SCREENING, high, SCREENED, "Menolak dirujuk, keluarga mendampingi", TODAY);
		assertThat(overridden.eligibilityOverride()).isEqualTo("Menolak dirujuk, keluarga mendampingi");
		assertViolation(() -> Enrolment.start(null, this.client, "UIC", this.unit, "32", this.agent,
				EntryPoint.SCREENING, null, SCREENED, null, TODAY), "clientId", "recovery.error.screeningRequired");
		Screening low = screening(Answers.lowRisk());
		assertViolation(() -> Enrolment.start(null, this.client, "UIC", this.unit, "32", this.agent,
				EntryPoint.SCREENING, low, SCREENED.minusDays(1), null, TODAY), "startedOn",
				"recovery.error.startBeforeScreening");
		assertViolation(() -> Enrolment.start(null, this.client, "UIC", this.unit, "32", this.agent,
				EntryPoint.SCREENING, low, TODAY.plusDays(1), null, TODAY), "startedOn", "recovery.error.dateInFuture");
	}

	@Test
	void anAftercarePathwayNeedsNoScreeningAndStartsAtWeekNine() {
		Enrolment aftercare = Enrolment.start(null, this.client, "UIC", this.unit, "32", this.agent,
				EntryPoint.AFTERCARE, null, TODAY, null, TODAY);
		assertThat(aftercare.schedule().weekOf(TODAY)).isEqualTo(9);
		assertThat(aftercare.screeningId()).isNull();
		assertThat(aftercare.isOpen()).isTrue();
	}

	@Test
	void sessionsAreAcceptedBetweenTheStartAndToday() {
		Enrolment enrolment = enrolled();
		enrolment.acceptSession(SCREENED, TODAY);
		enrolment.acceptSession(TODAY, TODAY);
		assertViolation(() -> enrolment.acceptSession(SCREENED.minusDays(1), TODAY), "heldOn",
				"recovery.error.beforeStart");
		assertViolation(() -> enrolment.acceptSession(TODAY.plusDays(1), TODAY), "heldOn",
				"recovery.error.dateInFuture");
		assertViolation(() -> enrolment.acceptSession(null, TODAY), "heldOn", "recovery.error.dateRequired");
	}

	@Test
	void aGroupSessionNeedsAGroupTypeAndOneUnit() {
		Enrolment one = enrolled();
		Enrolment two = Enrolment.start(null, UUID.randomUUID(), "UIC2", this.unit, "32", this.agent,
				EntryPoint.AFTERCARE, null, SCREENED, null, TODAY);
		RecoverySession group = RecoverySession.record(null, this.unit, "32", SessionType.FAMILY_SUPPORT, TODAY,
				this.agent, 90, "Pertemuan keluarga", List.of(one, two), TODAY);
		assertThat(group.enrolmentIds()).containsExactly(one.id(), two.id());
		assertThat(group.isGroup()).isTrue();
		assertViolation(() -> RecoverySession.record(null, this.unit, "32", SessionType.SELF_VISIT, TODAY, this.agent,
				60, null, List.of(one, two), TODAY), "enrolmentIds", "recovery.error.notGroupType");
		Enrolment elsewhere = Enrolment.start(null, UUID.randomUUID(), "UIC3", UUID.randomUUID(), "32", this.agent,
				EntryPoint.AFTERCARE, null, SCREENED, null, TODAY);
		assertViolation(() -> RecoverySession.record(null, this.unit, "32", SessionType.KIE, TODAY, this.agent, 60,
				null, List.of(one, elsewhere), TODAY), "enrolmentIds", "recovery.error.otherUnit");
		assertViolation(() -> RecoverySession.record(null, this.unit, "32", SessionType.KIE, TODAY, this.agent, 601,
				null, List.of(one), TODAY), "durationMinutes", "recovery.error.durationRange");
		assertViolation(() -> RecoverySession.record(null, this.unit, "32", SessionType.KIE, TODAY, this.agent, 60,
				"x".repeat(2001), List.of(one), TODAY), "notes", "recovery.error.notesTooLong");
		assertViolation(() -> RecoverySession.record(null, this.unit, "32", SessionType.KIE, TODAY, this.agent, 60,
				null, List.of(), TODAY), "enrolmentIds", "recovery.error.attendanceRequired");
	}

	@Test
	void theWhoqolIsTakenAtIntakeThenAtTheEndAndShowsTheChange() {
		Enrolment enrolment = enrolled();
		assertViolation(() -> enrolment.takeWhoqol(null, WhoqolTiming.END, TODAY, null, Answers.whoqol(4), TODAY),
				"timing", "recovery.error.intakeFirst");
		Map<String, String> outOfRange = new HashMap<>(Answers.whoqol(3));
		outOfRange.put("q7", "6");
		assertViolation(
				() -> enrolment.takeWhoqol(null, WhoqolTiming.INTAKE, SCREENED.plusDays(8), null, outOfRange, TODAY),
				"q7", "instrument.error.answerOutOfRange");
		Map<String, String> tooFew = new HashMap<>(Answers.whoqol(3));
		for (int item = 1; item <= 6; item++) {
			tooFew.remove("q" + item);
		}
		assertViolation(
				() -> enrolment.takeWhoqol(null, WhoqolTiming.INTAKE, SCREENED.plusDays(8), null, tooFew, TODAY),
				"answers", "recovery.error.whoqolNotScored");

		enrolment.takeWhoqol(null, WhoqolTiming.INTAKE, SCREENED.plusDays(8), null, Answers.whoqol(3), TODAY);
		assertViolation(() -> enrolment.takeWhoqol(null, WhoqolTiming.INTAKE, TODAY, null, Answers.whoqol(3), TODAY),
				"timing", "recovery.error.whoqolTaken");
		assertViolation(() -> enrolment.takeWhoqol(null, WhoqolTiming.END, SCREENED.plusDays(7), null,
				Answers.whoqol(4), TODAY), "assessedOn", "recovery.error.endBeforeIntake");
		assertThat(enrolment.whoqolChange()).isEmpty();
		enrolment.takeWhoqol(null, WhoqolTiming.END, TODAY, null, Answers.whoqol(4), TODAY);
		assertThat(enrolment.whoqolChange()).hasValueSatisfying(change -> {
			assertThat(change.domain(WhoqolDomain.SOCIAL).score()).isEqualByComparingTo("4");
			assertThat(change.domain(WhoqolDomain.PSYCHOLOGICAL).score()).isPositive();
		});
		assertThat(enrolment.whoqol(WhoqolTiming.INTAKE))
			.hasValueSatisfying(intake -> assertThat(intake.social()).isEqualByComparingTo("12"));
	}

	@Test
	void completionNeedsTheMandatorySessionsAndBothAssessmentsOrAnException() {
		Enrolment enrolment = enrolled();
		assertViolation(() -> enrolment.finish(Outcome.COMPLETED, TODAY, null, null, allMandatory(), TODAY),
				"completionOverride", "recovery.error.completionRequirements");
		enrolment.takeWhoqol(null, WhoqolTiming.INTAKE, SCREENED.plusDays(8), null, Answers.whoqol(3), TODAY);
		enrolment.takeWhoqol(null, WhoqolTiming.END, TODAY, null, Answers.whoqol(4), TODAY);
		Map<SessionType, Integer> oneSelfVisit = allMandatory();
		oneSelfVisit.put(SessionType.SELF_VISIT, 1);
		assertViolation(() -> enrolment.finish(Outcome.COMPLETED, TODAY, null, null, oneSelfVisit, TODAY),
				"completionOverride", "recovery.error.completionRequirements");
		assertThat(enrolment.isOpen()).isTrue();
		enrolment.finish(Outcome.COMPLETED, TODAY, null, null, allMandatory(), TODAY);
		assertThat(enrolment.outcome()).isEqualTo(Outcome.COMPLETED);
		assertThat(enrolment.isOpen()).isFalse();
	}

	@Test
	void completionWithAStatedExceptionAndOtherOutcomesWithTheirReason() {
		Enrolment excepted = enrolled();
		excepted.finish(Outcome.COMPLETED, TODAY, null, "Klien bekerja di luar kota, layanan lewat telepon", Map.of(),
				TODAY);
		assertThat(excepted.completionOverride()).startsWith("Klien bekerja");

		Enrolment dropped = enrolled();
		assertViolation(() -> dropped.finish(Outcome.DROPPED_OUT, TODAY, " ", null, Map.of(), TODAY), "reason",
				"recovery.error.reasonRequired");
		assertViolation(
				() -> dropped.finish(Outcome.DROPPED_OUT, SCREENED.minusDays(1), "Tidak datang", null, Map.of(), TODAY),
				"outcomeOn", "recovery.error.beforeStart");
		assertViolation(() -> dropped.finish(null, TODAY, "Tidak datang", null, Map.of(), TODAY), "outcome",
				"recovery.error.outcomeRequired");
		dropped.finish(Outcome.DROPPED_OUT, TODAY, "Tidak datang lagi sejak minggu ke-5", null, Map.of(), TODAY);
		assertThat(dropped.outcomeReason()).isEqualTo("Tidak datang lagi sejak minggu ke-5");
	}

	@Test
	void aFinishedPathwayIsReadOnlyExceptForARecordedCorrection() {
		Enrolment enrolment = enrolled();
		assertThatThrownBy(
				() -> enrolment.correct(Outcome.MOVED, TODAY, "x", null, Map.of(), "y", "agent", Instant.now(), TODAY))
			.hasMessage("recovery.error.notFinished");
		enrolment.finish(Outcome.MOVED, TODAY.minusDays(3), "Pindah ke Bekasi", null, Map.of(), TODAY);
		assertThatThrownBy(() -> enrolment.acceptSession(TODAY, TODAY)).hasMessage("recovery.error.finished");
		assertThatThrownBy(() -> enrolment.takeWhoqol(null, WhoqolTiming.INTAKE, TODAY, null, Answers.whoqol(3), TODAY))
			.hasMessage("recovery.error.finished");
		assertThatThrownBy(() -> enrolment.finish(Outcome.DIED, TODAY, "x", null, Map.of(), TODAY))
			.hasMessage("recovery.error.finished");
		assertViolation(() -> enrolment.correct(Outcome.REFERRED_OUT, TODAY, "Dirujuk ke IPWL", null, Map.of(), " ",
				"agent", Instant.now(), TODAY), "correctionReason", "recovery.error.reasonRequired");
		assertViolation(() -> enrolment.correct(Outcome.MOVED, TODAY.minusDays(3), "Pindah ke Bekasi", null, Map.of(),
				"tidak ada", "agent", Instant.now(), TODAY), "outcome", "recovery.error.nothingCorrected");

		enrolment.correct(Outcome.REFERRED_OUT, TODAY.minusDays(3), "Dirujuk ke IPWL Bogor", null, Map.of(),
				"Salah pilih hasil akhir", "chair", Instant.now(), TODAY);
		assertThat(enrolment.outcome()).isEqualTo(Outcome.REFERRED_OUT);
		assertThat(enrolment.isOpen()).isFalse();
		assertThat(enrolment.corrections()).singleElement().satisfies(correction -> {
			assertThat(correction.beforeText()).startsWith("MOVED");
			assertThat(correction.afterText()).startsWith("REFERRED_OUT");
			assertThat(correction.reason()).isEqualTo("Salah pilih hasil akhir");
			assertThat(correction.correctedBy()).isEqualTo("chair");
		});
	}

}
