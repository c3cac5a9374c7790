package id.pulih.workforce;

import id.pulih.shared.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import id.pulih.organisation.OrganisationSummary;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Roles;
import id.pulih.shared.security.Scope;
import id.pulih.shared.web.FormErrors;
import id.pulih.shared.web.NavigationItem;
import org.jspecify.annotations.Nullable;

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
 * The people pages: a searchable list (the full page and its htmx partial render the same
 * fragment), registration, and one person's page with their appointments, trainings and
 * status, and the forms that change them. Everything is read through the signed-in user's
 * scope; a person outside it answers 404.
 */
@Controller
@RequestMapping("/people")
class PeopleController {

	static final Set<Role> CHANGERS = EnumSet.of(Role.ADMINISTRATOR, Role.REHABILITATION_OFFICER, Role.UNIT_CHAIR);

	private static final int LIST_LIMIT = 200;

	private final Workforce workforce;

	private final Organisations organisations;

	PeopleController(Workforce workforce, Organisations organisations) {
		this.workforce = workforce;
		this.organisations = organisations;
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER, Roles.ADMINISTRATOR })
	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) PersonRole role,
			@RequestParam(required = false) Boolean active, @RequestParam(required = false) UUID organisationId,
			Model model) {
		results(q, role, active, organisationId, model);
		model.addAttribute("roles", PersonRole.values());
		model.addAttribute("canChange", canChange());
		if (organisationId != null) {
			this.organisations.find(organisationId, scope()).ifPresent(org -> model.addAttribute("organisation", org));
		}
		return "workforce/people";
	}

	/** The same search, answering only the results fragment to htmx. */
	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER, Roles.ADMINISTRATOR })
	@GetMapping(headers = "HX-Request")
	String listPartial(@RequestParam(required = false) String q, @RequestParam(required = false) PersonRole role,
			@RequestParam(required = false) Boolean active, @RequestParam(required = false) UUID organisationId,
			Model model) {
		results(q, role, active, organisationId, model);
		return "workforce/people :: results";
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER, Roles.UNIT_CHAIR })
	@GetMapping("/new")
	String newForm(@RequestParam(required = false) UUID organisationId, Model model) {
		model.addAttribute("personForm", new PersonForm(null, null, null, organisationId, null, null));
		return newPage(model);
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER, Roles.UNIT_CHAIR })
	@PostMapping
	String register(@ModelAttribute("personForm") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return newPage(model);
		}
		try {
			Person person = this.workforce.register(form.toCommand(), scope());
			redirect.addFlashAttribute("message", "workforce.registered");
			return "redirect:/people/" + person.id();
		}
		catch (RuleViolation ex) {
			FormErrors.reject(result, ex);
			return newPage(model);
		}
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER,
			Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER, Roles.ADMINISTRATOR })
	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		return personPage(this.workforce.get(id, scope()), model);
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER, Roles.UNIT_CHAIR })
	@PostMapping("/{id}")
	String edit(@PathVariable UUID id, @ModelAttribute("personEditForm") EditForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Person person = this.workforce.get(id, scope());
		if (!result.hasErrors()) {
			try {
				this.workforce.edit(id, form.fullName(), form.sex(), form.phone(), scope());
				redirect.addFlashAttribute("message", "form.saved");
				return "redirect:/people/" + id;
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return personPage(person, model);
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER, Roles.UNIT_CHAIR })
	@PostMapping("/{id}/appointments")
	String appoint(@PathVariable UUID id, @ModelAttribute("personAppointmentForm") AppointmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Person person = this.workforce.get(id, scope());
		if (!result.hasErrors()) {
			try {
				this.workforce.appoint(id, form.decreeNumber(), form.decreeDate(), form.unitId(), scope());
				redirect.addFlashAttribute("message", "workforce.appointed");
				return "redirect:/people/" + id;
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return personPage(person, model);
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER, Roles.UNIT_CHAIR })
	@PostMapping("/{id}/trainings")
	String addTraining(@PathVariable UUID id, @ModelAttribute("personTrainingForm") TrainingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Person person = this.workforce.get(id, scope());
		if (!result.hasErrors()) {
			try {
				this.workforce.addTraining(id, form.topic(), form.trainedOn(), form.hours(), form.organiser(), scope());
				redirect.addFlashAttribute("message", "workforce.trainingAdded");
				return "redirect:/people/" + id;
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return personPage(person, model);
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER, Roles.UNIT_CHAIR })
	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable UUID id, @ModelAttribute("personDeactivationForm") DeactivationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Person person = this.workforce.get(id, scope());
		if (!result.hasErrors()) {
			try {
				this.workforce.deactivate(id, form.reason(), form.since(), scope());
				redirect.addFlashAttribute("message", "workforce.deactivated");
				return "redirect:/people/" + id;
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return personPage(person, model);
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.REHABILITATION_OFFICER, Roles.UNIT_CHAIR })
	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.workforce.reactivate(id, scope());
			redirect.addFlashAttribute("message", "workforce.reactivated");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/people/" + id;
	}

	private void results(@Nullable String q, @Nullable PersonRole role, @Nullable Boolean active,
			@Nullable UUID organisationId, Model model) {
		model.addAttribute("people", this.workforce.search(scope(), q, role, organisationId, active, LIST_LIMIT));
		model.addAttribute("limit", LIST_LIMIT);
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("active", active);
		model.addAttribute("organisationId", organisationId);
	}

	private String newPage(Model model) {
		model.addAttribute("roles", PersonRole.values());
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("organisations", scopeOrganisations());
		return "workforce/person-new";
	}

	/**
	 * One person's page. A form that failed is already in the model with its errors; the
	 * others start empty.
	 */
	private String personPage(Person person, Model model) {
		Scope scope = scope();
		model.addAttribute("person", person);
		this.organisations.find(person.organisationId(), scope)
			.ifPresent(org -> model.addAttribute("organisation", org));
		Map<UUID, String> unitNames = new HashMap<>();
		for (Appointment appointment : person.appointments()) {
			this.organisations.find(appointment.unitId(), scope)
				.ifPresent(unit -> unitNames.put(unit.id(), unit.name()));
		}
		model.addAttribute("unitNames", unitNames);
		boolean canChange = canChange();
		model.addAttribute("canChange", canChange);
		model.addAttribute("isAdministrator", CurrentUser.get().hasRole(Role.ADMINISTRATOR));
		if (canChange) {
			model.addAttribute("sexes", Sex.values());
			boolean unitsOnly = person.role() == PersonRole.RECOVERY_AGENT || person.role() == PersonRole.UNIT_CHAIR;
			model.addAttribute("units",
					scopeOrganisations().stream()
						.filter(org -> !unitsOnly || org.type() == OrganisationType.IBM_UNIT)
						.toList());
			addIfAbsent(model, "personEditForm", new EditForm(person.fullName(), person.sex(), person.phone()));
			addIfAbsent(model, "personAppointmentForm", new AppointmentForm(null, null, person.organisationId()));
			addIfAbsent(model, "personTrainingForm", new TrainingForm(null, null, null, null));
			addIfAbsent(model, "personDeactivationForm", new DeactivationForm(null, null));
		}
		return "workforce/person";
	}

	private static void addIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

	private List<OrganisationSummary> scopeOrganisations() {
		return this.organisations.tree(scope()).stream().filter(org -> !org.voided()).toList();
	}

	private static boolean canChange() {
		return CHANGERS.contains(CurrentUser.get().role());
	}

	private static Scope scope() {
		return CurrentUser.get().scope();
	}

	/** What the registration form posts. */
	record PersonForm(String fullName, Sex sex, PersonRole role, UUID organisationId, String phone,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeSince) {

		NewPerson toCommand() {
			return new NewPerson(null, this.fullName, this.sex, this.role, this.organisationId, this.phone,
					this.activeSince);
		}

	}

	/** What the edit form posts. */
	record EditForm(String fullName, Sex sex, String phone) {

	}

	/** What the appointment form posts. */
	record AppointmentForm(String decreeNumber, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decreeDate,
			UUID unitId) {

	}

	/** What the training form posts. */
	record TrainingForm(String topic, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate trainedOn,
			BigDecimal hours, String organiser) {

	}

	/** What the deactivation form posts. */
	record DeactivationForm(String reason, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since) {

	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem peopleNavigation() {
			return new NavigationItem("nav.people", "/people", 30, Set.of(Role.ADMINISTRATOR,
					Role.REHABILITATION_OFFICER, Role.UNIT_CHAIR, Role.RECOVERY_AGENT, Role.HEALTH_WORKER));
		}

	}

}
