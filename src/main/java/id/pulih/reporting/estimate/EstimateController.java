package id.pulih.reporting.estimate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import id.pulih.geography.Area;
import id.pulih.geography.Areas;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Roles;
import id.pulih.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The population estimates page ("Estimasi populasi"): the estimates of a year that
 * concern the user's area, the figures reports will divide by for that area (entered or
 * summed from below), and, for programme managers, the form that enters or corrects an
 * estimate. The area is typed as its code, with the area search beside it. A refused form
 * comes back with each error beside its field and what was typed kept; a saved one
 * redirects to the year's list.
 */
@Controller
class EstimateController {

	static final String FORM = "estimateForm";

	private final PopulationEstimates estimates;

	private final Areas areas;

	EstimateController(PopulationEstimates estimates, Areas areas) {
		this.estimates = estimates;
		this.areas = areas;
	}

	@RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.REHABILITATION_OFFICER, Roles.HEALTH_WORKER })
	@GetMapping("/reports/estimates")
	String page(@RequestParam(required = false) String year, @RequestParam(required = false) String edit, Model model) {
		PulihUser me = CurrentUser.get();
		int shown = EstimateInputs.yearOrDefault(year, this.estimates.today(me).getYear());
		if (edit != null && EstimateRoles.canSet(me)) {
			this.estimates.find(edit, shown)
				.filter(e -> this.estimates.mayEstimate(me, e.areaCode()))
				.ifPresent(e -> model.addAttribute(FORM, EstimateForm.of(e)));
		}
		return page(me, shown, model);
	}

	@RolesAllowed(Roles.PROGRAMME_MANAGER)
	@PostMapping("/reports/estimates")
	String set(@ModelAttribute(FORM) EstimateForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		List<RuleViolation> parseErrors = new ArrayList<>();
		SetEstimate command = new SetEstimate(form.areaCode(), EstimateInputs.year(form.year(), parseErrors),
				EstimateInputs.figure("pwid", form.pwid(), parseErrors),
				EstimateInputs.figure("opioidPwid", form.opioidPwid(), parseErrors),
				EstimateInputs.figure("pwidHiv", form.pwidHiv(), parseErrors), form.sourceNote(),
				EstimateInputs.version(form.version()));
		int shown = EstimateInputs.yearOrDefault((command.year() != null) ? String.valueOf(command.year()) : null,
				this.estimates.today(me).getYear());
		List<RuleViolation> violations = PopulationEstimates.merge(parseErrors, this.estimates.check(me, command));
		if (!violations.isEmpty()) {
			violations.forEach(v -> FormErrors.reject(result, v));
			return page(me, shown, model);
		}
		try {
			PopulationEstimates.Outcome outcome = this.estimates.apply(me, command);
			redirect.addFlashAttribute("message", (outcome.change() == PopulationEstimates.Change.UNCHANGED)
					? "estimate.unchanged" : "estimate.saved");
			return "redirect:" + UriComponentsBuilder.fromPath("/reports/estimates")
				.queryParam("year", outcome.estimate().year())
				.toUriString();
		}
		catch (RuleViolation ex) {
			InvalidEstimate.all(ex).forEach(v -> FormErrors.reject(result, v));
			return page(me, shown, model);
		}
		catch (OptimisticLockingFailureException ex) {
			FormErrors.reject(result, new RuleViolation("version", "estimate.error.stale"));
			return page(me, shown, model);
		}
	}

	private String page(PulihUser me, int year, Model model) {
		String top = this.estimates.topArea(me.scope());
		List<Estimate> list = this.estimates.list(me.scope(), year);
		boolean canSet = EstimateRoles.canSet(me);
		Set<String> editable = new HashSet<>();
		if (canSet) {
			list.stream()
				.map(Estimate::areaCode)
				.filter(code -> this.estimates.mayEstimate(me, code))
				.forEach(editable::add);
		}
		model.addAttribute("year", year);
		model.addAttribute("estimates", list);
		model.addAttribute("editable", editable);
		model.addAttribute("canSet", canSet);
		model.addAttribute("topArea", top);
		model.addAttribute("topAreaName", areaName(top));
		model.addAttribute("denominators", this.estimates.denominators(top, year));
		model.addAttribute("searchWithin", top.equals(PopulationEstimates.NATION) ? null : top);
		model.addAttribute("firstYear", PopulationEstimates.FIRST_YEAR);
		model.addAttribute("lastYear", PopulationEstimates.LAST_YEAR);
		if (canSet && !model.containsAttribute(FORM)) {
			model.addAttribute(FORM, new EstimateForm(null, String.valueOf(year), null, null, null, null, null));
		}
		return "reporting/estimate/estimates";
	}

	private @Nullable String areaName(String code) {
		return code.equals(PopulationEstimates.NATION) ? null : this.areas.find(code).map(Area::name).orElse(null);
	}

	/** What the form posts (as typed, so it can be shown again). */
	record EstimateForm(@Nullable String areaCode, @Nullable String year, @Nullable String pwid,
			@Nullable String opioidPwid, @Nullable String pwidHiv, @Nullable String sourceNote,
			@Nullable String version) {

		static EstimateForm of(Estimate estimate) {
			return new EstimateForm(estimate.areaCode(), String.valueOf(estimate.year()), text(estimate.pwid()),
					text(estimate.opioidPwid()), text(estimate.pwidHiv()), estimate.sourceNote(),
					String.valueOf(estimate.version()));
		}

		private static @Nullable String text(@Nullable Long figure) {
			return (figure != null) ? String.valueOf(figure) : null;
		}

	}

}
