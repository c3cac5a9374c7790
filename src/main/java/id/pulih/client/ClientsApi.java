package id.pulih.client;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.pulih.shared.RecordNotFound;
import id.pulih.shared.Sex;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Roles;
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
 * Clients for integrations and offline clients, within the caller's scope; a client
 * outside it answers 404 like a missing one. The API carries pseudonymous data only:
 * identifying details are opened one client at a time, with a reason that goes to the
 * audit trail, and only for the roles that work with clients in person.
 * <p>
 * Registration may carry an id chosen by the caller, so it can be retried: the same id
 * with the same content answers the stored client (200), other content 409. A code that
 * is already registered in the caller's scope answers that client (200, created false).
 */
@RestController
@RequestMapping("/api/v1/clients")
@Tag(name = "Clients", description = "Pseudonymous client registry, consent and identity vault")
class ClientsApi {

	private final ClientRegistry registry;

	private final IdentityVault vault;

	ClientsApi(ClientRegistry registry, IdentityVault vault) {
		this.registry = registry;
		this.vault = vault;
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER })
	@GetMapping
	@Operation(summary = "Search current clients by the start of their code (any case); newest first")
	List<ClientSummary> search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "50") int limit) {
		return this.registry.search(CurrentUser.get().scope(), q, Math.clamp(limit, 1, 500));
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER })
	@GetMapping("/{id}")
	@Operation(summary = "One client (a merged client answers its survivor), without identifying details")
	ClientView get(@PathVariable UUID id) {
		return ClientView.of(this.registry.get(id, CurrentUser.get().scope()));
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER })
	@PostMapping
	@Operation(summary = "Register a client (201); a retry or a code already registered in scope answers 200")
	ResponseEntity<RegistrationView> register(@Valid @RequestBody NewClientRequest request) {
		Registration registration = this.registry.register(request.toCommand(), CurrentUser.get());
		RegistrationView view = RegistrationView.of(registration);
		return registration.created()
				? ResponseEntity.created(URI.create("/api/v1/clients/" + registration.client().id())).body(view)
				: ResponseEntity.ok(view);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER })
	@PostMapping("/{id}/consent")
	@Operation(summary = "Record the client's consent to keep identifying details")
	ClientView giveConsent(@PathVariable UUID id, @Valid @RequestBody ConsentRequest request) {
		PulihUser me = CurrentUser.get();
		Client client = this.registry.get(id, me.scope());
		return ClientView.of(this.vault.giveConsent(client.id(), request.purpose(), request.consentedOn(),
				request.retentionMonths(), me));
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER })
	@PostMapping("/{id}/consent/withdraw")
	@Operation(summary = "Withdraw the active consent; identifying details are erased at once")
	ClientView withdrawConsent(@PathVariable UUID id) {
		PulihUser me = CurrentUser.get();
		Client client = this.registry.get(id, me.scope());
		return ClientView.of(this.vault.withdrawConsent(client.id(), me));
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER })
	@PostMapping("/{id}/identity/view")
	@Operation(summary = "Open the client's identifying details, with the reason (recorded in the audit trail)")
	IdentityView viewIdentity(@PathVariable UUID id, @Valid @RequestBody RevealRequest request) {
		PulihUser me = CurrentUser.get();
		Client client = this.registry.get(id, me.scope());
		IdentityDetails details = this.vault.reveal(client.id(), request.reason(), request.explanation(), me)
			.orElseThrow(() -> new RecordNotFound("identity"));
		return new IdentityView(client.id(), details.nameOrNickname(), details.nik(), details.phone(),
				details.address());
	}

	/**
	 * A client to register. {@code id}, {@code birthDate} (or {@code birthYear}),
	 * {@code sourceOrganisationId} (for REFERRAL and AFTERCARE) and {@code registeredOn}
	 * (today) are optional; an unknown parent's name is left out.
	 */
	record NewClientRequest(@Nullable UUID id,
			@Nullable @Size(max = UicBuilder.NAME_MAX, message = "{client.error.nameTooLong}") String motherFirstName,
			@Nullable @Size(max = UicBuilder.NAME_MAX, message = "{client.error.nameTooLong}") String fatherFirstName,
			@NotNull(message = "{client.error.sexRequired}") Sex sex, @Nullable LocalDate birthDate,
			@Nullable Integer birthYear, @NotNull(message = "{client.error.villageRequired}") String villageCode,
			@NotNull(message = "{client.error.sourceRequired}") ClientSource source,
			@Nullable UUID sourceOrganisationId, @Nullable LocalDate registeredOn) {

		NewClient toCommand() {
			return new NewClient(this.id,
					new UicFacts(this.motherFirstName, this.fatherFirstName, this.sex, this.birthDate), this.sex,
					this.birthDate, this.birthYear, this.villageCode, this.source, this.sourceOrganisationId,
					this.registeredOn);
		}

	}

	/** {@code retentionMonths}: 1 to 120. */
	record ConsentRequest(@NotNull(message = "{client.error.purposeRequired}") String purpose,
			@NotNull(message = "{client.error.dateRequired}") LocalDate consentedOn,
			@NotNull(message = "{client.error.retentionRequired}") Integer retentionMonths) {

	}

	/** {@code explanation} is required for the reason OTHER. */
	record RevealRequest(@NotNull(message = "{client.error.revealReasonRequired}") RevealReason reason,
			@Nullable String explanation) {

	}

	/**
	 * A client as the API shows it: pseudonymous facts, consents, whether identity is
	 * kept.
	 */
	record ClientView(UUID id, String uic, Sex sex, @Nullable LocalDate birthDate, int birthYear, String villageCode,
			String provinceCode, ClientSource source, @Nullable UUID sourceOrganisationId, UUID organisationId,
			LocalDate registeredOn, boolean voided, @Nullable UUID mergedInto, List<Consent> consents,
			boolean identityKept, @Nullable Integer version) {

		static ClientView of(Client client) {
			return new ClientView(client.id(), client.uic(), client.sex(), client.birthDate(), client.birthYear(),
					client.villageCode(), client.provinceCode(), client.source(), client.sourceOrganisationId(),
					client.organisationId(), client.registeredOn(), client.isVoided(), client.mergedInto(),
					client.consents(), client.hasIdentity(), client.version());
		}

	}

	/** The outcome of a registration. */
	record RegistrationView(ClientView client, boolean created, List<ClientSummary> possibleDuplicatesElsewhere) {

		static RegistrationView of(Registration registration) {
			return new RegistrationView(ClientView.of(registration.client()), registration.created(),
					registration.possibleDuplicatesElsewhere());
		}

	}

	/** A client's identifying details, opened for one caller. */
	record IdentityView(UUID clientId, @Nullable String nameOrNickname, @Nullable String nik, @Nullable String phone,
			@Nullable String address) {

	}

}
