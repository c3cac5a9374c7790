package id.pulih.organisation;

import java.lang.reflect.Type;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import id.pulih.geography.Area;
import id.pulih.geography.Areas;
import id.pulih.shared.FundingSource;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.Roles;
import id.pulih.shared.security.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organisations for integrations and offline clients, with the same roles and scope as
 * the pages. A client may choose the id of a new organisation so that a retried create is
 * harmless: the same id with the same content answers the stored organisation (200), with
 * different content a conflict (409).
 */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations")
class OrganisationApi {

	/** The largest request body the API reads; organisation requests are small. */

	private final Organisations organisations;

	private final Areas areas;

	OrganisationApi(Organisations organisations, Areas areas) {
		this.organisations = organisations;
		this.areas = areas;
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.ADMINISTRATOR })
	@GetMapping
	@Operation(summary = "Search the organisations in the caller's scope by name or code, and type")
	List<OrganisationSummary> search(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) OrganisationType type,
			@RequestParam(defaultValue = "false") boolean includeVoided, @RequestParam(defaultValue = "50") int limit) {
		String term = (q.length() > Organisations.NAME_MAX) ? q.substring(0, Organisations.NAME_MAX) : q;
		return this.organisations.search(scope(), term, type, includeVoided, Math.clamp(limit, 1, 500));
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.ADMINISTRATOR })
	@GetMapping("/{id}")
	@Operation(summary = "One organisation, with an IBM unit's details")
	OrganisationView get(@PathVariable UUID id) {
		return view(this.organisations.get(id, scope()));
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.ADMINISTRATOR })
	@GetMapping("/{id}/children")
	@Operation(summary = "The organisations directly below one, inside the caller's scope")
	List<OrganisationSummary> children(@PathVariable UUID id) {
		this.organisations.get(id, scope());
		return this.organisations.children(id, scope());
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER })
	@PostMapping
	@Operation(summary = "Register an organisation (idempotent when the client chooses the id)")
	ResponseEntity<OrganisationView> create(@Valid @RequestBody CreateRequest request) {
		Organisations.Registration registration = this.organisations.registerIdempotently(request.toCommand(), scope());
		OrganisationView body = view(registration.organisation());
		if (!registration.created()) {
			return ResponseEntity.ok(body);
		}
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + body.id())).body(body);
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER })
	@PutMapping("/{id}")
	@Operation(summary = "Change an organisation's code, name and area")
	OrganisationView edit(@PathVariable UUID id, @Valid @RequestBody EditRequest request) {
		return view(this.organisations.edit(id, request.code(), request.name(), request.areaCode(), scope()));
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/void")
	@Operation(summary = "Void an organisation that has no active organisations below it")
	OrganisationView voidOrganisation(@PathVariable UUID id, @Valid @RequestBody VoidRequest request) {
		return view(this.organisations.voidOrganisation(id, request.reason(), scope()));
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/decrees")
	@Operation(summary = "Add a village head's decree to an IBM unit")
	OrganisationView addDecree(@PathVariable UUID id, @Valid @RequestBody DecreeRequest request) {
		return view(this.organisations.addDecree(id, request.number(), request.date(), scope()));
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/partners")
	@Operation(summary = "Add a network partner to an IBM unit")
	OrganisationView addPartner(@PathVariable UUID id, @Valid @RequestBody PartnerRequest request) {
		return view(
				this.organisations.addPartner(id, request.name(), request.kind(), request.organisationId(), scope()));
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/funding")
	@Operation(summary = "Add financial support (whole rupiah) to an IBM unit")
	OrganisationView addFunding(@PathVariable UUID id, @Valid @RequestBody FundingRequest request) {
		return view(this.organisations.addFunding(id, request.source(), request.amount(), request.year(),
				request.note(), scope()));
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/year-status")
	@Operation(summary = "Record that a BNNP/BNNK formed or developed an IBM unit in a year")
	OrganisationView recordYearStatus(@PathVariable UUID id, @Valid @RequestBody YearStatusRequest request) {
		return view(this.organisations.recordYearStatus(id, request.year(), request.status(),
				request.byOrganisationId(), scope()));
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/phases")
	@Operation(summary = "Record an IBM unit's development phase assessment")
	OrganisationView recordPhase(@PathVariable UUID id, @Valid @RequestBody PhaseRequest request) {
		return view(this.organisations.recordPhase(id, request.phase(), request.assessedOn(), request.note(), scope()));
	}

	private OrganisationView view(Organisation organisation) {
		UnitView unit = null;
		if (organisation.unit() != null) {
			Organisation.IbmUnitProfile profile = organisation.unit();
			unit = new UnitView(profile.villageCode(),
					this.areas.find(profile.villageCode()).map(Area::label).orElse(null), profile.formedOn(),
					organisation.currentPhase(), organisation.decrees(), organisation.partners(),
					organisation.fundings(), organisation.yearStatuses(), organisation.phases());
		}
		return new OrganisationView(organisation.id(), organisation.code(), organisation.name(), organisation.type(),
				organisation.parentId(), organisation.areaCode(), organisation.isVoided(), organisation.voidedAt(),
				organisation.voidReason(), organisation.version(), unit);
	}

	private static Scope scope() {
		return CurrentUser.get().scope();
	}

	record CreateRequest(UUID id,
			@NotBlank(message = "{organisation.validation.required}") @Size(max = Organisations.CODE_MAX,
					message = "{organisation.validation.tooLong}") String code,
			@NotBlank(message = "{organisation.validation.required}") @Size(max = Organisations.NAME_MAX,
					message = "{organisation.validation.tooLong}") String name,
			@NotNull(message = "{organisation.validation.required}") OrganisationType type, UUID parentId,
			@Size(max = Organisations.AREA_CODE_MAX, message = "{organisation.validation.tooLong}") String areaCode,
			LocalDate formedOn) {

		NewOrganisation toCommand() {
			return new NewOrganisation(this.id, this.code, this.name, this.type, this.parentId, this.areaCode,
					this.formedOn);
		}

	}

	record EditRequest(
			@NotBlank(message = "{organisation.validation.required}") @Size(max = Organisations.CODE_MAX,
					message = "{organisation.validation.tooLong}") String code,
			@NotBlank(message = "{organisation.validation.required}") @Size(max = Organisations.NAME_MAX,
					message = "{organisation.validation.tooLong}") String name,
			@Size(max = Organisations.AREA_CODE_MAX, message = "{organisation.validation.tooLong}") String areaCode) {
	}

	record VoidRequest(@NotBlank(message = "{organisation.validation.required}") @Size(max = Organisations.REASON_MAX,
			message = "{organisation.validation.tooLong}") String reason) {
	}

	record DecreeRequest(
			@NotBlank(message = "{organisation.validation.required}") @Size(max = Organisations.DECREE_NUMBER_MAX,
					message = "{organisation.validation.tooLong}") String number,
			@NotNull(message = "{organisation.validation.required}") LocalDate date) {
	}

	record PartnerRequest(
			@NotBlank(message = "{organisation.validation.required}") @Size(max = Organisations.NAME_MAX,
					message = "{organisation.validation.tooLong}") String name,
			@Size(max = Organisations.PARTNER_KIND_MAX, message = "{organisation.validation.tooLong}") String kind,
			UUID organisationId) {
	}

	record FundingRequest(@NotNull(message = "{organisation.validation.required}") FundingSource source,
			@NotNull(message = "{organisation.validation.required}") @Positive(
					message = "{organisation.validation.positive}") Long amount,
			@NotNull(message = "{organisation.validation.required}") Integer year,
			@Size(max = Organisations.FUNDING_NOTE_MAX, message = "{organisation.validation.tooLong}") String note) {
	}

	record YearStatusRequest(@NotNull(message = "{organisation.validation.required}") Integer year,
			@NotNull(message = "{organisation.validation.required}") UnitYearStatus status,
			@NotNull(message = "{organisation.validation.required}") UUID byOrganisationId) {
	}

	record PhaseRequest(@NotNull(message = "{organisation.validation.required}") DevelopmentPhase phase,
			@NotNull(message = "{organisation.validation.required}") LocalDate assessedOn,
			@Size(max = Organisations.PHASE_NOTE_MAX, message = "{organisation.validation.tooLong}") String note) {
	}

	/** An organisation as the API answers it; {@code unit} only for IBM units. */
	record OrganisationView(UUID id, String code, String name, OrganisationType type, UUID parentId, String areaCode,
			boolean voided, Instant voidedAt, String voidReason, Integer version, UnitView unit) {
	}

	record UnitView(String villageCode, String villageLabel, LocalDate formedOn, DevelopmentPhase currentPhase,
			List<Organisation.Decree> decrees, List<Organisation.Partner> partners, List<Organisation.Funding> funding,
			List<Organisation.YearStatus> yearStatuses, List<Organisation.PhaseRecord> phases) {
	}

}
