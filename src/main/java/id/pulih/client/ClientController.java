package id.pulih.client;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import id.pulih.geography.Area;
import id.pulih.geography.Areas;
import id.pulih.organisation.Organisation;
import id.pulih.organisation.OrganisationSummary;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.Sex;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Roles;
import id.pulih.shared.security.Scope;
import id.pulih.shared.web.FormErrors;
import id.pulih.shared.web.NavigationItem;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client pages: the scope's clients searchable by code, registration (showing the
 * code the facts give, and the existing client when that code is already registered in
 * the scope), one client's page (facts, consent, identity for the roles that need it,
 * possible duplicates, and the timeline of everything that happened to the client across
 * modules), and the list of possible duplicates to merge or dismiss. Everything is read
 * through the signed-in user's scope; a client outside it answers 404.
 */
@Controller
@RequestMapping("/clients")
class ClientController {

	/** Roles that register clients. */
	static final Set<Role> REGISTRARS = EnumSet.of(Role.RECOVERY_AGENT, Role.UNIT_CHAIR, Role.FIELD_OFFICER,
			Role.HEALTH_WORKER);

	/** Roles that see clients (their pseudonymous facts). */
	static final Set<Role> VIEWERS = EnumSet.of(Role.RECOVERY_AGENT, Role.UNIT_CHAIR, Role.FIELD_OFFICER,
			Role.PEER_SUPPORT_OFFICER, Role.HEALTH_WORKER, Role.REHABILITATION_OFFICER);

	private static final int LIST_LIMIT = 200;

	private static final String NIK_IN_NAME = "client.error.nikInName";

	private static final int DEFAULT_RETENTION_MONTHS = 24;

	private static final int SOURCE_OPTIONS = 50;

	private final ClientRegistry registry;

	private final IdentityVault vault;

	private final DuplicateFlags duplicates;

	private final Organisations organisations;

	private final Areas areas;

	private final ObjectProvider<ClientTimelineSource> timelineSources;

