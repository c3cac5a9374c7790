package id.pulih.access;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import id.pulih.organisation.OrganisationSummary;
import id.pulih.organisation.Organisations;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Roles;
import id.pulih.shared.security.Scope;
import id.pulih.shared.web.FormErrors;
import id.pulih.workforce.Person;
import id.pulih.workforce.Workforce;

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

/** Administrators manage the accounts within their scope. */
@Controller
@RequestMapping("/admin/users")
@RolesAllowed(Roles.ADMINISTRATOR)
class UserAdminController {

	private final AccessManagement access;

	private final Organisations organisations;

	private final Workforce workforce;

	UserAdminController(AccessManagement access, Organisations organisations, Workforce workforce) {
		this.access = access;
		this.organisations = organisations;
		this.workforce = workforce;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("users", this.access.list(CurrentUser.get().scope(), q));
		model.addAttribute("q", q);
		return "access/users";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) UUID personId, @RequestParam(required = false) UUID organisationId,
			Model model) {
		UserForm form = new UserForm(null, null, null, null, Scope.Kind.ORGANISATION, organisationId, null, null);
		if (personId != null) {
			// An account for a known person: their name, organisation and matching role.
			Person person = this.workforce.get(personId, CurrentUser.get().scope());
			form = new UserForm(null, person.fullName(), null, Role.valueOf(person.role().name()),
					Scope.Kind.ORGANISATION, person.organisationId(), null, person.id());
		}
		return form(form, model);
	}

	@PostMapping
	String create(@ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			UserAccount account = this.access.create(form.toCommand(), CurrentUser.get().scope());
			redirect.addFlashAttribute("message", "access.userCreated");
			return "redirect:/admin/users/" + account.id();
		}
		catch (RuleViolation ex) {
			FormErrors.reject(result, ex);
			return form(form, model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		UserAccount account = this.access.get(id, CurrentUser.get().scope());
		model.addAttribute("user", account);
		if (account.scopeOrganisationId() != null) {
			this.organisations.findUnscoped(account.scopeOrganisationId())
				.ifPresent(org -> model.addAttribute("scopeOrganisation", org));
		}
		model.addAttribute("form", new UserForm(account.username(), account.displayName(), null, account.role(),
				account.scopeKind(), account.scopeOrganisationId(), account.scopeAreaCode(), account.personId()));
		model.addAttribute("roles", Role.values());
		model.addAttribute("scopeKinds", Scope.Kind.values());
		model.addAttribute("organisations", scopeOrganisations());
		return "access/user";
	}

	@PostMapping("/{id}")
	String edit(@PathVariable UUID id, @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			this.access.edit(id, form.toCommand(), CurrentUser.get().scope());
		}
		catch (RuleViolation ex) {
			FormErrors.reject(result, ex);
			UserAccount account = this.access.get(id, CurrentUser.get().scope());
			model.addAttribute("user", account);
			model.addAttribute("roles", Role.values());
			model.addAttribute("scopeKinds", Scope.Kind.values());
			model.addAttribute("organisations", scopeOrganisations());
			return "access/user";
		}
		redirect.addFlashAttribute("message", "form.saved");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		try {
			this.access.disable(id, reason, CurrentUser.get().scope(), CurrentUser.get().id());
			redirect.addFlashAttribute("message", "access.userDisabled");
		}
		catch (RuleViolation ex) {
			this.access.get(id, CurrentUser.get().scope());
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable UUID id, RedirectAttributes redirect) {
		this.access.enable(id, CurrentUser.get().scope());
		redirect.addFlashAttribute("message", "access.userEnabled");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable UUID id, @RequestParam(defaultValue = "") String password,
			RedirectAttributes redirect) {
		try {
			this.access.resetPassword(id, password, CurrentUser.get().scope());
			redirect.addFlashAttribute("message", "access.passwordReset");
		}
		catch (RuleViolation ex) {
			this.access.get(id, CurrentUser.get().scope());
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/second-factor/reset")
	String resetSecondFactor(@PathVariable UUID id, RedirectAttributes redirect) {
		this.access.resetSecondFactor(id, CurrentUser.get().scope());
		redirect.addFlashAttribute("message", "access.secondFactorReset");
		return "redirect:/admin/users/" + id;
	}

	private String form(UserForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("roles", Role.values());
		model.addAttribute("scopeKinds", Scope.Kind.values());
		model.addAttribute("organisations", scopeOrganisations());
		return "access/user-new";
	}

	private List<OrganisationSummary> scopeOrganisations() {
		return this.organisations.tree(CurrentUser.get().scope()).stream().filter(o -> !o.voided()).toList();
	}

	/** What the user form posts. */
	record UserForm(String username, String displayName, String password, Role role, Scope.Kind scopeKind,
			UUID scopeOrganisationId, String scopeAreaCode, UUID personId) {

		NewUser toCommand() {
			return new NewUser(this.username, this.displayName, this.password, this.role, this.scopeKind,
					this.scopeOrganisationId, this.scopeAreaCode, this.personId);
		}

	}

}
