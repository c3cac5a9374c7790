package id.pulih.recovery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.demo.DemoUsers;
import id.pulih.instrument.RiskLevel;
import id.pulih.organisation.Organisations;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pathway's rules against the database: a high-risk screening announces the referral
 * and blocks enrolment without a reason; aftercare clients enter at week 9; one open
 * pathway per client; sessions only between the start and today; completion only with its
 * requirements or an exception; a finished pathway changes only by a recorded correction;
 * another unit's records are missing; merged clients take their records along. Every
 * refused command leaves nothing behind.
 */
@PulihSpringTest
@RecordApplicationEvents
class PathwayRulesTests {

	@Autowired
	private TestUsers users;

	@Autowired
	private ClientRegistry clients;

	@Autowired
	private Screenings screenings;

	@Autowired
	private Pathways pathways;

	@Autowired
	private Worklists worklists;

	@Autowired
	private Organisations organisations;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationEvents events;

	private RecoveryWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new RecoveryWorld(this.users, this.clients, this.screenings, this.pathways, this.organisations,
				this.worklists, this.jdbc);
	}

	private static void assertViolation(Runnable action, String field, String key) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, ex -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.messageKey()).isEqualTo(key);
		});
	}

	@Test
	void aHighRiskScreeningRecommendsReferralAndBlocksEnrolmentWithoutAReason() {
		Client client = this.world.client();
		Screening high = this.world.screen(client, Answers.highRisk(), this.world.today);
		assertThat(high.overallRisk()).isEqualTo(RiskLevel.HIGH);
		assertThat(high.referralRecommendedOn()).isEqualTo(this.world.today);
		assertThat(this.events.stream(ReferralRecommended.class)).singleElement().satisfies(event -> {
			assertThat(event.clientId()).isEqualTo(client.id());
			assertThat(event.screeningId()).isEqualTo(high.id());
			assertThat(event.overallRisk()).isEqualTo(RiskLevel.HIGH);
			assertThat(event.fromOrganisationId()).isEqualTo(this.world.unit);
			assertThat(event.recommendedOn()).isEqualTo(this.world.today);
		});
		assertThat(this.world.audits(high.id(), "recovery.screened")).isOne();

		assertViolation(
				() -> this.pathways.enrol(new NewEnrolment(null, client.id(), null, null, null), this.world.agent),
				"eligibilityOverride", "recovery.error.screeningNotLow");
		assertThat(this.world.enrolmentsOf(client.id())).isZero();
		Enrolment overridden = this.pathways.enrol(
				new NewEnrolment(null, client.id(), null, null, "Menolak rujukan; keluarga siap mendampingi"),
				this.world.agent);
		assertThat(overridden.eligibilityOverride()).isEqualTo("Menolak rujukan; keluarga siap mendampingi");
	}

	@Test
	void aLowRiskScreeningRecommendsNothing() {
		Client client = this.world.client();
		this.world.screen(client, Answers.lowRisk(), this.world.today);
		assertThat(this.events.stream(ReferralRecommended.class)).isEmpty();
	}

	@Test
	void aScreeningWithAnAnswerOutOfRangeWritesNothing() {
		Client client = this.world.client();
		Map<String, String> answers = new HashMap<>(Answers.lowRisk());
		answers.put("substances.alcohol.q3", "SOMETIMES");
		assertViolation(() -> this.world.screen(client, answers, this.world.today), "substances.alcohol.q3",
				"instrument.error.answerOutOfRange");
		assertThat(this.world.screeningsOf(client.id())).isZero();
	}

	@Test
	void anAftercareClientEntersAtWeekNineWithoutScreening() {
		Client client = this.world.aftercareClient();
		Pathways.Eligibility eligibility = this.pathways.eligibility(client.id(), this.world.agent.scope());
		assertThat(eligibility.entry()).isEqualTo(EntryPoint.AFTERCARE);
		assertThat(eligibility.eligible()).isTrue();
		Enrolment enrolment = this.pathways.enrol(new NewEnrolment(null, client.id(), null, null, null),
				this.world.agent);
		assertThat(enrolment.entryPoint()).isEqualTo(EntryPoint.AFTERCARE);
		assertThat(enrolment.startedOn()).isEqualTo(this.world.today);
		assertThat(enrolment.schedule().weekOf(this.world.today)).isEqualTo(9);
		assertThat(enrolment.schedule().weeks()).hasSize(8);
		assertThat(this.pathways.progress(enrolment.id(), this.world.agent.scope())
			.inState(DueState.DUE, this.world.today)).contains(DueItem.WHOQOL_INTAKE, DueItem.KIE_1);
	}

	@Test
	void aClientWithoutScreeningCannotBeEnrolled() {
		Client client = this.world.client();
		assertViolation(
				() -> this.pathways.enrol(new NewEnrolment(null, client.id(), null, null, null), this.world.agent),
				"clientId", "recovery.error.screeningRequired");
	}

	@Test
	void aClientHasOneOpenPathwayAtATime() {
		Enrolment first = this.world.enrolled(this.world.today.minusDays(10));
		assertViolation(
				() -> this.pathways.enrol(new NewEnrolment(null, first.clientId(), null, null, null), this.world.agent),
				"clientId", "recovery.error.alreadyEnrolled");
		assertThat(this.world.enrolmentsOf(first.clientId())).isOne();
		// the database agrees, even past the service
		assertThatThrownBy(() -> this.jdbc.sql("""
				INSERT INTO recovery_enrolment (id, client_id, open_client_id, client_uic, organisation_id, agent_id,
				    entry_point, started_on, created_at, created_by, updated_at, updated_by, version)
				SELECT ?, client_id, open_client_id, client_uic, organisation_id, agent_id, entry_point, started_on,
				    created_at, created_by, updated_at, updated_by, 0 FROM recovery_enrolment WHERE id = ?""")
			.params(UUID.randomUUID(), first.id())
			.update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);

		this.pathways.finish(first.id(), new OutcomeCommand(Outcome.DROPPED_OUT, null, "Tidak datang lagi", null, null),
				this.world.agent);
		Enrolment second = this.pathways.enrol(new NewEnrolment(null, first.clientId(), null, null, null),
				this.world.agent);
		assertThat(second.isOpen()).isTrue();
		assertThat(this.world.enrolmentsOf(first.clientId())).isEqualTo(2);
	}

	@Test
	void sessionsBeforeTheStartOrInTheFutureAreRefusedAndWriteNothing() {
		Enrolment enrolment = this.world.enrolled(this.world.today.minusDays(10));
		assertViolation(() -> this.world.session(SessionType.KIE, this.world.today.minusDays(11), enrolment), "heldOn",
				"recovery.error.beforeStart");
		assertViolation(() -> this.world.session(SessionType.KIE, this.world.today.plusDays(1), enrolment), "heldOn",
				"recovery.error.dateInFuture");
		Enrolment finished = this.world.enrolled(this.world.today.minusDays(10));
		this.pathways.finish(finished.id(), new OutcomeCommand(Outcome.MOVED, null, "Pindah ke Depok", null, null),
				this.world.agent);
		// a group session with one finished pathway is refused as a whole
		assertThatThrownBy(() -> this.world.session(SessionType.KIE, this.world.today, enrolment, finished))
			.hasMessage("recovery.error.finished");
		assertThat(this.world.sessionsOf(enrolment.id())).isZero();
		this.world.session(SessionType.KIE, this.world.today, enrolment);
		assertThat(this.world.sessionsOf(enrolment.id())).isOne();
	}

	@Test
	void completionIsRefusedWithoutTheRequiredSessionsAndAllowedWithAnException() {
		Enrolment enrolment = this.world.enrolled(this.world.today.minusDays(20));
		this.world.session(SessionType.KIE, this.world.today.minusDays(5), enrolment);
		assertViolation(
				() -> this.pathways.finish(enrolment.id(),
						new OutcomeCommand(Outcome.COMPLETED, null, null, null, null), this.world.agent),
				"completionOverride", "recovery.error.completionRequirements");
		assertThat(this.pathways.get(enrolment.id(), this.world.agent.scope()).isOpen()).isTrue();
		Enrolment completed = this.pathways.finish(enrolment.id(), new OutcomeCommand(Outcome.COMPLETED, null, null,
				"Klien bekerja di Batam, dukungan lanjut lewat telepon", null), this.world.agent);
		assertThat(completed.outcome()).isEqualTo(Outcome.COMPLETED);
		assertThat(completed.completionOverride()).startsWith("Klien bekerja");
	}

	@Test
	void aFinishedPathwayIsReadOnlyAndACorrectionIsRecorded() {
		Enrolment enrolment = this.world.enrolled(this.world.today.minusDays(30));
		this.pathways.finish(enrolment.id(),
				new OutcomeCommand(Outcome.RELAPSED, this.world.today.minusDays(2), "Kembali memakai", null, null),
				this.world.agent);
		assertThatThrownBy(() -> this.world.session(SessionType.SELF_VISIT, this.world.today, enrolment))
			.hasMessage("recovery.error.finished");
		assertThatThrownBy(() -> this.pathways.takeWhoqol(enrolment.id(),
				new NewWhoqol(null, WhoqolTiming.INTAKE, null, null, Answers.whoqol(3)), this.world.agent))
			.hasMessage("recovery.error.finished");
		assertThatThrownBy(() -> this.pathways.finish(enrolment.id(),
				new OutcomeCommand(Outcome.DIED, null, "x", null, null), this.world.agent))
			.hasMessage("recovery.error.finished");

		Enrolment corrected = this.pathways.correct(enrolment.id(), new OutcomeCommand(Outcome.REFERRED_OUT,
				this.world.today.minusDays(2), "Dirujuk ke IPWL Bogor", null, "Hasil akhir salah pilih"),
				this.world.chair);
		assertThat(corrected.outcome()).isEqualTo(Outcome.REFERRED_OUT);
		assertThat(corrected.corrections()).singleElement().satisfies(correction -> {
			assertThat(correction.correctedBy()).isEqualTo(DemoUsers.UNIT_CHAIR);
			assertThat(correction.beforeText()).startsWith("RELAPSED");
			assertThat(correction.reason()).isEqualTo("Hasil akhir salah pilih");
		});
		assertThat(this.world.audits(enrolment.id(), "recovery.corrected")).isOne();
		assertThat(this.pathways.get(enrolment.id(), this.world.agent.scope()).corrections()).hasSize(1);
	}

	@Test
	void anotherUnitsRecordsAreMissing() {
		Enrolment enrolment = this.world.enrolled(this.world.today.minusDays(3));
		assertThat(this.pathways.find(enrolment.id(), this.world.otherAgent.scope())).isEmpty();
		assertThatThrownBy(() -> this.pathways.get(enrolment.id(), this.world.otherAgent.scope()))
			.isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> this.pathways.recordSession(
				new NewSession(null, SessionType.KIE, this.world.today, null, 30, null, List.of(enrolment.id())),
				this.world.otherAgent))
			.isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> this.pathways.enrol(new NewEnrolment(null, enrolment.clientId(), null, null, null),
				this.world.otherAgent))
			.isInstanceOf(RecordNotFound.class);
		assertThat(this.world.sessionsOf(enrolment.id())).isZero();
		assertThat(this.worklists.forScope(this.world.otherAgent.scope(), this.world.today).entries())
			.noneMatch(entry -> entry.enrolmentId().equals(enrolment.id()));
	}

	@Test
	void theAgentIsAnActiveAgentOfTheUnit() {
		Client client = this.world.client();
		this.world.screen(client, Answers.lowRisk(), this.world.today);
		assertViolation(() -> this.pathways
			.enrol(new NewEnrolment(null, client.id(), this.world.otherAgent.personId(), null, null), this.world.agent),
				"agentId", "recovery.error.agentNotFound");
		UUID inactive = this.jdbc
			.sql("SELECT id FROM person WHERE organisation_id = ? AND inactive_since IS NOT NULL ORDER BY id LIMIT 1")
			.param(this.world.unit)
			.query(UUID.class)
			.single();
		assertViolation(
				() -> this.pathways.enrol(new NewEnrolment(null, client.id(), inactive, null, null), this.world.agent),
				"agentId", "workforce.error.inactive");
		assertThat(this.world.enrolmentsOf(client.id())).isZero();
	}

	@Test
	void mergedClientsTakeTheirRecordsToTheSurvivor() {
		Client survivor = this.world.client();
		this.world.screen(survivor, Answers.lowRisk(), this.world.today.minusDays(5));
		Enrolment merged = this.world.enrolled(this.world.today.minusDays(5));
		this.clients.merge(survivor.id(), merged.clientId(), "Orang yang sama", this.world.chair);
		Enrolment moved = this.pathways.get(merged.id(), this.world.agent.scope());
		assertThat(moved.clientId()).isEqualTo(survivor.id());
		assertThat(moved.clientUic()).isEqualTo(survivor.uic());
		assertThat(this.pathways.openOf(survivor.id(), this.world.agent.scope())).hasValue(moved);
		assertThat(this.world.screeningsOf(survivor.id())).isEqualTo(2);
		assertThat(this.world.screeningsOf(merged.clientId())).isZero();

		Enrolment one = this.world.enrolled(this.world.today.minusDays(5));
		Enrolment two = this.world.enrolled(this.world.today.minusDays(5));
		assertThatThrownBy(
				() -> this.clients.merge(one.clientId(), two.clientId(), "Orang yang sama", this.world.chair))
			.hasMessage("recovery.error.mergeOpenPathways");
		assertThat(this.pathways.get(two.id(), this.world.agent.scope()).clientId()).isEqualTo(two.clientId());
		assertThat(this.clients.get(two.clientId(), this.world.agent.scope()).isMerged()).isFalse();
	}

}