	ClientController(ClientRegistry registry, IdentityVault vault, DuplicateFlags duplicates,
			Organisations organisations, Areas areas, ObjectProvider<ClientTimelineSource> timelineSources) {
		this.registry = registry;
		this.vault = vault;
		this.duplicates = duplicates;
		this.organisations = organisations;
		this.areas = areas;
		this.timelineSources = timelineSources;
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER })
	@GetMapping
	String list(@RequestParam(required = false) String q, Model model) {
		results(q, model);
		PulihUser me = CurrentUser.get();
		model.addAttribute("canRegister", REGISTRARS.contains(me.role()));
		model.addAttribute("canResolveDuplicates", ClientRegistry.DUPLICATE_RESOLVERS.contains(me.role()));
		model.addAttribute("total", this.registry.count(me.scope()));
		return "client/clients";
	}

	/** The same search, answering only the results fragment to htmx. */
	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER })
	@GetMapping(headers = "HX-Request")
	String listPartial(@RequestParam(required = false) String q, Model model) {
		results(q, model);
		return "client/clients :: results";
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER })
	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("clientForm", ClientForm.empty());
		return newPage(ClientForm.empty(), model);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER })
	@PostMapping
	String register(@ModelAttribute("clientForm") ClientForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return newPage(form, model);
		}
		try {
			Registration registration = this.registry.register(form.toCommand(), CurrentUser.get());
			if (!registration.created()) {
				model.addAttribute("existing", registration.client());
				return newPage(form, model);
			}
			redirect.addFlashAttribute("message", registration.possibleDuplicatesElsewhere().isEmpty()
					? "client.registered" : "client.registeredWithDuplicates");
			return "redirect:/clients/" + registration.client().id();
		}
		catch (RuleViolation ex) {
			if (NIK_IN_NAME.equals(ex.messageKey())) {
				ClientForm cleared = form.without(ex.field());
				rejectAfresh(cleared, "clientForm", ex, model);
				return newPage(cleared, model);
			}
			FormErrors.reject(result, ex);
			return newPage(form, model);
		}
	}

	/** The code the typed facts give (and the village they name), for htmx. */
	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER })
	@GetMapping(path = "/uic", headers = "HX-Request")
	String preview(@ModelAttribute("clientForm") ClientForm form, BindingResult result, Model model) {
		previewModel(form, result.hasFieldErrors("birthYear") || result.hasFieldErrors("birthDate"), model);
		return "client/client-new :: preview";
	}

	/**
	 * Organisations a client of the source may come from, matching the term, for htmx.
	 */
	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER })
	@GetMapping(path = "/source-organisations", headers = "HX-Request")
	String sourceOrganisations(@RequestParam(required = false) String source, @RequestParam(required = false) String q,
			Model model) {
		ClientSource chosen = parseSource(source);
		model.addAttribute("sourceOrganisations", sourceOrganisationOptions(chosen, q, null));
		model.addAttribute("selectedSourceOrganisation", null);
		return "client/client-new :: sourceOrganisationOptions";
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER })
	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		Client client = this.registry.get(id, CurrentUser.get().scope());
		if (!client.id().equals(id)) {
			return "redirect:/clients/" + client.id();
		}
		return clientPage(client, model);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER })
	@PostMapping("/{id}/consent")
	String giveConsent(@PathVariable UUID id, @ModelAttribute("clientConsentForm") ConsentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		Client client = this.registry.get(id, me.scope());
		if (!result.hasErrors()) {
			try {
				this.vault.giveConsent(client.id(), form.purpose(), form.consentedOn(), form.retentionMonths(), me);
				redirect.addFlashAttribute("message", "client.consentRecorded");
				return "redirect:/clients/" + client.id();
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return clientPage(client, model);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER })
	@PostMapping("/{id}/consent/withdraw")
	String withdrawConsent(@PathVariable UUID id, RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		Client client = this.registry.get(id, me.scope());
		try {
			this.vault.withdrawConsent(client.id(), me);
			redirect.addFlashAttribute("message", "client.consentWithdrawnMessage");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/clients/" + client.id();
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER })
	@PostMapping("/{id}/identity")
	String recordIdentity(@PathVariable UUID id, @ModelAttribute("clientIdentityForm") IdentityForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		Client client = this.registry.get(id, me.scope());
		try {
			this.vault.recordIdentity(client.id(),
					new IdentityDetails(form.nameOrNickname(), form.nik(), form.phone(), form.address()), me);
			redirect.addFlashAttribute("message", "client.identityRecordedMessage");
			return "redirect:/clients/" + client.id();
		}
		catch (RuleViolation ex) {
			if (NIK_IN_NAME.equals(ex.messageKey())) {
				rejectAfresh(new IdentityForm(null, form.nik(), form.phone(), form.address()), "clientIdentityForm", ex,
						model);
			}
			else {
				FormErrors.reject(result, ex);
			}
			model.addAttribute("identityEditing", true);
			return clientPage(client, model);
		}
	}

	/** Opens the identity on the full page (without script). */
	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER })
	@PostMapping("/{id}/identity/view")
	String reveal(@PathVariable UUID id, @ModelAttribute("clientRevealForm") RevealForm form, BindingResult result,
			Model model) {
		Client client = revealInto(id, form, result, model);
		return clientPage(client, model);
	}

	/** Opens the identity and answers only its section, for htmx. */
	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER })
	@PostMapping(path = "/{id}/identity/view", headers = "HX-Request")
	String revealPartial(@PathVariable UUID id, @ModelAttribute("clientRevealForm") RevealForm form,
			BindingResult result, Model model) {
		Client client = revealInto(id, form, result, model);
		identityModel(client, CurrentUser.get(), model);
		return "client/client :: identity";
	}

	@RolesAllowed({ Roles.REHABILITATION_OFFICER, Roles.HEALTH_WORKER, Roles.UNIT_CHAIR })
	@GetMapping("/duplicates")
	String duplicates(Model model) {
		return duplicatesPage(model);
	}

	@RolesAllowed({ Roles.REHABILITATION_OFFICER, Roles.HEALTH_WORKER, Roles.UNIT_CHAIR })
	@PostMapping("/duplicates/{flagId}/merge")
	String merge(@PathVariable UUID flagId, @ModelAttribute("clientMergeForm") MergeForm form, Model model,
			RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		DuplicateFlags.DuplicateCase flag = this.duplicates.get(flagId, me.scope());
		try {
			if (!flag.bothVisible()) {
				throw RuleViolation.of("client.error.mergeNeedsBoth");
			}
			UUID first = flag.first().clientId();
			UUID second = flag.second().clientId();
			if (form.survivorId() == null || !(form.survivorId().equals(first) || form.survivorId().equals(second))) {
				throw new RuleViolation("survivorId", "client.error.survivorRequired");
			}
			UUID merged = form.survivorId().equals(first) ? second : first;
			this.registry.merge(form.survivorId(), merged, form.reason(), me);
			redirect.addFlashAttribute("message", "client.mergedMessage");
			return "redirect:/clients/" + form.survivorId();
		}
		catch (RuleViolation ex) {
			model.addAttribute("failedFlag", flagId);
			model.addAttribute("failedMessage", ex.messageKey());
			model.addAttribute("failedArguments", ex.arguments());
			model.addAttribute("failedReason", form.reason());
			return duplicatesPage(model);
		}
	}

	@RolesAllowed({ Roles.REHABILITATION_OFFICER, Roles.HEALTH_WORKER, Roles.UNIT_CHAIR })
	@PostMapping("/duplicates/{flagId}/dismiss")
	String dismiss(@PathVariable UUID flagId, @ModelAttribute("clientDismissForm") DismissForm form, Model model,
			RedirectAttributes redirect) {
		try {
			this.duplicates.dismiss(flagId, form.note(), CurrentUser.get());
			redirect.addFlashAttribute("message", "client.dismissedMessage");
			return "redirect:/clients/duplicates";
		}
		catch (RuleViolation ex) {
			model.addAttribute("failedFlag", flagId);
			model.addAttribute("failedMessage", ex.messageKey());
			model.addAttribute("failedArguments", ex.arguments());
			model.addAttribute("failedNote", form.note());
			return duplicatesPage(model);
		}
	}

	private Client revealInto(UUID id, RevealForm form, BindingResult result, Model model) {
		PulihUser me = CurrentUser.get();
		Client client = this.registry.get(id, me.scope());
		if (!result.hasErrors()) {
			try {
				this.vault.reveal(client.id(), form.reason(), form.explanation(), me).ifPresent(identity -> {
					model.addAttribute("identity", identity);
					model.addAttribute("clientIdentityForm", new IdentityForm(identity.nameOrNickname(), identity.nik(),
							identity.phone(), identity.address()));
				});
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return client;
	}

	/**
	 * Puts a form back without what was typed into one of its fields, with the error: a
	 * NIK typed into a name field is not echoed back to the page.
	 */
	private static void rejectAfresh(Object cleared, String name, RuleViolation ex, Model model) {
		BindingResult fresh = new DirectFieldBindingResult(cleared, name);
		FormErrors.reject(fresh, ex);
		model.addAttribute(name, cleared);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, fresh);
	}

	private void results(@Nullable String q, Model model) {
		model.addAttribute("clients", this.registry.search(CurrentUser.get().scope(), q, LIST_LIMIT));
		model.addAttribute("limit", LIST_LIMIT);
		model.addAttribute("q", q);
	}

	private String newPage(ClientForm form, Model model) {
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("sources", ClientSource.values());
		model.addAttribute("sourceOrganisations",
				sourceOrganisationOptions(form.source(), null, form.sourceOrganisationId()));
		previewModel(form, false, model);
		return "client/client-new";
	}

	private void previewModel(ClientForm form, boolean birthUnreadable, Model model) {
		UicFacts facts = new UicFacts(form.motherFirstName(), form.fatherFirstName(), form.sex(),
				birthUnreadable ? null : form.birthDate());
		model.addAttribute("uic", birthUnreadable ? null : this.registry.preview(facts, form.birthYear()).orElse(null));
		model.addAttribute("village", (form.villageCode() != null)
				? this.areas.find(form.villageCode().strip()).map(Area::label).orElse(null) : null);
	}

	/**
	 * The organisations a client of the source may come from: those matching the term
	 * anywhere, or without a term those of the user's province; plus the one already
	 * chosen.
	 */
	private List<OrganisationSummary> sourceOrganisationOptions(@Nullable ClientSource source, @Nullable String term,
			@Nullable UUID selected) {
		Set<OrganisationType> types = EnumSet.noneOf(OrganisationType.class);
		if (source != null && source.needsOrganisation()) {
			types.addAll(ClientRegistry.sourceOrganisationTypes(source));
		}
		else {
			types.addAll(ClientRegistry.sourceOrganisationTypes(ClientSource.REFERRAL));
			types.addAll(ClientRegistry.sourceOrganisationTypes(ClientSource.AFTERCARE));
		}
		Scope where = Scope.national();
		if (term == null || term.isBlank()) {
			UUID own = CurrentUser.get().scope().organisationId();
			String area = (own != null) ? this.organisations.findUnscoped(own).map(Organisation::areaCode).orElse(null)
					: null;
			if (area != null) {
				where = Scope.area(area.substring(0, 2));
			}
		}
		Map<UUID, OrganisationSummary> options = new LinkedHashMap<>();
		if (selected != null) {
			this.organisations.findUnscoped(selected)
				.filter(org -> types.contains(org.type()))
				.ifPresent(org -> options.put(org.id(), new OrganisationSummary(org.id(), org.code(), org.name(),
						org.type(), org.parentId(), org.areaCode(), org.path(), org.isVoided())));
		}
		this.organisations.search(where, (term != null) ? term.strip() : null, null, false, 500)
			.stream()
			.filter(org -> types.contains(org.type()))
			.limit(SOURCE_OPTIONS)
			.forEach(org -> options.putIfAbsent(org.id(), org));
		return List.copyOf(options.values());
	}

	/**
	 * One client's page. A form that failed is already in the model with its errors; the
	 * others start empty.
	 */
	private String clientPage(Client client, Model model) {
		PulihUser me = CurrentUser.get();
		Scope scope = me.scope();
		model.addAttribute("client", client);
		model.addAttribute("organisationName",
				this.organisations.find(client.organisationId(), scope).map(Organisation::name).orElse(null));
		model.addAttribute("sourceOrganisationName", (client.sourceOrganisationId() != null)
				? this.organisations.findUnscoped(client.sourceOrganisationId()).map(Organisation::name).orElse(null)
				: null);
		model.addAttribute("village", this.areas.find(client.villageCode()).map(Area::label).orElse(null));
		model.addAttribute("consents", client.consents());
		List<DuplicateView> flags = new ArrayList<>();
		for (DuplicateFlags.DuplicateCase flag : this.duplicates.openOf(client.id(), scope)) {
			DuplicateFlags.DuplicateCase.Side other = flag.otherThan(client.id());
			if (other != null) {
				flags.add(new DuplicateView(flag.id(), other));
			}
		}
		model.addAttribute("duplicates", flags);
		model.addAttribute("canResolveDuplicates", ClientRegistry.DUPLICATE_RESOLVERS.contains(me.role()));
		model.addAttribute("timeline", timeline(client));
		identityModel(client, me, model);
		addIfAbsent(model, "clientConsentForm", new ConsentForm(null, today(me), DEFAULT_RETENTION_MONTHS));
		return "client/client";
	}

	/** What the identity section needs (the page and the htmx answer share it). */
	private void identityModel(Client client, PulihUser me, Model model) {
		model.addAttribute("client", client);
		model.addAttribute("identityRole", IdentityVault.mayHandleIdentity(me));
		model.addAttribute("activeConsent", client.activeConsent(today(me)).orElse(null));
		model.addAttribute("reasons", RevealReason.values());
		addIfAbsent(model, "clientRevealForm", new RevealForm(null, null));
		addIfAbsent(model, "clientIdentityForm", new IdentityForm(null, null, null, null));
	}

	/**
	 * Everything every module knows happened to this client (and those merged into it).
	 */
	private List<TimelineEntry> timeline(Client client) {
		List<UUID> ids = new ArrayList<>();
		ids.add(client.id());
		this.registry.mergedInto(client.id()).forEach(merged -> ids.add(merged.id()));
		List<TimelineEntry> entries = new ArrayList<>();
		this.timelineSources.orderedStream()
			.forEach(source -> ids.forEach(id -> entries.addAll(source.timelineOf(id))));
		entries.sort(Comparator.comparing(TimelineEntry::date).reversed());
		return entries;
	}

	private String duplicatesPage(Model model) {
		PulihUser me = CurrentUser.get();
		model.addAttribute("cases", this.duplicates.open(me.scope(), LIST_LIMIT));
		return "client/duplicates";
	}

	private static @Nullable ClientSource parseSource(@Nullable String source) {
		if (source == null || source.isBlank()) {
			return null;
		}
		try {
			return ClientSource.valueOf(source.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static LocalDate today(PulihUser me) {
		return LocalDate.now((me.zoneId() != null) ? ZoneId.of(me.zoneId()) : ZoneId.of("Asia/Jakarta"));
	}

	private static void addIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

	/** What the registration form posts. */
	record ClientForm(@Nullable String motherFirstName, @Nullable String fatherFirstName, @Nullable Sex sex,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate birthDate, @Nullable Integer birthYear,
			@Nullable String villageCode, @Nullable ClientSource source, @Nullable UUID sourceOrganisationId,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate registeredOn) {

		static ClientForm empty() {
			return new ClientForm(null, null, null, null, null, null, null, null, null);
		}

		/** This form without what was typed as a parent's name. */
		ClientForm without(@Nullable String field) {
			return new ClientForm(UicBuilder.MOTHER.equals(field) ? null : this.motherFirstName,
					UicBuilder.FATHER.equals(field) ? null : this.fatherFirstName, this.sex, this.birthDate,
					this.birthYear, this.villageCode, this.source, this.sourceOrganisationId, this.registeredOn);
		}

		NewClient toCommand() {
			boolean named = this.source != null && this.source.needsOrganisation();
			return new NewClient(null,
					new UicFacts(this.motherFirstName, this.fatherFirstName, this.sex, this.birthDate), this.sex,
					this.birthDate, this.birthYear, this.villageCode, this.source,
					named ? this.sourceOrganisationId : null, this.registeredOn);
		}

	}

	/** What the consent form posts. */
	record ConsentForm(@Nullable String purpose,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate consentedOn,
			@Nullable Integer retentionMonths) {

	}

	/** What the identity form posts. */
	record IdentityForm(@Nullable String nameOrNickname, @Nullable String nik, @Nullable String phone,
			@Nullable String address) {

	}

	/** What the reveal form posts: why the identity is opened. */
	record RevealForm(@Nullable RevealReason reason, @Nullable String explanation) {

	}

	/** What the merge form posts: which of the two carries on, and why. */
	record MergeForm(@Nullable UUID survivorId, @Nullable String reason) {

	}

	/** What the dismissal form posts. */
	record DismissForm(@Nullable String note) {

	}

	/** A possible duplicate of the client shown on its page. */
	record DuplicateView(UUID flagId, DuplicateFlags.DuplicateCase.Side other) {

	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem clientsNavigation() {
			return new NavigationItem("nav.clients", "/clients", 10, Set.of(Role.RECOVERY_AGENT, Role.UNIT_CHAIR,
					Role.FIELD_OFFICER, Role.PEER_SUPPORT_OFFICER, Role.HEALTH_WORKER, Role.REHABILITATION_OFFICER));
		}

	}

}
