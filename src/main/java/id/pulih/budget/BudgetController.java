package id.pulih.budget;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import id.pulih.organisation.Organisations;
import id.pulih.shared.FundingSource;
import id.pulih.shared.Ids;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Roles;
import id.pulih.shared.security.Scope;
import id.pulih.shared.web.FormErrors;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The budget page ("Anggaran"): budget versus realisation of a year for an organisation
 * and its descendants (or the user's whole area) as a table per line and funding source
 * with totals and a bar chart per line, the allocations with their history, the activity
 * costs with their voids, and the forms that set an allocation and record a cost. A form
 * that is refused comes back with each error beside its field and what was typed kept. An
 * organisation outside the user's scope answers 404.
 */
@Controller
class BudgetController {

	static final String ALLOCATION_FORM = "budgetAllocationForm";

	static final String COST_FORM = "budgetCostForm";

	private static final int LIST_LIMIT = 200;

	/** How many organisations a list offers; more are found by searching. */
	static final int CHOICES_SHOWN = 200;

	private final Budgets budgets;

	private final BudgetReports reports;

	private final Organisations organisations;

	BudgetController(Budgets budgets, BudgetReports reports, Organisations organisations) {
		this.budgets = budgets;
		this.reports = reports;
		this.organisations = organisations;
	}

	@RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER })
	@GetMapping("/budget")
	String page(@RequestParam(required = false) String year, @RequestParam(required = false) String organisationId,
			@RequestParam(required = false) String edit, @RequestParam(required = false) String q, Model model) {
		PulihUser me = CurrentUser.get();
		View view = view(me, year, organisationId).searching(q);
		if (edit != null && BudgetRoles.canAllocate(me)) {
			this.budgets.findAllocation(Ids.parseOrNull(edit), me.scope())
				.ifPresent(a -> model.addAttribute(ALLOCATION_FORM,
						new AllocationForm(String.valueOf(a.year()), a.organisationId().toString(), a.source().name(),
								a.line().name(), String.valueOf(a.amount()), a.note(), String.valueOf(a.version()),
								view.organisationParam())));
		}
		return page(view, me, model);
	}

	@RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.REHABILITATION_OFFICER })
	@PostMapping("/budget/allocations")
	String setAllocation(@ModelAttribute(ALLOCATION_FORM) AllocationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		List<RuleViolation> violations = new ArrayList<>();
		SetAllocation command = new SetAllocation(BudgetInputs.year(form.year(), violations),
				BudgetInputs.organisation(form.organisationId(), violations),
				BudgetInputs.source(form.source(), violations), BudgetInputs.line(form.line(), violations),
				BudgetInputs.amount(form.amount(), violations), form.note(), BudgetInputs.version(form.version()));
		if (refused(violations, () -> this.budgets.checkAllocation(command, me), result)) {
			return page(view(me, form.year(), form.view()), me, model);
		}
		try {
			Budgets.AllocationSet set = this.budgets.setAllocation(command, me);
			redirect.addFlashAttribute("message", (set.change() == Budgets.Change.UNCHANGED)
					? "budget.allocation.unchanged" : "budget.allocation.saved");
			return redirect(set.allocation().year(), form.view());
		}
		catch (RuleViolation ex) {
			InvalidBudgetInput.all(ex).forEach(v -> FormErrors.reject(result, v));
			return page(view(me, form.year(), form.view()), me, model);
		}
	}

	@RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER })
	@PostMapping("/budget/costs")
	String recordCost(@ModelAttribute(COST_FORM) CostForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		List<RuleViolation> violations = new ArrayList<>();
		NewCost command = new NewCost(null, BudgetInputs.organisation(form.organisationId(), violations),
				BudgetInputs.date("spentOn", form.spentOn(), violations),
				BudgetInputs.source(form.source(), violations), BudgetInputs.line(form.line(), violations),
				BudgetInputs.amount(form.amount(), violations), form.description());
		String shownYear = (command.spentOn() != null) ? String.valueOf(command.spentOn().getYear()) : null;
		if (refused(violations, () -> this.budgets.checkCost(command, me), result)) {
			return page(view(me, shownYear, form.view()), me, model);
		}
		try {
			ActivityCost cost = this.budgets.recordCost(command, me).cost();
			redirect.addFlashAttribute("message", "budget.cost.saved");
			return redirect(cost.year(), form.view());
		}
		catch (RuleViolation ex) {
			InvalidBudgetInput.all(ex).forEach(v -> FormErrors.reject(result, v));
			return page(view(me, shownYear, form.view()), me, model);
		}
	}

	@RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER })
	@PostMapping("/budget/costs/{id}/void")
	String voidCost(@PathVariable UUID id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String view, Model model, RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		ActivityCost cost = this.budgets.cost(id, me.scope());
		try {
			this.budgets.voidCost(cost.id(), reason, me);
			redirect.addFlashAttribute("message", "budget.cost.voided");
			return redirect(cost.year(), view);
		}
		catch (RuleViolation ex) {
			model.addAttribute("voidCostId", cost.id());
			model.addAttribute("voidError", ex.messageKey());
			model.addAttribute("voidErrorArgument", (ex.arguments().length > 0) ? ex.arguments()[0] : "");
			return page(view(me, String.valueOf(cost.year()), view), me, model);
		}
	}

	/**
	 * The organisations matching what was typed in one of the page's organisation
	 * searches, as the options of its list, for htmx: the page's list ({@code kept}
	 * false) or a form's ({@code kept} true, only those whose budget the user keeps). The
	 * one chosen in the list ({@code organisationId}) stays offered. Without JavaScript
	 * the search submits the page itself with {@code q}, which narrows every list the
	 * same way.
	 */
	@RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER })
	@GetMapping(path = "/budget/organisations", headers = "HX-Request")
	String organisationOptions(@RequestParam(required = false) String q, @RequestParam(required = false) String kept,
			@RequestParam(required = false) String organisationId, Model model) {
		PulihUser me = CurrentUser.get();
		boolean keptOnly = "true".equalsIgnoreCase((kept != null) ? kept.strip() : "");
		UUID chosen = (organisationId != null) ? Ids.parseOrNull(organisationId.strip()) : null;
		Choices choices = choices(me, q, keptOnly, (chosen != null) ? List.of(chosen) : List.of());
		model.addAttribute("choices", choices.shown());
		model.addAttribute("choicesMore", choices.more());
		model.addAttribute("selected", chosen);
		model.addAttribute("blankKey",
				keptOnly ? "form.choose" : (me.scope().kind() != Scope.Kind.ORGANISATION) ? "budget.wholeScope" : null);
		return "budget/organisation-options :: options";
	}

	/**
	 * The organisations a list offers: those matching the term, at most
	 * {@link #CHOICES_SHOWN}, and the ones already chosen (when the user may choose them)
	 * first.
	 */
	private Choices choices(PulihUser me, @Nullable String term, boolean keptOnly, List<UUID> chosen) {
		List<Budgets.OrganisationChoice> found = this.budgets.organisationChoices(me, term, keptOnly,
				CHOICES_SHOWN + 1);
		boolean more = found.size() > CHOICES_SHOWN;
		List<Budgets.OrganisationChoice> shown = new ArrayList<>(more ? found.subList(0, CHOICES_SHOWN) : found);
		for (UUID id : chosen) {
			if (shown.stream().noneMatch(o -> o.id().equals(id))) {
				this.budgets.organisationChoice(me, id, keptOnly).ifPresent(o -> shown.add(0, o));
			}
		}
		return new Choices(List.copyOf(shown), more);
	}

	/** Runs the parse and rule checks; puts every error beside its field. */
	private static boolean refused(List<RuleViolation> parseErrors, Supplier<List<RuleViolation>> checks,
			BindingResult result) {
		List<RuleViolation> all = new ArrayList<>(parseErrors);
		Set<String> fields = new HashSet<>();
		parseErrors.forEach(v -> fields.add(v.field()));
		for (RuleViolation violation : checks.get()) {
			if (violation.field() == null || !fields.contains(violation.field())) {
				all.add(violation);
			}
		}
		all.forEach(v -> FormErrors.reject(result, v));
		return !all.isEmpty();
	}

	/**
	 * What the page shows: the year (this year unless a sensible one is asked) and the
	 * organisation (the user's own for organisation scopes, else the whole scope, unless
	 * one is asked).
	 * @throws RecordNotFound when the organisation asked for is missing or outside the
	 * scope
	 */
	private View view(PulihUser me, @Nullable String year, @Nullable String organisationId) {
		int shown = BudgetInputs.yearOrDefault(year, this.budgets.today(me).getYear());
		UUID asked = null;
		if (organisationId != null && !organisationId.isBlank()) {
			asked = Ids.parseOrNull(organisationId.strip());
			if (asked == null) {
				throw new RecordNotFound("organisation");
			}
		}
		UUID chosen = asked;
		if (chosen == null && me.scope().kind() == Scope.Kind.ORGANISATION) {
			chosen = me.scope().organisationId();
		}
		String name = (chosen != null) ? this.organisations.get(chosen, me.scope()).name() : null;
		return new View(shown, chosen, name, asked != null, null);
	}

	private String page(View view, PulihUser me, Model model) {
		Scope scope = me.scope();
		RealisationTable table = this.reports.table(scope, view.year(), view.organisationId());
		List<UUID> viewed = (view.organisationId() != null) ? List.of(view.organisationId()) : List.of();
		Choices inScope = choices(me, view.search(), false, viewed);
		List<UUID> named = new ArrayList<>(viewed);
		formOrganisation(model.getAttribute(ALLOCATION_FORM) instanceof AllocationForm f ? f.organisationId() : null)
			.ifPresent(named::add);
		formOrganisation(model.getAttribute(COST_FORM) instanceof CostForm f ? f.organisationId() : null)
			.ifPresent(named::add);
		Choices kept = choices(me, view.search(), true, named);
		boolean canAllocate = BudgetRoles.canAllocate(me);
		boolean canRecordCosts = BudgetRoles.canRecordCosts(me);
		model.addAttribute("year", view.year());
		model.addAttribute("organisationId", view.organisationId());
		model.addAttribute("organisationName", view.organisationName());
		model.addAttribute("viewParam", view.organisationParam());
		model.addAttribute("wholeScope", scope.kind() != Scope.Kind.ORGANISATION);
		model.addAttribute("table", table);
		model.addAttribute("q", (view.search() != null) ? view.search() : "");
		model.addAttribute("organisations", inScope.shown());
		model.addAttribute("organisationsMore", inScope.more());
		model.addAttribute("keptOrganisations", kept.shown());
		model.addAttribute("keptMore", kept.more());
		model.addAttribute("allocations",
				this.budgets.allocations(scope, view.year(), view.organisationId(), LIST_LIMIT));
		List<Budgets.CostLine> costs = this.budgets.costs(scope, view.year(), view.organisationId(), true, LIST_LIMIT);
		model.addAttribute("costs", costs);
		model.addAttribute("voidable",
				costs.stream()
					.filter(c -> canRecordCosts && !c.voided() && BudgetRoles.keepsBudgetOf(me, c.organisationType()))
					.map(Budgets.CostLine::id)
					.collect(Collectors.toSet()));
		model.addAttribute("lines", BudgetLine.values());
		model.addAttribute("sources", FundingSource.values());
		model.addAttribute("canAllocate", canAllocate);
		model.addAttribute("canRecordCosts", canRecordCosts);
		model.addAttribute("today", this.budgets.today(me));
		String defaultOrganisation = (view.organisationId() != null
				&& kept.shown().stream().anyMatch(o -> o.id().equals(view.organisationId())))
						? view.organisationId().toString() : null;
		if (canAllocate && !model.containsAttribute(ALLOCATION_FORM)) {
			model.addAttribute(ALLOCATION_FORM, new AllocationForm(String.valueOf(view.year()), defaultOrganisation,
					null, null, null, null, null, view.organisationParam()));
		}
		if (canRecordCosts && !model.containsAttribute(COST_FORM)) {
			model.addAttribute(COST_FORM, new CostForm(this.budgets.today(me).toString(), defaultOrganisation, null,
					null, null, null, view.organisationParam()));
		}
		return "budget/budget";
	}

	private static String redirect(int year, @Nullable String organisationParam) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/budget").queryParam("year", year);
		UUID organisation = (organisationParam != null) ? Ids.parseOrNull(organisationParam.strip()) : null;
		if (organisation != null) {
			uri.queryParam("organisationId", organisation);
		}
		return "redirect:" + uri.toUriString();
	}

	private static Optional<UUID> formOrganisation(@Nullable String typed) {
		return Optional.ofNullable((typed != null) ? Ids.parseOrNull(typed.strip()) : null);
	}

	/** What an organisation list offers, and whether more match than it shows. */
	private record Choices(List<Budgets.OrganisationChoice> shown, boolean more) {

	}

	/**
	 * @param explicit whether the organisation was asked for (else it is the user's own
	 * or the whole scope)
	 * @param search what the organisation lists are narrowed to (null: not narrowed)
	 */
	private record View(int year, @Nullable UUID organisationId, @Nullable String organisationName, boolean explicit,
			@Nullable String search) {

		View searching(@Nullable String term) {
			String narrowed = (term != null && !term.isBlank()) ? term.strip() : null;
			return new View(this.year, this.organisationId, this.organisationName, this.explicit, narrowed);
		}

		/** The organisation to come back to after a form, as a request parameter. */
		@Nullable String organisationParam() {
			return (this.explicit && this.organisationId != null) ? this.organisationId.toString() : null;
		}

	}

	/** What the allocation form posts (as typed, so it can be shown again). */
	record AllocationForm(@Nullable String year, @Nullable String organisationId, @Nullable String source,
			@Nullable String line, @Nullable String amount, @Nullable String note, @Nullable String version,
			@Nullable String view) {

	}

	/** What the cost form posts (as typed, so it can be shown again). */
	record CostForm(@Nullable String spentOn, @Nullable String organisationId, @Nullable String source,
			@Nullable String line, @Nullable String amount, @Nullable String description, @Nullable String view) {

	}

}
