package id.pulih.referral;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;

import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.geography.Area;
import id.pulih.geography.Areas;
import id.pulih.organisation.Organisation;
import id.pulih.organisation.OrganisationSummary;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.recovery.Screenings;
import id.pulih.shared.Ids;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Roles;
import id.pulih.shared.security.Scope;
import id.pulih.shared.web.FormErrors;
import id.pulih.shared.web.NavigationItem;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The referral pages: the lists (inbox, sent, drafts) with a state filter and overdue
 * marks; the form that refers a client (and revises or sends a draft), with a searchable
 * choice of the receiving organisation; and one referral's page with the snapshot, the
 * history and the actions the viewer may take. Everything is read through the signed-in
 * user's scope: a referral outside both of its sides answers 404.
 */
@Controller
@RequestMapping("/referrals")
class ReferralController {

	/** How many organisations the destination choice offers at once. */
	private static final int DESTINATION_OPTIONS = 50;

	private static final int LIST_LIMIT = 200;

	private static final String FORM = "referralForm";

	private final Referrals referrals;

	private final ClientRegistry clients;

	private final Organisations organisations;

	private final Screenings screenings;

	private final Areas areas;

	private final MessageSource messages;

	private final ReferralProperties properties;

	ReferralController(Referrals referrals, ClientRegistry clients, Organisations organisations, Screenings screenings,
			Areas areas, MessageSource messages, ReferralProperties properties) {
		this.properties = properties;
		this.referrals = referrals;
		this.clients = clients;
		this.organisations = organisations;
		this.screenings = screenings;
		this.areas = areas;
		this.messages = messages;
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@GetMapping
	String list(@RequestParam(required = false) String tab, @RequestParam(required = false) String state,
			@RequestParam(required = false) String overdue, Model model) {
		PulihUser me = CurrentUser.get();
		ReferralQueries.Box box = parse(ReferralQueries.Box.class, tab, ReferralQueries.Box.INBOX);
		ReferralState chosen = parse(ReferralState.class, state, null);
		boolean overdueOnly = "true".equals(overdue);
		List<ReferralQueries.Line> lines = this.referrals.list(box, me, chosen, overdueOnly ? Boolean.TRUE : null,
				LIST_LIMIT + 1);
		model.addAttribute("box", box);
		model.addAttribute("boxes", ReferralQueries.Box.values());
		model.addAttribute("state", chosen);
		model.addAttribute("overdueOnly", overdueOnly);
		model.addAttribute("states",
				(box == ReferralQueries.Box.DRAFTS) ? List.of(ReferralState.DRAFT)
						: EnumSet.complementOf(EnumSet.of(ReferralState.DRAFT,
								(box == ReferralQueries.Box.INBOX) ? ReferralState.CANCELLED : ReferralState.DRAFT)));
		model.addAttribute("lines", lines.stream().limit(LIST_LIMIT).toList());
		model.addAttribute("more", lines.size() > LIST_LIMIT);
		return "referral/list";
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@GetMapping("/new")
	String newForm(@RequestParam(required = false) String clientId, Model model) {
		PulihUser me = CurrentUser.get();
		Client client = client(Ids.parseOrNull(clientId), me);
		String screening = this.screenings.latestOf(client.id(), me.scope())
			.map(s -> this.messages.getMessage("referral.recommended.screening",
					new Object[] { s.screenedOn().toString(),
							new DefaultMessageSourceResolvable(s.overallRisk().messageKey()) },
					LocaleContextHolder.getLocale()))
			.orElse(null);
		model.addAttribute(FORM, new ReferralForm(client.id(), null, null, Urgency.ROUTINE, null,
				Set.of(SharedItem.CODE_AND_DEMOGRAPHICS), screening, null, null, null, null));
		return formPage(client, null, model);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@PostMapping
	String refer(@ModelAttribute(FORM) @Nullable ReferralForm form, BindingResult result,
			@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		Client client = client(Ids.parseOrNull(params.getFirst("clientId")), me);
		boolean send = "send".equals(params.getFirst("intent"));
		if (!result.hasErrors() && form != null) {
			try {
				Referral referral = this.referrals
					.refer(new NewReferral(null, client.id(), form.toContent(), send, null), me);
				redirect.addFlashAttribute("message", send ? "referral.sent" : "referral.drafted");
				return "redirect:/referrals/" + referral.id();
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		keepTyped(result, params, model);
		return formPage(client, null, model);
	}

	/** The organisations matching the term, as options of the destination choice. */
	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@GetMapping(path = "/destinations", headers = "HX-Request")
	String destinations(@RequestParam(required = false) String q, @RequestParam(required = false) String clientId,
			@RequestParam(required = false) String draftId, Model model) {
		PulihUser me = CurrentUser.get();
		// A draft is sent from its own organisation, which a merge may have made another
		// than the client's.
		UUID from = this.referrals.find(Ids.parseOrNull(draftId), me)
			.filter(draft -> draft.state() == ReferralState.DRAFT)
			.map(Referral::fromOrganisationId)
			.orElseGet(() -> this.clients.find(Ids.parseOrNull(clientId), me.scope())
				.map(Client::organisationId)
				.orElse(null));
		model.addAttribute("destinations", destinationOptions(q, from, null, me));
		model.addAttribute("selectedDestination", null);
		return "referral/form :: destinationOptions";
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		return detailPage(id, model);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		PulihUser me = CurrentUser.get();
		Referral referral = this.referrals.find(id, me).orElseThrow(() -> new RecordNotFound("referral"));
		ReferralContent content = this.referrals.draftContent(id, me);
		Client client = this.referrals.clientOf(referral, me);
		model.addAttribute(FORM, ReferralForm.of(client.id(), content));
		return formPage(client, referral, model);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/edit")
	String edit(@PathVariable UUID id, @ModelAttribute(FORM) @Nullable ReferralForm form, BindingResult result,
			@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		Referral referral = this.referrals.find(id, me).orElseThrow(() -> new RecordNotFound("referral"));
		this.referrals.draftContent(id, me);
		Client client = this.referrals.clientOf(referral, me);
		boolean send = "send".equals(params.getFirst("intent"));
		if (!result.hasErrors() && form != null) {
			try {
				if (send) {
					this.referrals.send(id, form.toContent(), null, me);
				}
				else {
					this.referrals.revise(id, form.toContent(), me);
				}
				redirect.addFlashAttribute("message", send ? "referral.sent" : "referral.drafted");
				return "redirect:/referrals/" + id;
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		keepTyped(result, params, model);
		return formPage(client, referral, model);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/send")
	String send(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		return transition(id, me -> this.referrals.send(id, ReferralContent.unchanged(), null, me), "referral.sent",
				null, model, redirect);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/receive")
	String receive(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		return transition(id, me -> this.referrals.receive(id, me), "referral.receivedMessage", null, model, redirect);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/accept")
	String accept(@PathVariable UUID id, @ModelAttribute("acceptForm") NoteForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return transition(id, me -> this.referrals.accept(id, null, form.note(), me), "referral.acceptedMessage",
				result, model, redirect);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/decline")
	String decline(@PathVariable UUID id, @ModelAttribute("declineForm") ReasonForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return transition(id, me -> this.referrals.decline(id, form.reason(), me), "referral.declinedMessage", result,
				model, redirect);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/complete")
	String complete(@PathVariable UUID id, @ModelAttribute("completeForm") FeedbackForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return transition(id,
				me -> this.referrals.complete(id, form.feedback(), date(form.completedOn(), "completedOn"), me),
				"referral.completedMessage", result, model, redirect);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/lost")
	String lost(@PathVariable UUID id, @ModelAttribute("lostForm") ReasonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return transition(id, me -> this.referrals.loseToFollowUp(id, form.reason(), me), "referral.lostMessage",
				result, model, redirect);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable UUID id, @ModelAttribute("cancelForm") ReasonForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return transition(id, me -> this.referrals.cancel(id, form.reason(), me), "referral.cancelledMessage", result,
				model, redirect);
	}

	/**
	 * Runs a state change for the signed-in user: back to the referral with the message,
	 * or its page again with the refusal.
	 */
	private String transition(UUID id, Consumer<PulihUser> change, String message, @Nullable BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			change.accept(CurrentUser.get());
		}
		catch (RuleViolation ex) {
			return failed(id, ex, result, model);
		}
		redirect.addFlashAttribute("message", message);
		return "redirect:/referrals/" + id;
	}

	/**
	 * The referral's page again after a refused action: a rule about a typed field beside
	 * it (the text kept), any other (such as the state no longer allowing it) atop the
	 * page.
	 */
	private String failed(UUID id, @Nullable RuleViolation ex, @Nullable BindingResult result, Model model) {
		if (result != null) {
			model.addAttribute("openForm", result.getObjectName());
		}
		if (ex != null) {
			if (result != null && ex.field() != null && hasField(result.getTarget(), ex.field())) {
				FormErrors.reject(result, ex);
			}
			else {
				model.addAttribute("error", ex.messageKey());
				model.addAttribute("errorArguments", ex.arguments());
			}
		}
		return detailPage(id, model);
	}

	/**
	 * When a value could not even be read (say, an unknown service), the form could not
	 * be built: it is rebuilt from what was typed, leaving out what could not be read,
	 * with the same errors, so the page keeps everything else.
	 */
	private static void keepTyped(BindingResult result, MultiValueMap<String, String> params, Model model) {
		if (result.getTarget() != null && model.getAttribute(FORM) != null) {
			return;
		}
		Set<SharedItem> items = EnumSet.noneOf(SharedItem.class);
		List<String> ticked = params.get("sharedItems");
		if (ticked != null) {
			ticked.stream()
				.map(name -> parse(SharedItem.class, name, null))
				.filter(Objects::nonNull)
				.forEach(items::add);
		}
		ReferralForm typed = new ReferralForm(Ids.parseOrNull(params.getFirst("clientId")),
				Ids.parseOrNull(params.getFirst("toOrganisationId")),
				parse(ServiceAsked.class, params.getFirst("service"), null),
				parse(Urgency.class, params.getFirst("urgency"), null), params.getFirst("reason"), items,
				params.getFirst("screeningResult"), params.getFirst("hivStatus"), params.getFirst("treatmentSummary"),
				params.getFirst("contactDetails"), params.getFirst("sharedNote"));
		BindingResult fresh = new DirectFieldBindingResult(typed, FORM);
		for (ObjectError error : result.getAllErrors()) {
			if (error instanceof FieldError field) {
				fresh.addError(new FieldError(FORM, field.getField(), field.getRejectedValue(), true, field.getCodes(),
						field.getArguments(), field.getDefaultMessage()));
			}
			else {
				fresh.addError(error);
			}
		}
		model.addAttribute(FORM, typed);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, fresh);
	}

	private String detailPage(UUID id, Model model) {
		PulihUser me = CurrentUser.get();
		ReferralView referral = this.referrals.open(id, me);
		ZoneId zone = me.zone();
		model.addAttribute("referral", referral);
		model.addAttribute("senderClientVisible",
				referral.clientId() != null && this.referrals.clientVisible(referral.clientId(), me));
		model.addAttribute("history",
				referral.history()
					.stream()
					.map(change -> new HistoryLine(change.changedAt().atZone(zone), change))
					.toList());
		model.addAttribute("acceptElsewhere", referral.viewerIsReceiver() && !referral.can("ACCEPT")
				&& (referral.state() == ReferralState.SENT || referral.state() == ReferralState.RECEIVED));
		model.addAttribute("receiverClientIsRecovery",
				referral.receiverClientId() != null && referral.to() != null
						&& referral.to().type() == OrganisationType.IBM_UNIT
						&& (me.role() == Role.RECOVERY_AGENT || me.role() == Role.UNIT_CHAIR));
		addIfAbsent(model, "acceptForm", new NoteForm(null));
		addIfAbsent(model, "declineForm", new ReasonForm(null));
		addIfAbsent(model, "completeForm", new FeedbackForm(null, null));
		addIfAbsent(model, "lostForm", new ReasonForm(null));
		addIfAbsent(model, "cancelForm", new ReasonForm(null));
		return "referral/detail";
	}

	private String formPage(Client client, @Nullable Referral draft, Model model) {
		PulihUser me = CurrentUser.get();
		ReferralForm form = (ReferralForm) model.getAttribute(FORM);
		model.addAttribute("client", client);
		model.addAttribute("village", this.areas.find(client.villageCode()).map(Area::label).orElse(null));
		model.addAttribute("draft", draft);
		model.addAttribute("action", (draft != null) ? "/referrals/" + draft.id() + "/edit" : "/referrals");
		model.addAttribute("services",
				Arrays.stream(ServiceAsked.values()).filter(service -> service.allowedFor(me.role())).toList());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("respondDays", List.of(this.properties.respondDays(Urgency.URGENT),
				this.properties.respondDays(Urgency.SOON), this.properties.respondDays(Urgency.ROUTINE)));
		model.addAttribute("items", List.of(SharedItem.SCREENING_RESULT, SharedItem.HIV_STATUS,
				SharedItem.TREATMENT_SUMMARY, SharedItem.CONTACT_DETAILS));
		model.addAttribute("allowedItems",
				EnumSet.allOf(SharedItem.class).stream().filter(item -> item.allowedFor(me.role())).toList());
		UUID from = (draft != null) ? draft.fromOrganisationId() : client.organisationId();
		model.addAttribute("destinations",
				destinationOptions(null, from, (form != null) ? form.toOrganisationId() : null, me));
		model.addAttribute("selectedDestination", (form != null) ? form.toOrganisationId() : null);
		return "referral/form";
	}

	/**
	 * The organisations a client may be referred to, other than the sender: those
	 * matching the term anywhere, or without a term those of the user's province; plus
	 * the one already chosen.
	 */
	private List<OrganisationSummary> destinationOptions(@Nullable String term, @Nullable UUID from,
			@Nullable UUID selected, PulihUser me) {
		Scope where = Scope.national();
		if (term == null || term.isBlank()) {
			UUID own = (from != null) ? from : me.scope().organisationId();
			String area = (own != null) ? this.organisations.findUnscoped(own).map(Organisation::areaCode).orElse(null)
					: null;
			if (area != null && area.length() >= 2) {
				where = Scope.area(area.substring(0, 2));
			}
		}
		Map<UUID, OrganisationSummary> options = new LinkedHashMap<>();
		if (selected != null) {
			this.organisations.findUnscoped(selected)
				.filter(org -> Referrals.RECEIVING_TYPES.contains(org.type()))
				.ifPresent(org -> options.put(org.id(), new OrganisationSummary(org.id(), org.code(), org.name(),
						org.type(), org.parentId(), org.areaCode(), org.path(), org.isVoided())));
		}
		this.organisations.search(where, (term != null) ? term.strip() : null, null, false, 500)
			.stream()
			.filter(org -> Referrals.RECEIVING_TYPES.contains(org.type()))
			.filter(org -> !org.id().equals(from))
			.limit(DESTINATION_OPTIONS)
			.forEach(org -> options.putIfAbsent(org.id(), org));
		return List.copyOf(options.values());
	}

	private Client client(@Nullable UUID clientId, PulihUser me) {
		if (clientId == null) {
			throw new RecordNotFound("client");
		}
		return this.clients.get(clientId, me.scope());
	}

	/** A date as a date input sends it, null when blank. */
	private static @Nullable LocalDate date(@Nullable String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation(field, "referral.error.dateInvalid");
		}
	}

	private static boolean hasField(@Nullable Object target, String field) {
		if (target == null || !target.getClass().isRecord()) {
			return false;
		}
		for (var component : target.getClass().getRecordComponents()) {
			if (component.getName().equals(field)) {
				return true;
			}
		}
		return false;
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String text, @Nullable E fallback) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return fallback;
		}
	}

	private static void addIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

	/** What the referral form posts. */
	record ReferralForm(@Nullable UUID clientId, @Nullable UUID toOrganisationId, @Nullable ServiceAsked service,
			@Nullable Urgency urgency, @Nullable String reason, @Nullable Set<SharedItem> sharedItems,
			@Nullable String screeningResult, @Nullable String hivStatus, @Nullable String treatmentSummary,
			@Nullable String contactDetails, @Nullable String sharedNote) {

		static ReferralForm of(UUID clientId, ReferralContent content) {
			return new ReferralForm(clientId, content.toOrganisationId(), content.service(), content.urgency(),
					content.reason(), content.sharedItems(), content.screeningResult(), content.hivStatus(),
					content.treatmentSummary(), content.contactDetails(), content.sharedNote());
		}

		/** The content as the form states it whole: an item not ticked is not shared. */
		ReferralContent toContent() {
			Set<SharedItem> items = EnumSet.of(SharedItem.CODE_AND_DEMOGRAPHICS);
			if (this.sharedItems != null) {
				items.addAll(this.sharedItems);
			}
			return new ReferralContent(this.toOrganisationId, this.service, this.urgency,
					(this.reason != null) ? this.reason : "", items, blankIfNull(this.screeningResult),
					blankIfNull(this.hivStatus), blankIfNull(this.treatmentSummary), blankIfNull(this.contactDetails),
					blankIfNull(this.sharedNote));
		}

		public boolean ticked(SharedItem item) {
			return this.sharedItems != null && this.sharedItems.contains(item);
		}

		public @Nullable String textOf(SharedItem item) {
			return switch (item) {
				case SCREENING_RESULT -> this.screeningResult;
				case HIV_STATUS -> this.hivStatus;
				case TREATMENT_SUMMARY -> this.treatmentSummary;
				case CONTACT_DETAILS -> this.contactDetails;
				case CODE_AND_DEMOGRAPHICS -> null;
			};
		}

		private static String blankIfNull(@Nullable String text) {
			return (text != null) ? text : "";
		}

	}

	/** One change of state, at the time in the viewer's zone. */
	record HistoryLine(ZonedDateTime at, Referral.StateChange change) {

	}

	/** What the accept form posts: an optional note. */
	record NoteForm(@Nullable String note) {

	}

	/** What the decline, lost-to-follow-up and cancel forms post. */
	record ReasonForm(@Nullable String reason) {

	}

	/** What the completion form posts; the date as typed (ISO), blank for today. */
	record FeedbackForm(@Nullable String feedback, @Nullable String completedOn) {

	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem referralsNavigation() {
			return new NavigationItem("nav.referrals", "/referrals", 15, Set.copyOf(Referrals.ROLES));
		}

	}

}
