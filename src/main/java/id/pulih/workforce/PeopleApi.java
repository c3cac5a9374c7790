package id.pulih.workforce;

import id.pulih.shared.Sex;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.Roles;
import id.pulih.shared.security.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * People for integrations and offline clients, within the caller's scope. A person
 * outside it answers 404 like a missing one. Registration may carry an id chosen by the
 * client, so it can be retried: the same id with the same content answers the stored
 * person (200), with different content 409.
 */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Recovery agents, unit chairs, officers and health workers")
class PeopleApi {

	private final Workforce workforce;

	PeopleApi(Workforce workforce) {
		this.workforce = workforce;
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER, Roles.ADMINISTRATOR })
	@GetMapping
	@Operation(summary = "Search people by name, role, organisation and status")
	List<PersonSummary> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) PersonRole role, @RequestParam(required = false) UUID organisationId,
			@RequestParam(required = false) Boolean active, @RequestParam(defaultValue = "50") int limit) {
		return this.workforce.search(scope(), q, role, organisationId, active, Math.clamp(limit, 1, 500));
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER, Roles.ADMINISTRATOR })
	@GetMapping("/{id}")
	@Operation(summary = "One person, with appointments, trainings and status")
	PersonView get(@PathVariable UUID id) {
		return PersonView.of(this.workforce.get(id, scope()));
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER, Roles.UNIT_CHAIR })
	@PostMapping
	@Operation(summary = "Register a person (201), or repeat a registration with the same id and content (200)")
	ResponseEntity<PersonView> register(@Valid @RequestBody NewPersonRequest request) {
		Scope scope = scope();
		boolean repeated = request.id() != null && this.workforce.find(request.id(), scope).isPresent();
		Person person = this.workforce.register(request.toCommand(), scope);
		PersonView view = PersonView.of(person);
		return repeated ? ResponseEntity.ok(view)
				: ResponseEntity.created(URI.create("/api/v1/people/" + person.id())).body(view);
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER, Roles.UNIT_CHAIR })
	@PostMapping("/{id}/appointments")
	@Operation(summary = "Record an appointment by decree (the person must be active)")
	PersonView appoint(@PathVariable UUID id, @Valid @RequestBody AppointmentRequest request) {
		return PersonView
			.of(this.workforce.appoint(id, request.decreeNumber(), request.decreeDate(), request.unitId(), scope()));
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER, Roles.UNIT_CHAIR })
	@PostMapping("/{id}/trainings")
	@Operation(summary = "Record a training the person attended")
	PersonView addTraining(@PathVariable UUID id, @Valid @RequestBody TrainingRequest request) {
		return PersonView.of(this.workforce.addTraining(id, request.topic(), request.trainedOn(), request.hours(),
				request.organiser(), scope()));
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER, Roles.UNIT_CHAIR })
	@PostMapping("/{id}/deactivate")
	@Operation(summary = "Mark the person inactive from a date (today when omitted), with a reason")
	PersonView deactivate(@PathVariable UUID id, @Valid @RequestBody DeactivationRequest request) {
		return PersonView.of(this.workforce.deactivate(id, request.reason(), request.since(), scope()));
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER, Roles.UNIT_CHAIR })
	@PostMapping("/{id}/reactivate")
	@Operation(summary = "Mark an inactive person active again from today")
	PersonView reactivate(@PathVariable UUID id) {
		return PersonView.of(this.workforce.reactivate(id, scope()));
	}

	private static Scope scope() {
		return CurrentUser.get().scope();
	}

	/** A person to register; {@code id} and {@code activeSince} are optional. */
	record NewPersonRequest(@Nullable UUID id,
			@NotBlank(message = "{workforce.error.fullNameRequired}") @Size(max = Person.NAME_MAX,
					message = "{workforce.error.fullNameTooLong}") String fullName,
			@NotNull(message = "{workforce.error.sexRequired}") Sex sex,
			@NotNull(message = "{workforce.error.roleRequired}") PersonRole role,
			@NotNull(message = "{workforce.error.organisationRequired}") UUID organisationId,
			@Nullable @Size(max = 30, message = "{workforce.error.phone}") String phone,
			@Nullable LocalDate activeSince) {

		NewPerson toCommand() {
			return new NewPerson(this.id, this.fullName, this.sex, this.role, this.organisationId, this.phone,
					this.activeSince);
		}

	}

	record AppointmentRequest(
			@NotBlank(message = "{workforce.error.decreeNumberRequired}") @Size(max = Person.DECREE_NUMBER_MAX,
					message = "{workforce.error.decreeNumberTooLong}") String decreeNumber,
			@NotNull(message = "{workforce.error.dateRequired}") LocalDate decreeDate,
			@NotNull(message = "{workforce.error.unitRequired}") UUID unitId) {

	}

	/** {@code hours}: more than 0, at most 999, one decimal at most. */
	record TrainingRequest(
			@NotBlank(message = "{workforce.error.topicRequired}") @Size(max = Person.TEXT_MAX,
					message = "{workforce.error.topicTooLong}") String topic,
			@NotNull(message = "{workforce.error.dateRequired}") LocalDate trainedOn,
			@NotNull(message = "{workforce.error.hoursRequired}") BigDecimal hours,
			@Nullable @Size(max = Person.TEXT_MAX, message = "{workforce.error.organiserTooLong}") String organiser) {

	}

	/** {@code since} defaults to today. */
	record DeactivationRequest(@NotBlank(message = "{workforce.error.reasonRequired}") @Size(max = Person.REASON_MAX,
			message = "{workforce.error.reasonTooLong}") String reason, @Nullable LocalDate since) {

	}

	/** A person as the API shows it. */
	record PersonView(UUID id, String fullName, Sex sex, PersonRole role, UUID organisationId, @Nullable String phone,
			LocalDate activeSince, boolean active, @Nullable LocalDate inactiveSince, @Nullable String inactiveReason,
			List<Appointment> appointments, List<Training> trainings, @Nullable Instant updatedAt,
			@Nullable Integer version) {

		static PersonView of(Person person) {
			return new PersonView(person.id(), person.fullName(), person.sex(), person.role(), person.organisationId(),
					person.phone(), person.activeSince(), person.isActive(), person.inactiveSince(),
					person.inactiveReason(), person.appointments(), person.trainings(), person.updatedAt(),
					person.version());
		}

	}

}
