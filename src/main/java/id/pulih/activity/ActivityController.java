package id.pulih.activity;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.pulih.client.ClientRegistry;
import id.pulih.client.ClientSummary;
import id.pulih.geography.Area;
import id.pulih.geography.Areas;
import id.pulih.organisation.Organisation;
import id.pulih.organisation.OrganisationSummary;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.shared.Ids;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Roles;
import id.pulih.shared.security.Scope;
import id.pulih.shared.web.FormErrors;
import id.pulih.workforce.PersonSummary;
import id.pulih.workforce.Workforce;

/**
 * The activity pages: the list for the user's scope (filtered by kind, year and
 * organisation), the form that follows the chosen kind (participants as checkboxes of the
 * organisation's active people, attachments uploaded with it), the detail page with its
 * attachments, edit, and void with a reason. A record outside the scope answers 404.
 */
@Controller
class ActivityController {

	private static final String FORM = "activityForm";

	private static final int CLIENT_CHOICES = 50;

	private final Activities activities;

	private final Organisations organisations;

	private final Workforce workforce;

	private final ClientRegistry clients;

	private final Areas areas;

	ActivityController(Activities activities, Organisations organisations, Workforce workforce, ClientRegistry clients,
			Areas areas) {
		this.activities = activities;
		this.organisations = organisations;
		this.workforce = workforce;
		this.clients = clients;
		this.areas = areas;
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER, Roles.FIELD_OFFICER,
			Roles.HEALTH_WORKER, Roles.PROGRAMME_MANAGER })
	@GetMapping("/activities")
	String list(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String organisationId, Model model) {
		PulihUser me = CurrentUser.get();
		ActivityKind chosenKind = parseKind(kind);
		Integer chosenYear = parseYear(year);
		UUID chosenOrganisation = Ids.parseOrNull(organisationId);
		model.addAttribute("lines", this.activities.list(me.scope(), chosenKind, chosenYear, chosenOrganisation, 200));
		model.addAttribute("kinds", ActivityKind.values());
		model.addAttribute("kind", chosenKind);
		model.addAttribute("year", chosenYear);
		model.addAttribute("organisationId", chosenOrganisation);
		int thisYear = this.activities.today(me).getYear();
		List<Integer> years = new ArrayList<>();
		for (int y = thisYear; y >= thisYear - 5; y--) {
			years.add(y);
		}
		model.addAttribute("years", years);
		model.addAttribute("organisations", organisationChoices(me));
		model.addAttribute("canWrite", Activities.WRITERS.contains(me.role()));
		return "activity/list";
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER, Roles.FIELD_OFFICER,
			Roles.HEALTH_WORKER })
	@GetMapping("/activities/new")
	String newForm(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String organisationId, Model model) {
		PulihUser me = CurrentUser.get();
		Organisation organisation = chosenOrganisation(Ids.parseOrNull(organisationId), me);
		ActivityKind chosen = parseKind(kind);
		if (organisation == null || chosen == null || !this.activities.canWrite(organisation, chosen, me)) {
			model.addAttribute("organisation", organisation);
			model.addAttribute("organisations", writableOrganisations(me));
			model.addAttribute("kinds",
					(organisation != null) ? this.activities.writableKinds(organisation, me) : List.of());
			return "activity/choose";
		}
		ActivityForm form = ActivityForm.empty(chosen, organisation.id(), this.activities.today(me),
				homeVillage(organisation), me.personId());
		model.addAttribute(FORM, form);
		return formPage(organisation, chosen, null, me, model);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER, Roles.FIELD_OFFICER,
			Roles.HEALTH_WORKER })
	@PostMapping("/activities")
	String create(@ModelAttribute(FORM) @Nullable ActivityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		Organisation organisation = chosenOrganisation(
				(form != null) ? form.organisationId() : postedId("organisationId"), me);
		if (organisation == null) {
			throw new RecordNotFound("organisation");
		}
		ActivityKind kind = (form != null && form.kind() != null) ? form.kind() : postedKind();
		if (form != null && !result.hasErrors()) {
			try {
				List<Upload> uploads = uploads(form.attachments());
				Activity activity = this.activities.record(form.command(organisation.id()), uploads, me);
				redirect.addFlashAttribute("message", "activity.saved");
				return "redirect:/activities/" + activity.id();
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return formPage(organisation, kind, null, me, model);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER, Roles.FIELD_OFFICER,
			Roles.HEALTH_WORKER, Roles.PROGRAMME_MANAGER })
	@GetMapping("/activities/{id}")
	String show(@PathVariable UUID id, Model model) {
		PulihUser me = CurrentUser.get();
		Activity activity = this.activities.get(id, me.scope());
		Organisation organisation = this.organisations.get(activity.organisationId(), me.scope());
		model.addAttribute("activity", activity);
		model.addAttribute("organisation", organisation);
		model.addAttribute("village", villageLabel(activity.villageCode()));
		boolean showPeople = me.role().seesIdentities();
		model.addAttribute("showPeople", showPeople);
		if (showPeople) {
			Map<UUID, String> names = names(organisation.id(), me.scope());
			if (activity.ledBy() != null && !names.containsKey(activity.ledBy())) {
				this.workforce.find(activity.ledBy(), me.scope())
					.ifPresent(person -> names.put(person.id(), person.fullName()));
			}
			model.addAttribute("names", names);
			model.addAttribute("participantNames",
					activity.participantIds().stream().map(person -> names.getOrDefault(person, "")).sorted().toList());
			model.addAttribute("traineeNames",
					activity.traineeIds().stream().map(person -> names.getOrDefault(person, "")).sorted().toList());
			Map<UUID, String> linked = new LinkedHashMap<>();
			for (UUID clientId : activity.clientIds()) {
				this.clients.find(clientId, me.scope()).ifPresent(client -> linked.put(clientId, client.uic()));
			}
			model.addAttribute("linkedClients", linked);
		}
		model.addAttribute("attachments", this.activities.attachments(activity.id(), me.scope()));
		boolean canWrite = !activity.isVoided() && this.activities.canWrite(organisation, activity.kind(), me);
		model.addAttribute("canWrite", canWrite);
		model.addAttribute("maxMegabytes", Math.max(1, this.activities.maxAttachmentBytes() / (1024 * 1024)));
		return "activity/detail";
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER, Roles.FIELD_OFFICER,
			Roles.HEALTH_WORKER })
	@GetMapping("/activities/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		PulihUser me = CurrentUser.get();
		Activity activity = this.activities.get(id, me.scope());
		Organisation organisation = this.organisations.get(activity.organisationId(), me.scope());
		model.addAttribute(FORM, ActivityForm.of(activity));
		return formPage(organisation, activity.kind(), activity, me, model);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER, Roles.FIELD_OFFICER,
			Roles.HEALTH_WORKER })
	@PostMapping("/activities/{id}/edit")
	String edit(@PathVariable UUID id, @ModelAttribute(FORM) @Nullable ActivityForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		Activity activity = this.activities.get(id, me.scope());
		Organisation organisation = this.organisations.get(activity.organisationId(), me.scope());
		if (form != null && !result.hasErrors()) {
			try {
				List<Upload> uploads = uploads(form.attachments());
				this.activities.edit(id, form.version(), form.command(organisation.id()), uploads, me);
				redirect.addFlashAttribute("message", "activity.saved");
				return "redirect:/activities/" + id;
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return formPage(organisation, activity.kind(), activity, me, model);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER, Roles.FIELD_OFFICER,
			Roles.HEALTH_WORKER })
	@GetMapping("/activities/{id}/void")
	String voidForm(@PathVariable UUID id, Model model) {
		PulihUser me = CurrentUser.get();
		Activity activity = this.activities.get(id, me.scope());
		model.addAttribute("activity", activity);
		model.addAttribute("voidForm", new VoidForm(null));
		return "activity/void";
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER, Roles.FIELD_OFFICER,
			Roles.HEALTH_WORKER })
	@PostMapping("/activities/{id}/void")
	String voidActivity(@PathVariable UUID id, @ModelAttribute("voidForm") VoidForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		Activity activity = this.activities.get(id, me.scope());
		try {
			this.activities.voidActivity(id, form.reason(), me);
			redirect.addFlashAttribute("message", "activity.voided.saved");
			return "redirect:/activities/" + id;
		}
		catch (RuleViolation ex) {
			FormErrors.reject(result, ex);
		}
		model.addAttribute("activity", activity);
		return "activity/void";
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER, Roles.FIELD_OFFICER,
			Roles.HEALTH_WORKER })
	@PostMapping("/activities/{id}/attachments")
	String attach(@PathVariable UUID id,
			@RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> files,
			RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		this.activities.get(id, me.scope());
		try {
			this.activities.attach(id, uploads(files), me);
			redirect.addFlashAttribute("message", "activity.attachment.saved");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("attachmentError", ex.messageKey());
			redirect.addFlashAttribute("attachmentErrorArgs", ex.arguments());
		}
		return "redirect:/activities/" + id;
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER, Roles.FIELD_OFFICER,
			Roles.HEALTH_WORKER, Roles.PROGRAMME_MANAGER })
	@GetMapping("/activities/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		Activities.StoredAttachment stored = this.activities.attachment(id, attachmentId, CurrentUser.get().scope());
		return download(stored);
	}

	static ResponseEntity<byte[]> download(Activities.StoredAttachment stored) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(stored.info().contentType()))
			.contentLength(stored.bytes().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(stored.info().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(stored.bytes());
	}

	private String formPage(Organisation organisation, ActivityKind kind, @Nullable Activity editing, PulihUser me,
			Model model) {
		Scope scope = me.scope();
		List<PersonSummary> people = this.workforce.ofOrganisation(organisation.id(), scope);
		model.addAttribute("organisation", organisation);
		model.addAttribute("kind", kind);
		model.addAttribute("editing", editing);
		ActivityForm form = (model.getAttribute(FORM) instanceof ActivityForm given) ? given : null;
		model.addAttribute("participantChosen",
				chosen("participantIds", (form != null) ? form.participantIds() : null));
		model.addAttribute("clientChosen", chosen("clientIds", (form != null) ? form.clientIds() : null));
		model.addAttribute("traineeChosen", chosen("traineeIds", (form != null) ? form.traineeIds() : null));
		model.addAttribute("activePeople", people.stream().filter(PersonSummary::active).toList());
		model.addAttribute("inactivePeople", people.stream().filter(p -> !p.active()).toList());
		List<PersonSummary> leaders = new ArrayList<>(people.stream().filter(PersonSummary::active).toList());
		if (me.personId() != null && leaders.stream().noneMatch(p -> p.id().equals(me.personId()))) {
			this.workforce.find(me.personId(), scope)
				.ifPresent(p -> leaders
					.addFirst(new PersonSummary(p.id(), p.fullName(), p.role(), p.organisationId(), "", p.isActive())));
		}
		model.addAttribute("leaders", leaders);
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("methods", MappingMethod.values());
		model.addAttribute("cadreActions", CadreAction.values());
		if (kind == ActivityKind.OUTREACH) {
			List<ClientSummary> choices = this.clients.ofOrganisation(organisation.id(), scope, CLIENT_CHOICES);
			model.addAttribute("clientChoices", choices);
		}
		model.addAttribute("village", villageLabel(homeVillage(organisation)));
		model.addAttribute("maxMegabytes", Math.max(1, this.activities.maxAttachmentBytes() / (1024 * 1024)));
		model.addAttribute("action", (editing != null) ? "/activities/" + editing.id() + "/edit" : "/activities");
		return "activity/form";
	}

	/** The ids ticked: as posted when the form came back, else as the form holds them. */
	private static List<UUID> chosen(String parameter, @Nullable List<UUID> fromForm) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& "POST".equals(attributes.getRequest().getMethod())) {
			String[] values = attributes.getRequest().getParameterValues(parameter);
			List<UUID> ids = new ArrayList<>();
			if (values != null) {
				for (String value : values) {
					UUID parsed = Ids.parseOrNull(value);
					if (parsed != null) {
						ids.add(parsed);
					}
				}
			}
			return ids;
		}
		return (fromForm != null) ? fromForm : List.of();
	}

	private List<Upload> uploads(@Nullable List<MultipartFile> files) {
		List<Upload> uploads = new ArrayList<>();
		if (files == null) {
			return uploads;
		}
		for (MultipartFile file : files) {
			if (file == null || file.isEmpty()) {
				continue;
			}
			this.activities.checkAttachmentSize(file.getSize());
			try {
				uploads.add(new Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
			}
			catch (IOException ex) {
				throw new RuleViolation("attachments", "activity.error.attachmentUnreadable");
			}
		}
		return uploads;
	}

	private static @Nullable UUID postedId(String parameter) {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? Ids.parseOrNull(attributes.getRequest().getParameter(parameter)) : null;
	}

	private static ActivityKind postedKind() {
		ActivityKind kind = (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? parseKind(attributes.getRequest().getParameter("kind")) : null;
		return (kind != null) ? kind : ActivityKind.SOCIALIZATION;
	}

	/** The organisation named (if in scope) or the user's own. */
	private @Nullable Organisation chosenOrganisation(@Nullable UUID id, PulihUser me) {
		UUID chosen = id;
		if (chosen == null && me.scope().kind() == Scope.Kind.ORGANISATION) {
			chosen = me.scope().organisationId();
		}
		if (chosen == null) {
			return null;
		}
		return this.organisations.find(chosen, me.scope()).filter(org -> !org.isVoided()).orElse(null);
	}

	/** Organisations the user may record for: their own, and for officers the units. */
	private List<OrganisationSummary> writableOrganisations(PulihUser me) {
		List<OrganisationSummary> result = new ArrayList<>();
		if (me.role() == Role.REHABILITATION_OFFICER) {
			for (OrganisationType type : List.of(OrganisationType.BNNK, OrganisationType.BNNP,
					OrganisationType.IBM_UNIT)) {
				result.addAll(this.organisations.search(me.scope(), "", type, false, 200));
			}
		}
		return result;
	}

	private List<OrganisationSummary> organisationChoices(PulihUser me) {
		if (me.scope().kind() == Scope.Kind.ORGANISATION && me.role() != Role.REHABILITATION_OFFICER) {
			return List.of();
		}
		return this.organisations.search(me.scope(), "", OrganisationType.IBM_UNIT, false, 200);
	}

	private Map<UUID, String> names(UUID organisationId, Scope scope) {
		Map<UUID, String> names = new HashMap<>();
		this.workforce.ofOrganisation(organisationId, scope).forEach(p -> names.put(p.id(), p.fullName()));
		return names;
	}

	private @Nullable String villageLabel(@Nullable String code) {
		return (code == null) ? null : this.areas.find(code).map(Area::label).orElse(code);
	}

	static @Nullable String homeVillage(Organisation organisation) {
		if (organisation.unit() != null) {
			return organisation.unit().villageCode();
		}
		String area = organisation.areaCode();
		return (area != null && area.split("\\.").length == 4) ? area : null;
	}

	static @Nullable ActivityKind parseKind(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return ActivityKind.valueOf(text.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static @Nullable Integer parseYear(@Nullable String text) {
		if (text == null || !text.matches("[0-9]{4}")) {
			return null;
		}
		return Integer.valueOf(text);
	}

	/** What the activity form posts: the common fields and those of every kind. */
	record ActivityForm(@Nullable ActivityKind kind, @Nullable UUID organisationId,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn, @Nullable String villageCode,
			@Nullable UUID ledBy, @Nullable List<UUID> participantIds, @Nullable String notes,
			@Nullable Audience audience, @Nullable Integer peopleReached, @Nullable Integer potentialClients,
			@Nullable List<UUID> clientIds, @Nullable String areasCovered, @Nullable MappingMethod mappingMethod,
			@Nullable Integer hotSpots, @Nullable String hotSpotNote, @Nullable String advocacyWith,
			@Nullable String topic, @Nullable String outcome, @Nullable String commitment,
			@Nullable Long commitmentRupiah, @Nullable BigDecimal trainingHours, @Nullable List<UUID> traineeIds,
			@Nullable CadreAction cadreAction, @Nullable UUID cadrePersonId, @Nullable UUID replacedPersonId,
			@Nullable String decreeNumber,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate decreeDate, @Nullable Integer version,
			@Nullable List<MultipartFile> attachments) {

		static ActivityForm empty(ActivityKind kind, UUID organisationId, LocalDate today, @Nullable String villageCode,
				@Nullable UUID me) {
			return new ActivityForm(kind, organisationId, today, villageCode, me, List.of(), null, null, null, null,
					List.of(), null, null, null, null, null, null, null, null, null, null, List.of(), null, null, null,
					null, null, null, null);
		}

		static ActivityForm of(Activity a) {
			return new ActivityForm(a.kind(), a.organisationId(), a.heldOn(), a.villageCode(), a.ledBy(),
					List.copyOf(a.participantIds()), a.notes(), a.audience(), a.peopleReached(), a.potentialClients(),
					List.copyOf(a.clientIds()), a.areasCovered(), a.mappingMethod(), a.hotSpots(), a.hotSpotNote(),
					a.advocacyWith(), a.topic(), a.outcome(), a.commitment(), a.commitmentRupiah(), a.trainingHours(),
					List.copyOf(a.traineeIds()), a.cadreAction(), a.cadrePersonId(), a.replacedPersonId(),
					a.decreeNumber(), a.decreeDate(), a.version(), null);
		}

		NewActivity command(UUID organisation) {
			return new NewActivity(null, organisation, this.kind, this.heldOn, this.villageCode, this.ledBy,
					this.participantIds, this.notes, this.audience, this.peopleReached, this.potentialClients,
					this.clientIds, this.areasCovered, this.mappingMethod, this.hotSpots, this.hotSpotNote,
					this.advocacyWith, this.topic, this.outcome, this.commitment, this.commitmentRupiah,
					this.trainingHours, this.traineeIds, this.cadreAction, this.cadrePersonId, this.replacedPersonId,
					this.decreeNumber, this.decreeDate);
		}

	}

	/** What the void form posts. */
	record VoidForm(@Nullable String reason) {

	}

}
