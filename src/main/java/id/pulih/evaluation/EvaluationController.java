package id.pulih.evaluation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import id.pulih.instrument.CustomInstrument;
import id.pulih.organisation.Organisation;
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
 * The evaluation pages of an IBM unit: its overview (phase history, assessments, benefit
 * survey means, INSANI categories) and the three forms, rendered from the newest
 * published instrument versions. Plain form posts: a refused form comes back with every
 * typed value and the error beside its field. Answers are posted as
 * {@code q_<item code>}.
 */
@Controller
class EvaluationController {

	static final String ANSWER_PREFIX = "q_";

	private final Evaluations evaluations;

	EvaluationController(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	@RolesAllowed({ Roles.REHABILITATION_OFFICER, Roles.UNIT_CHAIR, Roles.RECOVERY_AGENT, Roles.PROGRAMME_MANAGER })
	@GetMapping("/evaluation/units/{unitId}")
	String overview(@PathVariable UUID unitId, @RequestParam(required = false) @Nullable Integer year, Model model) {
		PulihUser me = CurrentUser.get();
		Organisation unit = this.evaluations.unit(unitId, me.scope());
		int shownYear = (year != null && year >= 2000 && year <= 2100) ? year : this.evaluations.today(me).getYear();
		model.addAttribute("unit", unit);
		model.addAttribute("year", shownYear);
		model.addAttribute("assessments", this.evaluations.responses(unitId, EvaluationKind.ASSESSMENT, me.scope()));
		model.addAttribute("benefit", this.evaluations.benefitMeans(unitId, shownYear, me.scope()));
		model.addAttribute("insani", this.evaluations.insani(unitId, shownYear, me.scope()));
		model.addAttribute("can", EvaluationRoles.abilities(me));
		return "evaluation/overview";
	}

	@RolesAllowed(Roles.REHABILITATION_OFFICER)
	@GetMapping("/evaluation/units/{unitId}/assessments/new")
	String assessmentForm(@PathVariable UUID unitId, Model model) {
		PulihUser me = CurrentUser.get();
		Organisation unit = this.evaluations.unit(unitId, me.scope());
		Map<String, String> values = new LinkedHashMap<>();
		values.put("assessedOn", this.evaluations.today(me).toString());
		return assessmentPage(unit, values, Map.of(), model);
	}

	@RolesAllowed(Roles.REHABILITATION_OFFICER)
	@PostMapping("/evaluation/units/{unitId}/assessments")
	String assess(@PathVariable UUID unitId, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		Organisation unit = this.evaluations.unit(unitId, me.scope());
		Map<String, FieldError> errors = new LinkedHashMap<>();
		LocalDate on = date(params.get("assessedOn"), "assessedOn", errors);
		Map<String, Integer> answers = answers(params, errors);
		if (errors.isEmpty()) {
			try {
				EvaluationResponse saved = this.evaluations
					.assess(unitId, new NewAssessment(null, on, params.get("note"), answers), me)
					.response();
				redirect.addFlashAttribute("assessedScore", String.valueOf(saved.score()));
				redirect.addFlashAttribute("assessedPhase", String.valueOf(saved.phase()));
				return "redirect:/evaluation/units/" + unitId;
			}
			catch (RuleViolation ex) {
				errors.put(fieldOf(ex), FieldError.of(ex));
			}
		}
		return assessmentPage(unit, params, errors, model);
	}

	@RolesAllowed({ Roles.REHABILITATION_OFFICER, Roles.UNIT_CHAIR, Roles.RECOVERY_AGENT })
	@GetMapping("/evaluation/units/{unitId}/benefit-surveys/new")
	String benefitForm(@PathVariable UUID unitId, Model model) {
		PulihUser me = CurrentUser.get();
		Organisation unit = this.evaluations.unit(unitId, me.scope());
		Map<String, String> values = new LinkedHashMap<>();
		values.put("respondedOn", this.evaluations.today(me).toString());
		return benefitPage(unit, values, Map.of(), model);
	}

	@RolesAllowed({ Roles.REHABILITATION_OFFICER, Roles.UNIT_CHAIR, Roles.RECOVERY_AGENT })
	@PostMapping("/evaluation/units/{unitId}/benefit-surveys")
	String recordBenefit(@PathVariable UUID unitId, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		Organisation unit = this.evaluations.unit(unitId, me.scope());
		Map<String, FieldError> errors = new LinkedHashMap<>();
		LocalDate on = date(params.get("respondedOn"), "respondedOn", errors);
		RespondentType type = choice(RespondentType.class, params.get("respondentType"), "respondentType", errors);
		Map<String, Integer> answers = answers(params, errors);
		if (errors.isEmpty()) {
			try {
				this.evaluations.recordBenefitSurvey(unitId, new NewBenefitSurvey(null, on, type, answers), me);
				redirect.addFlashAttribute("message", "evaluation.benefit.saved");
				return "redirect:/evaluation/units/" + unitId;
			}
			catch (RuleViolation ex) {
				errors.put(fieldOf(ex), FieldError.of(ex));
			}
		}
		return benefitPage(unit, params, errors, model);
	}

	@RolesAllowed(Roles.REHABILITATION_OFFICER)
	@GetMapping("/evaluation/units/{unitId}/insani/new")
	String insaniForm(@PathVariable UUID unitId, @RequestParam(required = false) @Nullable String component,
			Model model) {
		PulihUser me = CurrentUser.get();
		Organisation unit = this.evaluations.unit(unitId, me.scope());
		Map<String, String> values = new LinkedHashMap<>();
		values.put("respondedOn", this.evaluations.today(me).toString());
		if (component != null) {
			values.put("component", component);
		}
		return insaniPage(unit, values, Map.of(), model);
	}

	@RolesAllowed(Roles.REHABILITATION_OFFICER)
	@PostMapping("/evaluation/units/{unitId}/insani")
	String recordInsani(@PathVariable UUID unitId, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		Organisation unit = this.evaluations.unit(unitId, me.scope());
		Map<String, FieldError> errors = new LinkedHashMap<>();
		LocalDate on = date(params.get("respondedOn"), "respondedOn", errors);
		InsaniRespondent role = choice(InsaniRespondent.class, params.get("respondentRole"), "respondentRole", errors);
		Map<String, Integer> answers = answers(params, errors);
		if (errors.isEmpty()) {
			try {
				this.evaluations.recordInsani(unitId,
						new NewInsaniResponse(null, on, params.get("component"), role, answers), me);
				redirect.addFlashAttribute("message", "evaluation.insani.saved");
				return "redirect:/evaluation/units/" + unitId;
			}
			catch (RuleViolation ex) {
				errors.put(fieldOf(ex), FieldError.of(ex));
			}
		}
		return insaniPage(unit, params, errors, model);
	}

	private String assessmentPage(Organisation unit, Map<String, String> values, Map<String, FieldError> errors,
			Model model) {
		CustomInstrument instrument = this.evaluations.instrument(EvaluationKind.ASSESSMENT);
		common(unit, instrument, instrument.sections(), values, errors, model);
		return "evaluation/assessment-form";
	}

	private String benefitPage(Organisation unit, Map<String, String> values, Map<String, FieldError> errors,
			Model model) {
		CustomInstrument instrument = this.evaluations.instrument(EvaluationKind.BENEFIT_SURVEY);
		common(unit, instrument, instrument.sections(), values, errors, model);
		model.addAttribute("respondentTypes", RespondentType.values());
		return "evaluation/benefit-form";
	}

	private String insaniPage(Organisation unit, Map<String, String> values, Map<String, FieldError> errors,
			Model model) {
		CustomInstrument instrument = this.evaluations.instrument(EvaluationKind.INSANI);
		String component = values.get("component");
		List<CustomInstrument.Section> shown = instrument.sections()
			.stream()
			.filter(section -> section.code().equals(component))
			.toList();
		common(unit, instrument, shown, values, errors, model);
		model.addAttribute("components", instrument.sections());
		model.addAttribute("respondentRoles", InsaniRespondent.values());
		return "evaluation/insani-form";
	}

	private static void common(Organisation unit, CustomInstrument instrument, List<CustomInstrument.Section> shown,
			Map<String, String> values, Map<String, FieldError> errors, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("instrument", instrument);
		model.addAttribute("sections", shown);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
	}

	private static String fieldOf(RuleViolation ex) {
		return (ex.field() != null) ? ex.field() : "";
	}

	private static @Nullable LocalDate date(@Nullable String text, String field, Map<String, FieldError> errors) {
		if (text == null || text.isBlank()) {
			errors.put(field, new FieldError("evaluation.error.dateRequired", new Object[0]));
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, new FieldError("evaluation.error.dateInvalid", new Object[0]));
			return null;
		}
	}

	private static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String text, String field,
			Map<String, FieldError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.put(field, new FieldError("evaluation.error.choiceInvalid", new Object[0]));
			return null;
		}
	}

	/**
	 * The answers posted as {@code q_<item code>}; a value that is no number is an error.
	 */
	private static Map<String, Integer> answers(Map<String, String> params, Map<String, FieldError> errors) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith(ANSWER_PREFIX) && value != null && !value.isBlank()) {
				String code = name.substring(ANSWER_PREFIX.length());
				try {
					answers.put(code, Integer.valueOf(value.strip()));
				}
				catch (NumberFormatException ex) {
					errors.put(code, new FieldError("evaluation.error.answerNumber", new Object[0]));
				}
			}
		});
		return answers;
	}

	/** A message beside a field (the key is resolved with its arguments). */
	record FieldError(String key, Object[] args) {

		static FieldError of(RuleViolation ex) {
			return new FieldError(ex.messageKey(), (ex.arguments() != null) ? ex.arguments() : new Object[0]);
		}

	}

}
