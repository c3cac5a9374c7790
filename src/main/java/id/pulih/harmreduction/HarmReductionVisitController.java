package id.pulih.harmreduction;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.client.ClientSummary;
import id.pulih.instrument.AssistScoring;
import id.pulih.instrument.InstrumentDefinition;
import id.pulih.instrument.Instruments;
import id.pulih.organisation.Organisation;
import id.pulih.shared.Ids;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.Sex;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Roles;
import id.pulih.workforce.PersonRole;
import id.pulih.workforce.PersonSummary;
import id.pulih.workforce.Workforce;
import org.jspecify.annotations.Nullable;

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
 * The visit pages: today's visits at the user's facility with a search for a client by
 * code; the visit form (a client found by code, or an anonymous contact; walk-in or
 * outreach; a folding section per service, so it stays quick on a cheap phone without a
 * script); one visit with its services, voiding, and the ASSIST form for a visit.
 */
@Controller
class HarmReductionVisitController {

	static final String FORM = "hrVisitForm";

	private static final int SEARCH_MAX = 20;

	private final HarmReductionVisits visits;

	private final HarmReductionAccess access;

	private final PeerSupport peers;

	private final ClientRegistry clients;

	private final Workforce workforce;

	private final Instruments instruments;

	HarmReductionVisitController(HarmReductionVisits visits, HarmReductionAccess access, PeerSupport peers,
			ClientRegistry clients, Workforce workforce, Instruments instruments) {
		this.visits = visits;
		this.access = access;
		this.peers = peers;
		this.clients = clients;
		this.workforce = workforce;
		this.instruments = instruments;
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.FIELD_OFFICER })
	@GetMapping("/harm-reduction")
	String today(@RequestParam(required = false) @Nullable String uic, Model model) {
		PulihUser me = CurrentUser.get();
		model.addAttribute("today", this.visits.today(me));
		model.addAttribute("visits", this.visits.onDay(this.visits.today(me), me));
		model.addAttribute("uic", uic);
		if (uic != null && !uic.isBlank()) {
			model.addAttribute("found", this.clients.search(me.scope(), uic, SEARCH_MAX));
		}
		return "harmreduction/index";
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.FIELD_OFFICER })
	@GetMapping("/harm-reduction/visits/new")
	String newVisit(@ModelAttribute(FORM) VisitForm form, BindingResult result, Model model) {
		PulihUser me = CurrentUser.get();
		if (form.getVisitOn() == null) {
			form.setVisitOn(this.visits.today(me).toString());
		}
		if (me.role() == Role.FIELD_OFFICER && form.getFieldOfficerId() == null && me.personId() != null) {
			form.setFieldOfficerId(me.personId().toString());
			form.setArrival(Arrival.OUTREACH.name());
		}
		return formPage(form, model);
	}

	/** The clients whose code starts with the term, as choices for the visit form. */
	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.FIELD_OFFICER })
	@GetMapping(path = "/harm-reduction/visits/clients", headers = "HX-Request")
	String clientChoices(@RequestParam(required = false) @Nullable String uic, Model model) {
		model.addAttribute("found", search(uic, CurrentUser.get()));
		model.addAttribute("chosen", null);
		return "harmreduction/visit-new :: clientChoices";
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.FIELD_OFFICER })
	@PostMapping("/harm-reduction/visits")
	String record(@ModelAttribute(FORM) VisitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		NewVisit command = form.toCommand(result);
		if (command != null) {
			try {
				Visit visit = this.visits.record(command, me);
				redirect.addFlashAttribute("message", "harmreduction.visit.saved");
				return "redirect:/harm-reduction/visits/" + visit.id();
			}
			catch (RuleViolation ex) {
				reject(result, ex);
			}
		}
		return formPage(form, model);
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER })
	@GetMapping("/harm-reduction/visits/{id}")
	String show(@PathVariable UUID id, Model model) {
		return visitPage(id, model);
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.FIELD_OFFICER })
	@PostMapping("/harm-reduction/visits/{id}/void")
	String voidVisit(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, Model model,
			RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		try {
			this.visits.voidVisit(id, reason, me);
			redirect.addFlashAttribute("message", "harmreduction.visit.voided");
			return "redirect:/harm-reduction/visits/" + id;
		}
		catch (RuleViolation ex) {
			model.addAttribute("voidError", ex.messageKey());
			model.addAttribute("voidReason", reason);
			return visitPage(id, model);
		}
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.FIELD_OFFICER })
	@GetMapping("/harm-reduction/visits/{id}/assist")
	String assistForm(@PathVariable UUID id, Model model) {
		Visit visit = this.visits.get(id, CurrentUser.get());
		return assistPage(visit, Map.of(), Map.of(), model);
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.FIELD_OFFICER })
	@PostMapping("/harm-reduction/visits/{id}/assist")
	String takeAssist(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		Visit visit = this.visits.get(id, me);
		Map<String, String> answers = AssistForm.asked(assistDefinition(), params);
		try {
			this.visits.addAssist(id, new NewVisit.Assist(answers), me);
			redirect.addFlashAttribute("message", "harmreduction.assist.saved");
			return "redirect:/harm-reduction/visits/" + id;
		}
		catch (RuleViolation ex) {
			String field = (ex.field() != null && ex.field().startsWith("assist.")) ? ex.field().substring(7)
					: (ex.field() != null) ? ex.field() : "";
			return assistPage(visit, answers, Map.of(field, ex.messageKey()), model);
		}
	}

	private String assistPage(Visit visit, Map<String, String> answers, Map<String, String> errors, Model model) {
		model.addAttribute("visit", visit);
		model.addAttribute("form", new AssistForm(assistDefinition(), answers, errors));
		return "harmreduction/assist-form";
	}

	private InstrumentDefinition assistDefinition() {
		return this.instruments.definition(AssistScoring.CODE);
	}

	private String visitPage(UUID id, Model model) {
		PulihUser me = CurrentUser.get();
		VisitView visit = this.visits.view(id, me);
		model.addAttribute("visit", visit);
		// Decided on the whole visit, never on the services shown (which leave out ARV
		// for
		// a field officer), so the button tells nobody what is hidden from them.
		boolean canVoid = HarmReductionAccess.recordsVisits(me)
				&& this.visits.find(id, me).map(whole -> HarmReductionVisits.mayVoid(whole, me)).orElse(false);
		model.addAttribute("canVoid", canVoid);
		model.addAttribute("canAssist", !visit.voided() && visit.clientId() != null && visit.assist() == null
				&& HarmReductionAccess.recordsVisits(me));
		if (me.role() == Role.HEALTH_WORKER && visit.clientId() != null && !visit.voided()
				&& this.peers.livesWithHiv(visit.clientId(), me.scope())
				&& this.peers.assignmentOf(visit.clientId(), me).isEmpty()) {
			model.addAttribute("assignPeer", true);
			model.addAttribute("peers", this.peers.peersOf(me));
		}
		return "harmreduction/visit";
	}

	private String formPage(VisitForm form, Model model) {
		PulihUser me = CurrentUser.get();
		Organisation facility = this.access.facility(me);
		model.addAttribute("facility", facility);
		model.addAttribute("clinical", me.role() == Role.HEALTH_WORKER);
		model.addAttribute("found", search(form.getUic(), me));
		UUID chosen = (form.getClientId() != null) ? Ids.parseOrNull(form.getClientId().strip()) : null;
		Client client = (chosen != null) ? this.access.clientOrNull(chosen, me) : null;
		model.addAttribute("chosen", client);
		model.addAttribute("fieldOfficers", fieldOfficers(facility, me));
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("ageBands", AgeBand.values());
		model.addAttribute("results", TestResult.values());
		model.addAttribute("genexpertResults", GeneXpertResult.values());
		return "harmreduction/visit-new";
	}

	private List<ClientSummary> search(@Nullable String uic, PulihUser me) {
		if (uic == null || uic.isBlank()) {
			return List.of();
		}
		return this.clients.search(me.scope(), uic, SEARCH_MAX);
	}

	private List<PersonSummary> fieldOfficers(Organisation facility, PulihUser me) {
		return this.workforce.ofOrganisation(facility.id(), me.scope())
			.stream()
			.filter(PersonSummary::active)
			.filter(person -> person.role() == PersonRole.FIELD_OFFICER)
			.toList();
	}

	/** Puts a rule violation beside the form field that shows it (or atop the form). */
	static void reject(BindingResult result, RuleViolation violation) {
		// A clinical service refused to a field officer has no section on their form.
		String field = "harmreduction.error.clinicalRole".equals(violation.messageKey()) ? null
				: VisitForm.formField(violation.field());
		if (field != null && result.getTarget() != null && org.springframework.beans.BeanUtils
			.getPropertyDescriptor(result.getTarget().getClass(), field) != null) {
			result.rejectValue(field, violation.messageKey(), violation.arguments(), null);
		}
		else {
			result.reject(violation.messageKey(), violation.arguments(), null);
		}
	}

}
