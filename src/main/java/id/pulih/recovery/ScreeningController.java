package id.pulih.recovery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.instrument.AssistScoring;
import id.pulih.instrument.InstrumentDefinition;
import id.pulih.organisation.Organisations;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Roles;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ASSIST screening of a client, rendered from the instrument's definition one section
 * at a time (or, with {@code all=true}, as one long form), and the screening's result:
 * scores, risk per substance, overall risk and route. Every step is a plain form post
 * that keeps all answers (see {@link QuestionnaireForm}), so it works on any phone
 * without a script. The client must be inside the user's scope (404 otherwise).
 */
@Controller
class ScreeningController {

	private final Screenings screenings;

	private final ClientRegistry clients;

	private final Organisations organisations;

	private final Units units;

	ScreeningController(Screenings screenings, ClientRegistry clients, Organisations organisations, Units units) {
		this.screenings = screenings;
		this.clients = clients;
		this.organisations = organisations;
		this.units = units;
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR })
	@GetMapping("/clients/{clientId}/screening")
	String form(@PathVariable UUID clientId, @RequestParam(defaultValue = "false") boolean all, Model model) {
		PulihUser me = CurrentUser.get();
		Client client = this.clients.get(clientId, me.scope());
		return page(client, QuestionnaireForm.start(definition(), all), this.units.today(me).toString(), model);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR })
	@PostMapping("/clients/{clientId}/screening")
	String step(@PathVariable UUID clientId, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		Client client = this.clients.get(clientId, me.scope());
		boolean all = Boolean.parseBoolean(params.get("all"));
		QuestionnaireForm form = QuestionnaireForm.of(definition(), params, params.get("section"), all);
		String date = params.getOrDefault("screenedOn", "");
		String step = params.getOrDefault("step", QuestionnaireForm.NEXT);
		if (QuestionnaireForm.BACK.equals(step)) {
			return page(client, form.back(), date, model);
		}
		if (!QuestionnaireForm.SAVE.equals(step) || !form.isLast()) {
			return page(client, form.next(), date, model);
		}
		LocalDate screenedOn = parseDate(date);
		if (screenedOn == null) {
			return page(client, form.withError("screenedOn", "recovery.error.dateInvalid"), date, model);
		}
		try {
			Screening screening = this.screenings
				.screen(new NewScreening(null, client.id(), screenedOn, null, form.answers()), me);
			redirect.addFlashAttribute("message", "recovery.screening.saved");
			return "redirect:/recovery/screenings/" + screening.id();
		}
		catch (RuleViolation ex) {
			return page(client, form.withError(ex.field(), ex.messageKey()), date, model);
		}
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER })
	@GetMapping("/recovery/screenings/{id}")
	String show(@PathVariable UUID id, Model model) {
		PulihUser me = CurrentUser.get();
		Screening screening = this.screenings.get(id, me.scope());
		model.addAttribute("screening", screening);
		model.addAttribute("result", screening.result());
		this.clients.find(screening.clientId(), me.scope()).ifPresent(client -> model.addAttribute("client", client));
		this.organisations.find(screening.organisationId(), me.scope())
			.ifPresent(unit -> model.addAttribute("unit", unit));
		model.addAttribute("canWrite", RecoveryRoles.canWrite(me));
		return "recovery/screening";
	}

	private String page(Client client, QuestionnaireForm form, String screenedOn, Model model) {
		model.addAttribute("client", client);
		model.addAttribute("form", form);
		model.addAttribute("screenedOn", screenedOn);
		model.addAttribute("action", "/clients/" + client.id() + "/screening");
		return "recovery/screening-form";
	}

	private static InstrumentDefinition definition() {
		return CheckedAnswers.definition(AssistScoring.CODE);
	}

	static @Nullable LocalDate parseDate(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
