package id.pulih.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.pulih.demo.DemoUsers;
import id.pulih.organisation.DevelopmentPhase;
import id.pulih.organisation.Organisation;
import id.pulih.organisation.Organisations;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.Scope;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The evaluation rules as a BNNK officer meets them: an assessment moves the unit's phase
 * (kept with the version it used, the path visible in the phase history), benefit survey
 * means are exact, INSANI categories follow the bands, and bad input writes nothing.
 */
@PulihSpringTest
class EvaluationTests {

	@Autowired
	private Evaluations evaluations;

	@Autowired
	private EvaluationReports reports;

	@Autowired
	private Organisations organisations;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcClient jdbc;

	private EvaluationWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new EvaluationWorld(this.users, this.organisations, this.evaluations, this.jdbc);
	}

	@Test
	void theShippedDefaultsArePublished() {
		assertThat(this.evaluations.instrument(EvaluationKind.ASSESSMENT).shippedDefault()).isTrue();
		assertThat(this.evaluations.instrument(EvaluationKind.ASSESSMENT).sections()).hasSize(5);
		assertThat(this.evaluations.instrument(EvaluationKind.BENEFIT_SURVEY).sections().getFirst().items()).hasSize(6);
		assertThat(this.evaluations.instrument(EvaluationKind.INSANI).sections()).extracting(s -> s.code())
			.containsExactly("RECOVERY_AGENT", "OFFICER", "CLIENT", "CORRELATION");
	}

	@Test
	void anAssessmentMovesTheUnitFromPhaseOneToPhaseTwo() {
		Evaluations.Saved first = this.evaluations.assess(this.world.unit,
				new NewAssessment(null, this.world.today.minusDays(60), null, EvaluationWorld.checklist(5)),
				this.world.rehab);
		assertThat(first.response().phase()).isEqualTo(DevelopmentPhase.PHASE_1_PILOT);
		Evaluations.Saved second = this.evaluations.assess(this.world.unit,
				new NewAssessment(null, this.world.today, "Kunjungan monev", EvaluationWorld.checklist(9)),
				this.world.rehab);
		assertThat(second.response().phase()).isEqualTo(DevelopmentPhase.PHASE_2_GROWTH);
		assertThat(second.response().score()).isEqualByComparingTo("9");
		assertThat(second.response().category()).isEqualTo(2);
		assertThat(second.response().answers()).hasSize(20).containsEntry("OI1", 1).containsEntry("LP4", 0);

		Organisation unit = this.organisations.get(this.world.unit, this.world.rehab.scope());
		assertThat(unit.currentPhase()).isEqualTo(DevelopmentPhase.PHASE_2_GROWTH);
		assertThat(unit.phases()).extracting(Organisation.PhaseRecord::phase)
			.containsExactly(DevelopmentPhase.PHASE_1_PILOT, DevelopmentPhase.PHASE_2_GROWTH);

		List<EvaluationResponse> kept = this.evaluations.responses(this.world.unit, EvaluationKind.ASSESSMENT,
				this.world.rehab.scope());
		assertThat(kept).extracting(EvaluationResponse::phase)
			.containsExactly(DevelopmentPhase.PHASE_2_GROWTH, DevelopmentPhase.PHASE_1_PILOT);
		assertThat(kept).allSatisfy(response -> {
			assertThat(response.versionId()).isEqualTo(this.evaluations.instrument(EvaluationKind.ASSESSMENT).id());
			assertThat(response.instrumentCode()).isEqualTo("IBM_PHASE_CHECKLIST");
		});
		assertThat(
				this.reports.phaseDistribution(this.world.rehab.scope()).units().get(DevelopmentPhase.PHASE_2_GROWTH))
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void everyBandOfTheChecklistGivesItsPhase() {
		int[][] expected = { { 0, 0 }, { 3, 0 }, { 4, 1 }, { 7, 1 }, { 8, 2 }, { 12, 3 }, { 16, 4 }, { 18, 4 },
				{ 19, 5 }, { 20, 5 } };
		for (int[] pair : expected) {
			EvaluationResponse response = this.evaluations
				.assess(this.world.unit,
						new NewAssessment(null, this.world.today, null, EvaluationWorld.checklist(pair[0])),
						this.world.rehab)
				.response();
			assertThat(response.phase()).as("score %d", pair[0]).isEqualTo(DevelopmentPhase.values()[pair[1]]);
		}
	}

	@Test
	void benefitMeansAreExactlyTheAverageOfTheResponses() {
		this.evaluations.recordBenefitSurvey(this.world.unit, new NewBenefitSurvey(null, this.world.today,
				RespondentType.COMMUNITY_MEMBER, EvaluationWorld.benefit(4, 2, 3, 4, 1, 3)), this.world.rehab);
		this.evaluations.recordBenefitSurvey(this.world.unit, new NewBenefitSurvey(null, this.world.today,
				RespondentType.FAMILY, EvaluationWorld.benefit(3, 2, 4, 4, 2, 4)), this.world.rehab);
		BenefitMeans means = this.evaluations.benefitMeans(this.world.unit, this.world.today.getYear(),
				this.world.rehab.scope());
		assertThat(means.responses()).isEqualTo(2);
		assertThat(means.statements()).extracting(BenefitMeans.StatementMean::itemCode)
			.containsExactly("B1", "B2", "B3", "B4", "B5", "B6");
		assertThat(means.statements()).extracting(BenefitMeans.StatementMean::mean)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("3.5"), new BigDecimal("2"), new BigDecimal("3.5"), new BigDecimal("4"),
					new BigDecimal("1.5"), new BigDecimal("3.5"));
		assertThat(means.statements().getFirst().text()).contains("Penjelasan program");
		assertThat(
				this.evaluations.benefitMeans(this.world.unit, this.world.today.getYear() - 1, this.world.rehab.scope())
					.responses())
			.isZero();
	}

	@Test
	void insaniGivesACategoryPerComponentAndOverall() {
		this.evaluations.recordInsani(this.world.unit, new NewInsaniResponse(null, this.world.today, "RECOVERY_AGENT",
				InsaniRespondent.RECOVERY_AGENT, Map.of("AP1", 4, "AP2", 4, "AP3", 3)), this.world.rehab);
		this.evaluations.recordInsani(this.world.unit, new NewInsaniResponse(null, this.world.today, "RECOVERY_AGENT",
				InsaniRespondent.RECOVERY_AGENT, Map.of("AP1", 3, "AP2", 3, "AP3", 3)), this.world.rehab);
		this.evaluations.recordInsani(this.world.unit, new NewInsaniResponse(null, this.world.today, "OFFICER",
				InsaniRespondent.REHABILITATION_OFFICER, Map.of("OF1", 2, "OF2", 2)), this.world.rehab);
		InsaniCategories insani = this.evaluations.insani(this.world.unit, this.world.today.getYear(),
				this.world.rehab.scope());
		assertThat(insani.responses()).isEqualTo(3);
		InsaniCategories.Component agents = insani.components().get(0);
		assertThat(agents.code()).isEqualTo("RECOVERY_AGENT");
		// The mean of each response's own score of the component: (3.67 + 3.00) / 2.
		assertThat(agents.mean()).isEqualByComparingTo("3.34");
		assertThat(agents.category()).isEqualTo(4);
		assertThat(agents.responses()).isEqualTo(2);
		InsaniCategories.Component officers = insani.components().get(1);
		assertThat(officers.mean()).isEqualByComparingTo("2.00");
		assertThat(officers.category()).isEqualTo(2);
		assertThat(insani.components().get(2).mean()).isNull();
		assertThat(insani.overall()).isEqualByComparingTo("2.67");
		assertThat(insani.overallCategory()).isEqualTo(3);
	}

	@Test
	void badInputIsRefusedAndNothingIsWritten() {
		Map<String, Integer> outOfRange = EvaluationWorld.checklist(9);
		outOfRange.put("SR2", 2);
		assertThatThrownBy(() -> this.evaluations.assess(this.world.unit,
				new NewAssessment(null, this.world.today, null, outOfRange), this.world.rehab))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo("SR2");
				assertThat(ex.messageKey()).isEqualTo("evaluation.error.answerRange");
			});
		Map<String, Integer> missing = EvaluationWorld.checklist(9);
		missing.remove("ME3");
		assertThatThrownBy(() -> this.evaluations.assess(this.world.unit,
				new NewAssessment(null, this.world.today, null, missing), this.world.rehab))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("ME3"));
		assertThatThrownBy(() -> this.evaluations.assess(this.world.unit,
				new NewAssessment(null, this.world.today.plusDays(2), null, EvaluationWorld.checklist(9)),
				this.world.rehab))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("assessedOn"));
		assertThatThrownBy(() -> this.evaluations.recordBenefitSurvey(this.world.unit,
				new NewBenefitSurvey(null, this.world.today, RespondentType.FAMILY,
						EvaluationWorld.benefit(4, 4, 4, 4, 4, 5)),
				this.world.rehab))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("B6"));
		assertThatThrownBy(() -> this.evaluations.recordBenefitSurvey(this.world.unit,
				new NewBenefitSurvey(null, this.world.today, RespondentType.FAMILY,
						EvaluationWorld.benefit(4, 0, 4, 4, 4, 4)),
				this.world.rehab))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("B2"));
		assertThatThrownBy(() -> this.evaluations.recordInsani(this.world.unit,
				new NewInsaniResponse(null, this.world.today, "OFFICER", InsaniRespondent.OTHER,
						Map.of("OF1", 2, "AP1", 2)),
				this.world.rehab))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("AP1"));
		UUID bnnk = this.organisations.findByCode("BNNK-3201", Scope.national()).orElseThrow().id();
		assertThatThrownBy(() -> this.evaluations.assess(bnnk,
				new NewAssessment(null, this.world.today, null, EvaluationWorld.checklist(9)), this.world.rehab))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("evaluation.error.notIbmUnit"));
		UUID cicadasUnit = this.organisations.findByCode(DemoUsers.GUNUNGPUTRI_UNIT, Scope.national())
			.orElseThrow()
			.id();
		assertThatThrownBy(() -> this.evaluations.recordBenefitSurvey(cicadasUnit,
				new NewBenefitSurvey(null, this.world.today, RespondentType.FAMILY,
						EvaluationWorld.benefit(4, 4, 4, 4, 4, 4)),
				this.users.load(DemoUsers.OTHER_RECOVERY_AGENT)))
			.isInstanceOf(RecordNotFound.class);
		assertThat(this.world.responses()).isZero();
		assertThat(this.world.answers()).isZero();
		assertThat(this.world.phases()).isZero();
	}

}
