package id.pulih.recovery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.instrument.InstrumentDefinition;
import id.pulih.instrument.WhoqolBrefScoring;
import id.pulih.organisation.Organisations;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Roles;
import id.pulih.shared.security.Scope;
import id.pulih.shared.web.FormErrors;
import id.pulih.workforce.PersonRole;
import id.pulih.workforce.PersonSummary;
import id.pulih.workforce.Workforce;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pathway pages: a client's recovery overview (screenings, pathways, what can be done
 * next), enrolment, and one pathway's page with its schedule and current week, what is
 * due, the sessions, the WHOQOL-BREF with the change per domain, the outcome and its
 * corrections, and the forms that change them. The WHOQOL-BREF form is rendered from its
 * definition one section at a time, like the screening. Everything is read through the
 * signed-in user's scope: a record outside it answers 404.
 */
@Controller
class EnrolmentController {

	private static final String SESSION_FORM = "pathwaySessionForm";

	private static final String OUTCOME_FORM = "pathwayOutcomeForm";

	private static final String CORRECTION_FORM = "pathwayCorrectionForm";

	private final Pathways pathways;

	private final Screenings screenings;

	private final ClientRegistry clients;

	private final Workforce workforce;

	private final Organisations organisations;

	private final Units units;

	EnrolmentController(Pathways pathways, Screenings screenings, ClientRegistry clients, Workforce workforce,
			Organisations organisations, Units units) {
		this.pathways = pathways;
		this.screenings = screenings;
		this.clients = clients;
		this.workforce = workforce;
		this.organisations = organisations;
		this.units = units;
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER })
	@GetMapping("/recovery/clients/{clientId}")
	String client(@PathVariable UUID clientId, Model model) {
		PulihUser me = CurrentUser.get();
		Client client = this.clients.get(clientId, me.scope());
		model.addAttribute("client", client);
		model.addAttribute("screenings", this.screenings.ofClient(client.id(), me.scope()));
		model.addAttribute("enrolments", this.pathways.ofClient(client.id(), me.scope()));
		try {
			model.addAttribute("eligibility", this.pathways.eligibility(client.id(), me.scope()));
		}
		catch (RuleViolation ex) {
			model.addAttribute("error", ex.messageKey());
		}
		model.addAttribute("canWrite", RecoveryRoles.canWrite(me));
		return "recovery/client";
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR })
	@GetMapping("/recovery/clients/{clientId}/enrolment")
	String enrolForm(@PathVariable UUID clientId, Model model) {
		PulihUser me = CurrentUser.get();
		Pathways.Eligibility eligibility = this.pathways.eligibility(clientId, me.scope());
		model.addAttribute("pathwayEnrolmentForm",
				new EnrolmentForm(me.personId(), eligibility.defaultStart(this.units.today(me)), null));
		return enrolPage(eligibility, model);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR })
	@PostMapping("/recovery/clients/{clientId}/enrolment")
	String enrol(@PathVariable UUID clientId, @ModelAttribute("pathwayEnrolmentForm") EnrolmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		Pathways.Eligibility eligibility = this.pathways.eligibility(clientId, me.scope());
		if (!result.hasErrors()) {
			try {
				Enrolment enrolment = this.pathways.enrol(new NewEnrolment(null, eligibility.client().id(),
						form.agentId(), form.startedOn(), form.eligibilityOverride()), me);
				redirect.addFlashAttribute("message", "recovery.enrolment.saved");
				return "redirect:/recovery/enrolments/" + enrolment.id();
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return enrolPage(eligibility, model);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER })
	@GetMapping("/recovery/enrolments/{id}")
	String show(@PathVariable UUID id, Model model) {
		return enrolmentPage(this.pathways.get(id, CurrentUser.get().scope()), model);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR })
	@PostMapping("/recovery/enrolments/{id}/sessions")
	String addSession(@PathVariable UUID id, @ModelAttribute(SESSION_FORM) SessionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		Enrolment enrolment = this.pathways.get(id, me.scope());
		if (!result.hasErrors()) {
			List<UUID> attending = new ArrayList<>();
			attending.add(enrolment.id());
			if (form.others() != null) {
				attending.addAll(form.others());
			}
			try {
				this.pathways.recordSession(new NewSession(null, form.sessionType(), form.heldOn(), form.agentId(),
						form.durationMinutes(), form.notes(), attending), me);
				redirect.addFlashAttribute("message", "recovery.session.saved");
				return "redirect:/recovery/enrolments/" + id;
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return enrolmentPage(enrolment, model);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR })
	@PostMapping("/recovery/enrolments/{id}/outcome")
	String finish(@PathVariable UUID id, @ModelAttribute(OUTCOME_FORM) OutcomeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		Enrolment enrolment = this.pathways.get(id, me.scope());
		if (!result.hasErrors()) {
			try {
				this.pathways.finish(id, new OutcomeCommand(form.outcome(), form.outcomeOn(), form.reason(),
						form.completionOverride(), null), me);
				redirect.addFlashAttribute("message", "recovery.outcome.saved");
				return "redirect:/recovery/enrolments/" + id;
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return enrolmentPage(enrolment, model);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR })
	@PostMapping("/recovery/enrolments/{id}/corrections")
	String correct(@PathVariable UUID id, @ModelAttribute(CORRECTION_FORM) CorrectionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		Enrolment enrolment = this.pathways.get(id, me.scope());
		if (!result.hasErrors()) {
			try {
				this.pathways.correct(id, new OutcomeCommand(form.outcome(), form.outcomeOn(), form.reason(),
						form.completionOverride(), form.correctionReason()), me);
				redirect.addFlashAttribute("message", "recovery.correction.saved");
				return "redirect:/recovery/enrolments/" + id;
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return enrolmentPage(enrolment, model);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR })
	@GetMapping("/recovery/enrolments/{id}/whoqol")
	String whoqolForm(@PathVariable UUID id, @RequestParam(required = false) WhoqolTiming timing,
			@RequestParam(defaultValue = "false") boolean all, Model model) {
		PulihUser me = CurrentUser.get();
		Enrolment enrolment = this.pathways.get(id, me.scope());
		WhoqolTiming chosen = (timing != null) ? timing
				: enrolment.whoqol(WhoqolTiming.INTAKE).isPresent() ? WhoqolTiming.END : WhoqolTiming.INTAKE;
		return whoqolPage(enrolment, chosen, QuestionnaireForm.start(whoqolDefinition(), all),
				this.units.today(me).toString(), model);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR })
	@PostMapping("/recovery/enrolments/{id}/whoqol")
	String whoqolStep(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		Enrolment enrolment = this.pathways.get(id, me.scope());
		WhoqolTiming timing = parseTiming(params.get("timing"));
		boolean all = Boolean.parseBoolean(params.get("all"));
		QuestionnaireForm form = QuestionnaireForm.of(whoqolDefinition(), params, params.get("section"), all);
		String date = params.getOrDefault("assessedOn", "");
		String step = params.getOrDefault("step", QuestionnaireForm.NEXT);
		if (QuestionnaireForm.BACK.equals(step)) {
			return whoqolPage(enrolment, timing, form.back(), date, model);
		}
		if (!QuestionnaireForm.SAVE.equals(step) || !form.isLast()) {
			return whoqolPage(enrolment, timing, form.next(), date, model);
		}
		LocalDate assessedOn = ScreeningController.parseDate(date);
		if (assessedOn == null) {
			return whoqolPage(enrolment, timing, form.withError("assessedOn", "recovery.error.dateInvalid"), date,
					model);
		}
		try {
			this.pathways.takeWhoqol(id, new NewWhoqol(null, timing, assessedOn, null, form.answers()), me);
			redirect.addFlashAttribute("message", "recovery.whoqol.saved");
			return "redirect:/recovery/enrolments/" + id;
		}
		catch (RuleViolation ex) {
			return whoqolPage(enrolment, timing, form.withError(ex.field(), ex.messageKey()), date, model);
		}
	}

	private String enrolPage(Pathways.Eligibility eligibility, Model model) {
		Scope scope = CurrentUser.get().scope();
		model.addAttribute("eligibility", eligibility);
		model.addAttribute("client", eligibility.client());
		model.addAttribute("agents", agentsOf(eligibility.unit().id(), scope));
		return "recovery/enrolment-new";
	}

	/**
	 * One pathway's page. A form that failed is already in the model with its errors; the
	 * others start empty.
	 */
	private String enrolmentPage(Enrolment enrolment, Model model) {
		PulihUser me = CurrentUser.get();
		Scope scope = me.scope();
		LocalDate today = this.units.today(me);
		PathwayProgress progress = this.pathways.progress(enrolment.id(), scope);
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("progress", progress);
		model.addAttribute("today", today);
		model.addAttribute("currentWeek", progress.week(today));
		model.addAttribute("items", progress.items(today));
		model.addAttribute("sessions", this.pathways.sessionsOf(enrolment.id(), scope));
		enrolment.whoqol(WhoqolTiming.INTAKE).ifPresent(a -> model.addAttribute("intake", a.result()));
		enrolment.whoqol(WhoqolTiming.END).ifPresent(a -> model.addAttribute("end", a.result()));
		enrolment.whoqolChange().ifPresent(change -> model.addAttribute("change", change));
		model.addAttribute("completionReady", enrolment.meetsCompletionRequirements(progress.sessionCounts()));
		this.organisations.find(enrolment.organisationId(), scope).ifPresent(unit -> model.addAttribute("unit", unit));
		boolean canWrite = RecoveryRoles.canWrite(me);
		model.addAttribute("canWrite", canWrite);
		model.addAttribute("outcomes", Outcome.values());
		if (canWrite && enrolment.isOpen()) {
			model.addAttribute("sessionTypes", SessionType.values());
			model.addAttribute("agents", agentsOf(enrolment.organisationId(), scope));
			model.addAttribute("others",
					this.pathways.openPathways(enrolment.organisationId(), scope)
						.stream()
						.filter(other -> !other.enrolmentId().equals(enrolment.id()))
						.toList());
			addIfAbsent(model, SESSION_FORM, new SessionForm(null, today, null, null, me.personId(), List.of()));
			addIfAbsent(model, OUTCOME_FORM, new OutcomeForm(null, today, null, null));
		}
		if (canWrite && !enrolment.isOpen()) {
			addIfAbsent(model, CORRECTION_FORM, new CorrectionForm(enrolment.outcome(), enrolment.outcomeOn(),
					enrolment.outcomeReason(), enrolment.completionOverride(), null));
		}
		return "recovery/enrolment";
	}

	private String whoqolPage(Enrolment enrolment, WhoqolTiming timing, QuestionnaireForm form, String assessedOn,
			Model model) {
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("timing", timing);
		model.addAttribute("form", form);
		model.addAttribute("assessedOn", assessedOn);
		model.addAttribute("action", "/recovery/enrolments/" + enrolment.id() + "/whoqol");
		return "recovery/whoqol-form";
	}

	/** The active recovery agents and chairs of a unit: who may be given the work. */
	private List<PersonSummary> agentsOf(UUID unitId, Scope scope) {
		return this.workforce.ofOrganisation(unitId, scope)
			.stream()
			.filter(PersonSummary::active)
			.filter(person -> person.role() == PersonRole.RECOVERY_AGENT || person.role() == PersonRole.UNIT_CHAIR)
			.toList();
	}

	private static InstrumentDefinition whoqolDefinition() {
		return CheckedAnswers.definition(WhoqolBrefScoring.CODE);
	}

	private static WhoqolTiming parseTiming(@Nullable String text) {
		try {
			return (text != null) ? WhoqolTiming.valueOf(text) : WhoqolTiming.INTAKE;
		}
		catch (IllegalArgumentException ex) {
			return WhoqolTiming.INTAKE;
		}
	}

	private static void addIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

	/** What the enrolment form posts. */
	record EnrolmentForm(@Nullable UUID agentId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
			@Nullable String eligibilityOverride) {

	}

	/** What the session form posts; {@code others} are the other pathways attending. */
	record SessionForm(@Nullable SessionType sessionType,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
			@Nullable Integer durationMinutes, @Nullable String notes, @Nullable UUID agentId,
			@Nullable List<UUID> others) {

	}

	/** What the outcome form posts. */
	record OutcomeForm(@Nullable Outcome outcome,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate outcomeOn, @Nullable String reason,
			@Nullable String completionOverride) {

	}

	/** What the correction form posts. */
	record CorrectionForm(@Nullable Outcome outcome,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate outcomeOn, @Nullable String reason,
			@Nullable String completionOverride, @Nullable String correctionReason) {

	}

}
