package id.pulih.activity;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.pulih.organisation.Organisations;
import id.pulih.shared.Conflict;
import id.pulih.shared.Ids;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import id.pulih.workforce.Workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The activity service as the Gunungputri agent uses it: every kind recorded with its
 * typed fields, bad input refused naming the field with nothing written, attachments
 * checked by their first bytes and size, trainings and appointments landing on people's
 * records, voiding, retries, and another unit's agent finding nothing.
 */
@PulihSpringTest
class ActivitiesTests {

	@Autowired
	private Activities activities;

	@Autowired
	private ActivityCounts counts;

	@Autowired
	private TestUsers users;

	@Autowired
	private Organisations organisations;

	@Autowired
	private Workforce workforce;

	@Autowired
	private JdbcClient jdbc;

	private ActivityWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new ActivityWorld(this.users, this.organisations, this.workforce, this.activities, this.jdbc);
	}

	@Test
	void everyKindIsRecordedWithItsTypedFieldsAndCounted() {
		int year = this.world.today.getYear();
		List<ActivityCounts.KindTotal> before = this.counts.perYear(this.world.agent.scope(), year, this.world.unit);
		UUID participant = this.world.activeAgents.getFirst().id();

		Activity socialization = this.activities.record(NewActivity
			.socialization(null, this.world.today, ActivityWorld.GUNUNGPUTRI_VILLAGE, Audience.FAMILIES, 40)
			.withParticipants(null, List.of(participant)), this.world.agent);
		assertThat(socialization.organisationId()).isEqualTo(this.world.unit);
		assertThat(socialization.provinceCode()).isEqualTo("32");
		assertThat(socialization.ledBy()).isEqualTo(this.world.agent.personId());
		assertThat(socialization.participantIds()).containsExactly(participant);
		assertThat(this.world.audits(socialization.id(), "activity.recorded")).isEqualTo(1);

		Activity mapping = this.activities
			.record(NewActivity.mapping(null, this.world.today, ActivityWorld.GUNUNGPUTRI_VILLAGE, "RW 01, RW 03",
					MappingMethod.INTERVIEW_VILLAGE_HEAD, 2, "Pos ronda"), this.world.agent);
		assertThat(mapping.mappingMethod()).isEqualTo(MappingMethod.INTERVIEW_VILLAGE_HEAD);
		assertThat(mapping.hotSpots()).isEqualTo(2);

		Activity outreach = this.activities.record(
				NewActivity.outreach(null, this.world.today, ActivityWorld.GUNUNGPUTRI_VILLAGE, 12, 3, null),
				this.world.agent);
		assertThat(outreach.potentialClients()).isEqualTo(3);

		NewActivity advocacyCommand = new NewActivity(null, null, ActivityKind.ADVOCACY, this.world.today,
				ActivityWorld.GUNUNGPUTRI_VILLAGE, null, null, null, null, null, null, null, null, null, null, null,
				"Kepala Desa Gunungputri", "Dana desa untuk IBM", "Disetujui", "Dukungan dana desa", 30_000_000L, null,
				null, null, null, null, null, null);
		Activity advocacy = this.activities.record(advocacyCommand, this.world.agent);
		assertThat(advocacy.commitmentRupiah()).isEqualTo(30_000_000L);

		List<ActivityCounts.KindTotal> after = this.counts.perYear(this.world.agent.scope(), year, this.world.unit);
		assertThat(total(after, ActivityKind.SOCIALIZATION).sessions())
			.isEqualTo(total(before, ActivityKind.SOCIALIZATION).sessions() + 1);
		assertThat(total(after, ActivityKind.SOCIALIZATION).peopleReached())
			.isEqualTo(total(before, ActivityKind.SOCIALIZATION).peopleReached() + 40);
		assertThat(total(after, ActivityKind.MAPPING).sessions())
			.isEqualTo(total(before, ActivityKind.MAPPING).sessions() + 1);
		assertThat(total(after, ActivityKind.OUTREACH).peopleReached())
			.isEqualTo(total(before, ActivityKind.OUTREACH).peopleReached() + 12);
		assertThat(total(after, ActivityKind.OUTREACH).potentialClients())
			.isEqualTo(total(before, ActivityKind.OUTREACH).potentialClients() + 3);
		assertThat(total(after, ActivityKind.ADVOCACY).sessions())
			.isEqualTo(total(before, ActivityKind.ADVOCACY).sessions() + 1);

		// the province-wide report sees them too; another unit's agent does not
		assertThat(this.activities.list(this.world.agent.scope(), ActivityKind.MAPPING, year, null, 500))
			.extracting(ActivityLine::id)
			.contains(mapping.id());
		assertThat(this.activities.find(mapping.id(), this.world.otherAgent.scope())).isEmpty();
		assertThatThrownBy(() -> this.activities.get(mapping.id(), this.world.otherAgent.scope()))
			.isInstanceOf(RecordNotFound.class);
	}

	@Test
	void aTrainingGivesEveryTraineeATrainingRecord() {
		String topic = "Pelatihan konseling " + ActivityWorld.random();
		UUID first = this.world.activeAgents.get(0).id();
		UUID second = this.world.activeAgents.get(1).id();
		NewActivity training = new NewActivity(null, null, ActivityKind.TRAINING, this.world.today,
				ActivityWorld.GUNUNGPUTRI_VILLAGE, null, null, null, null, null, null, null, null, null, null, null,
				null, topic, null, null, null, new BigDecimal("8"), List.of(first, second), null, null, null, null,
				null);
		Activity recorded = this.activities.record(training, this.world.agent);
		assertThat(recorded.traineeIds()).containsExactlyInAnyOrder(first, second);
		assertThat(this.world.trainings(first, topic)).isEqualTo(1);
		assertThat(this.world.trainings(second, topic)).isEqualTo(1);

		// an inactive person cannot be trained: nothing written, not even for the others
		String refusedTopic = "Ditolak " + ActivityWorld.random();
		long before = this.world.activities();
		assertThatThrownBy(
				() -> this.activities.record(
						new NewActivity(null, null, ActivityKind.TRAINING, this.world.today,
								ActivityWorld.GUNUNGPUTRI_VILLAGE, null, null, null, null, null, null, null, null, null,
								null, null, null, refusedTopic, null, null, null, BigDecimal.ONE,
								List.of(first, this.world.inactiveAgent.id()), null, null, null, null, null),
						this.world.agent))
			.isInstanceOf(RuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "traineeIds");
		assertThat(this.world.activities()).isEqualTo(before);
		assertThat(this.world.trainings(first, refusedTopic)).isZero();
	}

	@Test
	void cadreDevelopmentAppointsByDecreeAndReplacesOnlyInactiveAgents() {
		String decree = "SK " + ActivityWorld.random();
		UUID agent = this.world.activeAgents.getLast().id();
		Activity appointed = this.activities.record(new NewActivity(null, null, ActivityKind.CADRE_DEVELOPMENT,
				this.world.today, ActivityWorld.GUNUNGPUTRI_VILLAGE, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, CadreAction.APPOINTED, agent, null, decree,
				this.world.today), this.world.agent);
		assertThat(appointed.cadreAction()).isEqualTo(CadreAction.APPOINTED);
		assertThat(this.world.appointments(agent, decree)).isEqualTo(1);

		Activity replaced = this.activities.record(new NewActivity(null, null, ActivityKind.CADRE_DEVELOPMENT,
				this.world.today, ActivityWorld.GUNUNGPUTRI_VILLAGE, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, CadreAction.REPLACED, agent,
				this.world.inactiveAgent.id(), null, null), this.world.agent);
		assertThat(replaced.replacedPersonId()).isEqualTo(this.world.inactiveAgent.id());

		UUID stillActive = this.world.activeAgents.getFirst().id();
		assertThatThrownBy(() -> this.activities
			.record(new NewActivity(null, null, ActivityKind.CADRE_DEVELOPMENT, this.world.today,
					ActivityWorld.GUNUNGPUTRI_VILLAGE, null, null, null, null, null, null, null, null, null, null, null,
					null, null, null, null, null, null, null, CadreAction.REPLACED, agent, stillActive, null, null),
					this.world.agent))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("activity.error.replacedStillActive");
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
		long before = this.world.activities();
		assertRefused(NewActivity.socialization(null, this.world.today, ActivityWorld.GUNUNGPUTRI_VILLAGE,
				Audience.COMMUNITY, -1), "peopleReached", "activity.error.negative");
		assertRefused(NewActivity.outreach(null, this.world.today, ActivityWorld.GUNUNGPUTRI_VILLAGE, 5, -2, null),
				"potentialClients", "activity.error.negative");
		assertRefused(NewActivity.outreach(null, this.world.today, ActivityWorld.GUNUNGPUTRI_VILLAGE, 5, 6, null),
				"potentialClients", "activity.error.potentialExceedsReached");
		assertRefused(NewActivity.mapping(null, this.world.today, ActivityWorld.GUNUNGPUTRI_VILLAGE, "RW 02",
				MappingMethod.OBSERVATION, -3, null), "hotSpots", "activity.error.negative");
		assertRefused(NewActivity.mapping(null, this.world.today, this.world.bandungVillage, "RW 02",
				MappingMethod.OBSERVATION, 0, null), "villageCode", "activity.error.villageOutsideRegency");
		assertRefused(NewActivity.socialization(null, this.world.today, "32.01.02", Audience.COMMUNITY, 3),
				"villageCode", "activity.error.villageUnknown");
		assertRefused(NewActivity.socialization(null, this.world.today.plusDays(2), ActivityWorld.GUNUNGPUTRI_VILLAGE,
				Audience.COMMUNITY, 3), "heldOn", "activity.error.dateInFuture");
		assertRefused(NewActivity.outreach(null, this.world.today, ActivityWorld.GUNUNGPUTRI_VILLAGE, 5, 1,
				List.of(UUID.randomUUID())), "clientIds", "activity.error.clientNotFound");
		// a participant of another unit
		UUID cicadasAgent = this.world.otherAgent.personId();
		assertRefused(
				NewActivity
					.socialization(null, this.world.today, ActivityWorld.GUNUNGPUTRI_VILLAGE, Audience.COMMUNITY, 3)
					.withParticipants(null, List.of(cicadasAgent)),
				"participantIds", "activity.error.personNotInOrganisation");
		assertThat(this.world.activities()).isEqualTo(before);
	}

	@Test
	void attachmentsAreCheckedByTheirBytesAndServedOnlyInScope() {
		Activity activity = this.activities.record(NewActivity.socialization(null, this.world.today,
				ActivityWorld.GUNUNGPUTRI_VILLAGE, Audience.SCHOOLS, 25), this.world.agent);
		AttachmentInfo png = this.activities.attach(activity.id(),
				new Upload("daftar-hadir.png", "image/png", ActivityWorld.png()), this.world.agent);
		AttachmentInfo pdf = this.activities.attach(activity.id(),
				new Upload("../../sk kepala desa.pdf", "application/octet-stream", ActivityWorld.pdf()),
				this.world.agent);
		assertThat(png.contentType()).isEqualTo("image/png");
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		assertThat(pdf.fileName()).isEqualTo("sk kepala desa.pdf");
		assertThat(this.activities.attachment(activity.id(), png.id(), this.world.agent.scope()).bytes())
			.isEqualTo(ActivityWorld.png());
		assertThatThrownBy(() -> this.activities.attachment(activity.id(), png.id(), this.world.otherAgent.scope()))
			.isInstanceOf(RecordNotFound.class);

		long before = this.world.attachments();
		assertThatThrownBy(() -> this.activities.attach(activity.id(),
				new Upload("foto.png", "image/png", ActivityWorld.text()), this.world.agent))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("activity.error.attachmentType");
		byte[] tooLarge = new byte[(int) this.activities.maxAttachmentBytes() + 1];
		System.arraycopy(ActivityWorld.png(), 0, tooLarge, 0, 8);
		assertThatThrownBy(() -> this.activities.attach(activity.id(), new Upload("besar.png", "image/png", tooLarge),
				this.world.agent))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("activity.error.attachmentTooLarge");
		// a good file and a bad one together: neither is kept, and no activity either
		long activitiesBefore = this.world.activities();
		assertThatThrownBy(() -> this.activities.record(
				NewActivity.socialization(null, this.world.today, ActivityWorld.GUNUNGPUTRI_VILLAGE, Audience.YOUTH, 9),
				List.of(new Upload("a.png", "image/png", ActivityWorld.png()),
						new Upload("b.png", "image/png", ActivityWorld.text())),
				this.world.agent))
			.isInstanceOf(RuleViolation.class);
		assertThat(this.world.attachments()).isEqualTo(before);
		assertThat(this.world.activities()).isEqualTo(activitiesBefore);
	}

	@Test
	void aVoidedActivityStaysMarkedAndCountsNowhere() {
		int year = this.world.today.getYear();
		long sessionsBefore = total(this.counts.perYear(this.world.agent.scope(), year, this.world.unit),
				ActivityKind.OUTREACH)
			.sessions();
		Activity activity = this.activities.record(
				NewActivity.outreach(null, this.world.today, ActivityWorld.GUNUNGPUTRI_VILLAGE, 7, 1, null),
				this.world.agent);
		assertThat(total(this.counts.perYear(this.world.agent.scope(), year, this.world.unit), ActivityKind.OUTREACH)
			.sessions()).isEqualTo(sessionsBefore + 1);

		assertThatThrownBy(() -> this.activities.voidActivity(activity.id(), " ", this.world.agent))
			.isInstanceOf(RuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "reason");
		Activity voided = this.activities.voidActivity(activity.id(), "Tercatat dua kali", this.world.agent);
		assertThat(voided.isVoided()).isTrue();
		assertThat(this.activities.get(activity.id(), this.world.agent.scope()).voidReason())
			.isEqualTo("Tercatat dua kali");
		assertThat(this.activities.list(this.world.agent.scope(), ActivityKind.OUTREACH, year, this.world.unit, 500))
			.filteredOn(line -> line.id().equals(activity.id()))
			.singleElement()
			.extracting(ActivityLine::voided)
			.isEqualTo(true);
		assertThat(total(this.counts.perYear(this.world.agent.scope(), year, this.world.unit), ActivityKind.OUTREACH)
			.sessions()).isEqualTo(sessionsBefore);
		assertThat(this.world.audits(activity.id(), "activity.voided")).isEqualTo(1);
		assertThatThrownBy(() -> this.activities.edit(activity.id(), null,
				NewActivity.outreach(null, this.world.today, ActivityWorld.GUNUNGPUTRI_VILLAGE, 8, 1, null),
				this.world.agent))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("activity.error.voided");
	}

	@Test
	void aRetryWithTheSameIdIsANoOpAndADifferentOneAConflict() {
		UUID id = Ids.newId();
		NewActivity command = NewActivity
			.socialization(null, this.world.today, ActivityWorld.GUNUNGPUTRI_VILLAGE, Audience.COMMUNITY, 15)
			.withId(id);
		Activity first = this.activities.record(command, this.world.agent);
		Activity again = this.activities.record(command, this.world.agent);
		assertThat(again.version()).isEqualTo(first.version());
		assertThat(this.world.audits(id, "activity.recorded")).isEqualTo(1);
		assertThatThrownBy(() -> this.activities.record(NewActivity
			.socialization(null, this.world.today, ActivityWorld.GUNUNGPUTRI_VILLAGE, Audience.COMMUNITY, 16)
			.withId(id), this.world.agent)).isInstanceOf(Conflict.class);

		Activity edited = this.activities.edit(id, first.version(), NewActivity.socialization(null, this.world.today,
				ActivityWorld.GUNUNGPUTRI_VILLAGE, Audience.COMMUNITY, 18), this.world.agent);
		assertThat(edited.peopleReached()).isEqualTo(18);
		assertThat(this.world.audits(id, "activity.edited")).isEqualTo(1);
		assertThatThrownBy(() -> this.activities.edit(id, first.version(), NewActivity.socialization(null,
				this.world.today, ActivityWorld.GUNUNGPUTRI_VILLAGE, Audience.COMMUNITY, 19), this.world.agent))
			.isInstanceOf(Conflict.class);
	}

	private void assertRefused(NewActivity command, String field, String key) {
		assertThatThrownBy(() -> this.activities.record(command, this.world.agent)).isInstanceOf(RuleViolation.class)
			.hasMessage(key)
			.hasFieldOrPropertyWithValue("field", field);
	}

	private static ActivityCounts.KindTotal total(List<ActivityCounts.KindTotal> totals, ActivityKind kind) {
		return totals.stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
	}

}
