package id.pulih.workforce;

import id.pulih.shared.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import id.pulih.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The guards of the person aggregate, without Spring or a database. */
class PersonTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private static final UUID UNIT = UUID.randomUUID();

	private static Person agent() {
		return Person.register(new NewPerson(null, "  Siti Rahayu ", Sex.FEMALE, PersonRole.RECOVERY_AGENT, UNIT,
				"0812 3456 7890", null), TODAY.minusYears(1), TODAY);
	}

	private static void assertViolation(Runnable command, String field, String key) {
		assertThatThrownBy(command::run).isInstanceOfSatisfying(RuleViolation.class, ex -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.messageKey()).isEqualTo(key);
		});
	}

	@Test
	void aRegisteredPersonIsActiveWithATrimmedName() {
		Person person = agent();
		assertThat(person.id()).isNotNull();
		assertThat(person.fullName()).isEqualTo("Siti Rahayu");
		assertThat(person.isActive()).isTrue();
		assertThat(person.activeSince()).isEqualTo(TODAY.minusYears(1));
		assertThat(person.appointments()).isEmpty();
		assertThat(person.trainings()).isEmpty();
	}

	@Test
	void registrationNeedsANameSexRoleAndOrganisationAndAPastStart() {
		assertViolation(() -> Person
			.register(new NewPerson(null, " ", Sex.MALE, PersonRole.FIELD_OFFICER, UNIT, null, null), TODAY, TODAY),
				"fullName", "workforce.error.fullNameRequired");
		assertViolation(() -> Person.register(
				new NewPerson(null, "x".repeat(151), Sex.MALE, PersonRole.FIELD_OFFICER, UNIT, null, null), TODAY,
				TODAY), "fullName", "workforce.error.fullNameTooLong");
		assertViolation(() -> Person
			.register(new NewPerson(null, "Budi", null, PersonRole.FIELD_OFFICER, UNIT, null, null), TODAY, TODAY),
				"sex", "workforce.error.sexRequired");
		assertViolation(
				() -> Person.register(new NewPerson(null, "Budi", Sex.MALE, null, UNIT, null, null), TODAY, TODAY),
				"role", "workforce.error.roleRequired");
		assertViolation(() -> Person.register(
				new NewPerson(null, "Budi", Sex.MALE, PersonRole.FIELD_OFFICER, UNIT, "call me", null), TODAY, TODAY),
				"phone", "workforce.error.phone");
		assertViolation(
				() -> Person.register(new NewPerson(null, "Budi", Sex.MALE, PersonRole.FIELD_OFFICER, UNIT, null, null),
						TODAY.plusDays(1), TODAY),
				"activeSince", "workforce.error.dateInFuture");
	}

	@Test
	void anAppointmentNeedsANumberAPastDateAndAUnit() {
		Person person = agent();
		assertViolation(() -> person.appoint(" ", TODAY, UNIT, TODAY), "decreeNumber",
				"workforce.error.decreeNumberRequired");
		assertViolation(() -> person.appoint("SK 1/2026", null, UNIT, TODAY), "decreeDate",
				"workforce.error.dateRequired");
		assertViolation(() -> person.appoint("SK 1/2026", TODAY.plusDays(1), UNIT, TODAY), "decreeDate",
				"workforce.error.dateInFuture");
		assertViolation(() -> person.appoint("SK 1/2026", TODAY, null, TODAY), "unitId",
				"workforce.error.unitRequired");
		assertThat(person.appointments()).isEmpty();

		Appointment appointment = person.appoint(" SK 1/2026 ", TODAY, UNIT, TODAY);
		assertThat(appointment.decreeNumber()).isEqualTo("SK 1/2026");
		assertThat(person.appointments()).containsExactly(appointment);
	}

	@Test
	void anInactivePersonCannotBeAppointedNorGivenWork() {
		Person person = agent();
		person.deactivate("Pindah domisili", TODAY, TODAY);
		assertViolation(() -> person.appoint("SK 2/2026", TODAY, UNIT, TODAY), "personId", "workforce.error.inactive");
		assertViolation(person::requireActive, "personId", "workforce.error.inactive");
		assertThat(person.appointments()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", "0.0", "999.1", "1000", "1.25" })
	void trainingHoursOutsideTheRangeAreRefused(String hours) {
		Person person = agent();
		assertViolation(() -> person.addTraining("Konseling dasar", TODAY, new BigDecimal(hours), null, TODAY), "hours",
				"workforce.error.hoursRange");
		assertThat(person.trainings()).isEmpty();
	}

	@Test
	void aTrainingIsKeptWithOneDecimal() {
		Person person = agent();
		assertViolation(() -> person.addTraining("Konseling dasar", TODAY, null, null, TODAY), "hours",
				"workforce.error.hoursRequired");
		assertViolation(() -> person.addTraining("", TODAY, BigDecimal.ONE, null, TODAY), "topic",
				"workforce.error.topicRequired");
		assertViolation(() -> person.addTraining("Konseling", TODAY.plusDays(1), BigDecimal.ONE, null, TODAY),
				"trainedOn", "workforce.error.dateInFuture");

		Training training = person.addTraining("Konseling dasar", TODAY, new BigDecimal("999"), " BNNP Jawa Barat ",
				TODAY);
		assertThat(training.hours()).isEqualByComparingTo("999").hasScaleOf(1);
		assertThat(training.organiser()).isEqualTo("BNNP Jawa Barat");
		assertThat(person.addTraining("Pemetaan", TODAY, new BigDecimal("0.5"), " ", TODAY).organiser()).isNull();
		assertThat(person.trainings()).hasSize(2);
	}

	@Test
	void deactivationNeedsAReasonAndADateNotBeforeTheStart() {
		Person person = agent();
		assertViolation(() -> person.deactivate("  ", TODAY, TODAY), "reason", "workforce.error.reasonRequired");
		assertViolation(() -> person.deactivate("Pindah", TODAY.plusDays(1), TODAY), "since",
				"workforce.error.dateInFuture");
		assertViolation(() -> person.deactivate("Pindah", TODAY.minusYears(2), TODAY), "since",
				"workforce.error.inactiveBeforeActive");
		assertThat(person.isActive()).isTrue();

		person.deactivate(" Pindah domisili ", TODAY.minusDays(3), TODAY);
		assertThat(person.isActive()).isFalse();
		assertThat(person.inactiveSince()).isEqualTo(TODAY.minusDays(3));
		assertThat(person.inactiveReason()).isEqualTo("Pindah domisili");
		assertThatThrownBy(() -> person.deactivate("Lagi", TODAY, TODAY)).isInstanceOf(RuleViolation.class)
			.hasMessage("workforce.error.alreadyInactive");
	}

	@Test
	void aReactivatedPersonIsActiveAgainFromThatDay() {
		Person person = agent();
		assertThatThrownBy(() -> person.reactivate(TODAY)).isInstanceOf(RuleViolation.class)
			.hasMessage("workforce.error.alreadyActive");
		person.deactivate("Sakit", TODAY.minusDays(30), TODAY);
		person.reactivate(TODAY);
		assertThat(person.isActive()).isTrue();
		assertThat(person.activeSince()).isEqualTo(TODAY);
		assertThat(person.inactiveSince()).isNull();
		assertThat(person.inactiveReason()).isNull();
	}

	@Test
	void editingChecksLikeRegistration() {
		Person person = agent();
		assertViolation(() -> person.edit("", Sex.FEMALE, null), "fullName", "workforce.error.fullNameRequired");
		assertViolation(() -> person.edit("Siti", Sex.FEMALE, "12"), "phone", "workforce.error.phone");
		assertThat(person.fullName()).isEqualTo("Siti Rahayu");
		person.edit("Siti R.", Sex.FEMALE, " ");
		assertThat(person.fullName()).isEqualTo("Siti R.");
		assertThat(person.phone()).isNull();
	}

	@Test
	void aRetriedRegistrationMatchesOnlyTheSameContent() {
		UUID id = UUID.randomUUID();
		NewPerson command = new NewPerson(id, "Andi", Sex.MALE, PersonRole.HEALTH_WORKER, UNIT, "+62 811 111 111",
				TODAY.minusDays(1));
		Person person = Person.register(command, command.activeSince(), TODAY);
		assertThat(person.id()).isEqualTo(id);
		assertThat(person.sameAs(command)).isTrue();
		assertThat(person
			.sameAs(new NewPerson(id, " Andi ", Sex.MALE, PersonRole.HEALTH_WORKER, UNIT, "+62 811 111 111", null)))
			.isTrue();
		assertThat(person.sameAs(new NewPerson(id, "Andy", Sex.MALE, PersonRole.HEALTH_WORKER, UNIT, "+62 811 111 111",
				TODAY.minusDays(1))))
			.isFalse();
		assertThat(person.sameAs(new NewPerson(id, "Andi", Sex.MALE, PersonRole.FIELD_OFFICER, UNIT, "+62 811 111 111",
				TODAY.minusDays(1))))
			.isFalse();
	}

}
