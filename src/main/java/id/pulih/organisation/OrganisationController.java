package id.pulih.organisation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import id.pulih.geography.Area;
import id.pulih.geography.AreaLevel;
import id.pulih.geography.Areas;
import id.pulih.shared.FundingSource;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Roles;
import id.pulih.shared.security.Scope;
import id.pulih.shared.web.FormErrors;
import id.pulih.shared.web.HomeSection;
import id.pulih.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Organisation pages: the list (with an htmx partial for live search), the tree of the
 * caller's scope, the detail page with an IBM unit's decrees, partners, funding, yearly
 * status and phase history, and the forms that register, edit and void organisations.
 * Everybody sees the organisations of their own scope; only administrators and
 * rehabilitation officers change them. A form that breaks a rule comes back with the
 * message beside the field and what was typed.
 */
@Controller
@RequestMapping("/organisations")
class OrganisationController {

	static final int LIST_LIMIT = 100;

	/** The most organisations a select offers. */
	static final int CHOICES_LIMIT = 500;

	private final Organisations organisations;

	private final Areas areas;

	private final List<OrganisationPageSection> sections;

	OrganisationController(Organisations organisations, Areas areas, List<OrganisationPageSection> sections) {
		this.organisations = organisations;
		this.areas = areas;
		this.sections = sections;
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.ADMINISTRATOR })
	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) String voided, Model model) {
		results(q, type, voided, model);
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("canEdit", canEdit());
		return "organisation/organisations";
	}

	/** The same results as the list page, as the fragment htmx swaps in while typing. */
	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.ADMINISTRATOR })
	@GetMapping(headers = "HX-Request")
	String listPartial(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) String voided, Model model) {
		results(q, type, voided, model);
		return "organisation/organisations :: results";
	}

	/**
	 * The list's results. The filters come from a query string anyone can edit, so a type
	 * that does not exist simply filters nothing.
	 */
	private void results(String q, String typeName, String voidedFlag, Model model) {
		OrganisationType type = Arrays.stream(OrganisationType.values())
			.filter(candidate -> candidate.name().equals(typeName))
			.findFirst()
			.orElse(null);
		boolean voided = "true".equals(voidedFlag);
		String term = (q == null) ? null : q.strip();
		if (term != null && term.length() > Organisations.NAME_MAX) {
			term = term.substring(0, Organisations.NAME_MAX);
		}
		List<OrganisationSummary> found = this.organisations.search(scope(), term, type, voided, LIST_LIMIT + 1);
		model.addAttribute("organisations", found.stream().limit(LIST_LIMIT).toList());
		model.addAttribute("more", found.size() > LIST_LIMIT);
		model.addAttribute("q", term);
		model.addAttribute("type", type);
		model.addAttribute("voided", voided);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.ADMINISTRATOR })
	@GetMapping("/tree")
	String tree(Model model) {
		List<OrganisationSummary> all = this.organisations.tree(scope());
		Set<UUID> present = new HashSet<>();
		all.forEach(org -> present.add(org.id()));
		Map<UUID, List<OrganisationSummary>> children = new HashMap<>();
		List<OrganisationSummary> roots = new ArrayList<>();
		for (OrganisationSummary org : all) {
			if (org.parentId() != null && present.contains(org.parentId())) {
				children.computeIfAbsent(org.parentId(), key -> new ArrayList<>()).add(org);
			}
			else {
				roots.add(org);
			}
		}
		model.addAttribute("roots", roots);
		model.addAttribute("children", children);
		return "organisation/tree";
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER })
	@GetMapping("/new")
	String newForm(@ModelAttribute("organisationForm") OrganisationForm form, BindingResult result, Model model) {
		// Choosing a type reloads this page (htmx) with what was typed so far, so the
		// parent choices, the area level and the formation date follow the type.
		return newPage(form, model);
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER })
	@PostMapping
	String create(@ModelAttribute("organisationForm") OrganisationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return newPage(form, model);
		}
		try {
			Organisation organisation = this.organisations.register(form.toCommand(), scope());
			redirect.addFlashAttribute("message", "organisation.created");
			return "redirect:/organisations/" + organisation.id();
		}
		catch (RuleViolation ex) {
			FormErrors.reject(result, ex);
			return newPage(form, model);
		}
	}

	private String newPage(OrganisationForm form, Model model) {
		defaultForm(model, "organisationForm", form);
		OrganisationType type = form.type();
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("parents",
				this.organisations.tree(scope())
					.stream()
					.filter(org -> !org.voided())
					.filter(org -> (type == null || type.allowedParents().isEmpty())
							? org.type() != OrganisationType.IBM_UNIT : type.allowedParents().contains(org.type()))
					.limit(CHOICES_LIMIT)
					.toList());
		model.addAttribute("areaLevel", (type != null) ? type.areaLevel() : null);
		model.addAttribute("showFormedOn", type == null || type == OrganisationType.IBM_UNIT);
		return "organisation/organisation-new";
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER, Roles.PROGRAMME_MANAGER, Roles.ADMINISTRATOR })
	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		return detail(this.organisations.get(id, scope()), model);
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER })
	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		Organisation organisation = this.organisations.get(id, scope());
		model.addAttribute("organisationForm", new OrganisationForm(organisation.code(), organisation.name(),
				organisation.type(), organisation.parentId(), organisation.areaCode(), null));
		return editPage(organisation, model);
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/edit")
	String edit(@PathVariable UUID id, @ModelAttribute("organisationForm") OrganisationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Organisation organisation = this.organisations.get(id, scope());
		if (result.hasErrors()) {
			return editPage(organisation, model);
		}
		try {
			this.organisations.edit(id, form.code(), form.name(), form.areaCode(), scope());
		}
		catch (RuleViolation ex) {
			FormErrors.reject(result, ex);
			return editPage(organisation, model);
		}
		redirect.addFlashAttribute("message", "form.saved");
		return "redirect:/organisations/" + id;
	}

	private String editPage(Organisation organisation, Model model) {
		defaultForm(model, "organisationForm", new OrganisationForm(null, null, null, null, null, null));
		model.addAttribute("organisation", organisation);
		model.addAttribute("areaLevel", organisation.type().areaLevel());
		return "organisation/organisation-edit";
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/void")
	String voidOrganisation(@PathVariable UUID id, @ModelAttribute("voidForm") VoidForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Organisation organisation = this.organisations.get(id, scope());
		try {
			this.organisations.voidOrganisation(id, form.reason(), scope());
		}
		catch (RuleViolation ex) {
			FormErrors.reject(result, ex);
			return detail(organisation, model);
		}
		redirect.addFlashAttribute("message", "organisation.voidedMessage");
		return "redirect:/organisations/" + id;
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/decrees")
	String addDecree(@PathVariable UUID id, @ModelAttribute("decreeForm") DecreeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Organisation unit = this.organisations.get(id, scope());
		if (!result.hasErrors()) {
			try {
				this.organisations.addDecree(id, form.number(), form.date(), scope());
				return saved(id, "organisation.decreeAdded", redirect);
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return detail(unit, model);
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/partners")
	String addPartner(@PathVariable UUID id, @ModelAttribute("partnerForm") PartnerForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Organisation unit = this.organisations.get(id, scope());
		if (!result.hasErrors()) {
			try {
				this.organisations.addPartner(id, form.partnerName(), form.kind(), form.partnerOrganisationId(),
						scope());
				return saved(id, "organisation.partnerAdded", redirect);
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return detail(unit, model);
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/funding")
	String addFunding(@PathVariable UUID id, @ModelAttribute("fundingForm") FundingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Organisation unit = this.organisations.get(id, scope());
		if (!result.hasErrors()) {
			try {
				if (form.amount() == null) {
					throw new RuleViolation("amount", "organisation.error.amountPositive");
				}
				if (form.year() == null) {
					throw new RuleViolation("year", "organisation.error.yearRequired");
				}
				this.organisations.addFunding(id, form.source(), form.amount(), form.year(), form.note(), scope());
				return saved(id, "organisation.fundingAdded", redirect);
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return detail(unit, model);
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/year-status")
	String recordYearStatus(@PathVariable UUID id, @ModelAttribute("yearStatusForm") YearStatusForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Organisation unit = this.organisations.get(id, scope());
		if (!result.hasErrors()) {
			try {
				if (form.year() == null) {
					throw new RuleViolation("year", "organisation.error.yearRequired");
				}
				this.organisations.recordYearStatus(id, form.year(), form.status(), form.byOrganisationId(), scope());
				return saved(id, "organisation.yearStatusRecorded", redirect);
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return detail(unit, model);
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/phases")
	String recordPhase(@PathVariable UUID id, @ModelAttribute("phaseForm") PhaseForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Organisation unit = this.organisations.get(id, scope());
		if (!result.hasErrors()) {
			try {
				this.organisations.recordPhase(id, form.phase(), form.assessedOn(), form.note(), scope());
				return saved(id, "organisation.phaseRecorded", redirect);
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return detail(unit, model);
	}

	private static String saved(UUID id, String messageKey, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", messageKey);
		return "redirect:/organisations/" + id;
	}

	/**
	 * The detail page. Forms that failed keep their values and errors (they are already
	 * in the model); the others start empty.
	 */
	private String detail(Organisation organisation, Model model) {
		Scope scope = scope();
		PulihUser me = CurrentUser.get();
		ZoneId zone = ZoneId.of(me.zoneId());
		model.addAttribute("organisation", organisation);
		model.addAttribute("canEdit", canEdit() && !organisation.isVoided());
		if (organisation.voidedAt() != null) {
			model.addAttribute("voidedOn", LocalDate.ofInstant(organisation.voidedAt(), zone));
		}
		if (organisation.parentId() != null) {
			this.organisations.findUnscoped(organisation.parentId()).ifPresent(parent -> {
				model.addAttribute("parent", parent);
				model.addAttribute("parentVisible", scope.covers(parent.path(), parent.areaCode()));
			});
		}
		model.addAttribute("area", (organisation.areaCode() != null)
				? this.areas.find(organisation.areaCode()).map(Area::label).orElse(null) : null);
		model.addAttribute("children", this.organisations.children(organisation.id(), scope));
		defaultForm(model, "voidForm", new VoidForm(null));
		if (organisation.type() == OrganisationType.IBM_UNIT) {
			unitDetail(organisation, scope, zone, model);
		}
		model.addAttribute("failed", failedForms(model));
		model.addAttribute("sections",
				this.sections.stream()
					.map(section -> section.contentFor(organisation, me))
					.flatMap(Optional::stream)
					.sorted(Comparator.comparingInt(HomeSection.Content::order))
					.toList());
		return "organisation/organisation";
	}

	private void unitDetail(Organisation unit, Scope scope, ZoneId zone, Model model) {
		model.addAttribute("village", (unit.unit() != null)
				? this.areas.find(unit.unit().villageCode()).map(Area::label).orElse(null) : null);
		Map<UUID, String> names = new LinkedHashMap<>();
		for (Organisation.YearStatus status : unit.yearStatuses()) {
			names.computeIfAbsent(status.byOrganisationId(), this::nameOf);
		}
		for (Organisation.Partner partner : unit.partners()) {
			if (partner.partnerOrganisationId() != null) {
				names.computeIfAbsent(partner.partnerOrganisationId(), this::nameOf);
			}
		}
		model.addAttribute("names", names);
		model.addAttribute("offices", this.organisations.supervisingOffices(unit, scope));
		model.addAttribute("partnerOrganisations",
				this.organisations.tree(scope)
					.stream()
					.filter(org -> !org.voided() && !org.id().equals(unit.id()))
					.toList());
		model.addAttribute("partnerKinds", PartnerKind.values());
		model.addAttribute("fundingSources", FundingSource.values());
		model.addAttribute("yearStatuses", UnitYearStatus.values());
		model.addAttribute("phases", DevelopmentPhase.values());
		int thisYear = LocalDate.now(zone).getYear();
		defaultForm(model, "decreeForm", new DecreeForm(null, null));
		defaultForm(model, "partnerForm", new PartnerForm(null, null, null));
		defaultForm(model, "fundingForm", new FundingForm(null, null, thisYear, null));
		defaultForm(model, "yearStatusForm", new YearStatusForm(thisYear, null, null));
		defaultForm(model, "phaseForm", new PhaseForm(null, null, null));
	}

	/** The forms on the page whose last submission came back with errors. */
	private static Set<String> failedForms(Model model) {
		Set<String> failed = new HashSet<>();
		for (String name : List.of("voidForm", "decreeForm", "partnerForm", "fundingForm", "yearStatusForm",
				"phaseForm")) {
			if (model.getAttribute(BindingResult.MODEL_KEY_PREFIX + name) instanceof BindingResult result
					&& result.hasErrors()) {
				failed.add(name);
			}
		}
		return failed;
	}

	private String nameOf(UUID organisationId) {
		return this.organisations.findUnscoped(organisationId).map(Organisation::name).orElse("");
	}

	/**
	 * Puts a form into the model unless a submitted one is there. A submitted record
	 * whose binding failed (a word where a number belongs) is in the model as null,
	 * beside the binding result that holds what was typed: the form then gets a stand-in,
	 * and the binding result is put back (replacing a model object drops its binding
	 * result).
	 */
	private static void defaultForm(Model model, String name, Object form) {
		if (model.getAttribute(name) == null) {
			Object result = model.getAttribute(BindingResult.MODEL_KEY_PREFIX + name);
			model.addAttribute(name, form);
			if (result != null) {
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
			}
		}
	}

	private static Scope scope() {
		return CurrentUser.get().scope();
	}

	private static boolean canEdit() {
		PulihUser me = CurrentUser.get();
		return me.hasRole(Role.ADMINISTRATOR) || me.hasRole(Role.REHABILITATION_OFFICER);
	}

	/** What the register and edit forms post (edit uses code, name and area only). */
	record OrganisationForm(String code, String name, OrganisationType type, UUID parentId, String areaCode,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate formedOn) {

		NewOrganisation toCommand() {
			return new NewOrganisation(null, this.code, this.name, this.type, this.parentId, this.areaCode,
					(this.type == OrganisationType.IBM_UNIT) ? this.formedOn : null);
		}

	}

	record VoidForm(String reason) {
	}

	record DecreeForm(String number, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
	}

	record PartnerForm(String partnerName, String kind, UUID partnerOrganisationId) {
	}

	record FundingForm(FundingSource source, Long amount, Integer year, String note) {
	}

	record YearStatusForm(Integer year, UnitYearStatus status, UUID byOrganisationId) {
	}

	record PhaseForm(DevelopmentPhase phase, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn,
			String note) {
	}

	/** The kinds of network partner the page offers (the API takes free text). */
	enum PartnerKind {

		TRAINING_CENTRE, MINISTRY, COMPANY, HEALTH_FACILITY, COMMUNITY, OTHER

	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem organisationsNavigation() {
			return new NavigationItem("nav.organisations", "/organisations", 20, EnumSet.allOf(Role.class));
		}

	}

}
