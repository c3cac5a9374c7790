package id.pulih.instrument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;

import id.pulih.instrument.CustomInstrument.Scoring;
import id.pulih.instrument.CustomInstrument.Status;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Roles;
import id.pulih.shared.web.FormErrors;
import id.pulih.shared.web.NavigationItem;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators define instruments: the list by code with every version, a new
 * instrument, and one version's page (a draft's page is its editor). Administrators see
 * only definitions, never anybody's responses.
 */
@Controller
@RequestMapping("/admin/instruments")
class CustomInstrumentController {

	private final CustomInstrumentCatalogue catalogue;

	CustomInstrumentController(CustomInstrumentCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@ModelAttribute("scorings")
	Scoring[] scorings() {
		return Scoring.values();
	}

	@RolesAllowed(Roles.ADMINISTRATOR)
	@GetMapping
	String list(Model model) {
		Map<String, List<CustomInstrument>> byCode = new LinkedHashMap<>();
		for (CustomInstrument instrument : this.catalogue.all()) {
			byCode.computeIfAbsent(instrument.code(), code -> new java.util.ArrayList<>()).add(instrument);
		}
		model.addAttribute("instruments", byCode);
		return "instrument/custom-list";
	}

	@RolesAllowed(Roles.ADMINISTRATOR)
	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new DraftForm(null, null, null, Scoring.MEAN, null, null));
		return "instrument/custom-new";
	}

	@RolesAllowed(Roles.ADMINISTRATOR)
	@PostMapping
	String create(@ModelAttribute("form") DraftForm form, BindingResult result, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			CustomInstrument draft = this.catalogue.createDraft(form.toDraft(), CurrentUser.get());
			redirect.addFlashAttribute("message", "instrument.custom.draftCreated");
			return "redirect:/admin/instruments/" + draft.id();
		}
		catch (RuleViolation ex) {
			FormErrors.reject(result, ex);
			response.setStatus(422);
			return "instrument/custom-new";
		}
	}

	@RolesAllowed(Roles.ADMINISTRATOR)
	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		CustomInstrument instrument = this.catalogue.get(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", DraftForm.of(instrument));
		}
		return show(instrument, model);
	}

	@RolesAllowed(Roles.ADMINISTRATOR)
	@PostMapping("/{id}")
	String save(@PathVariable UUID id, @ModelAttribute("form") DraftForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CustomInstrument instrument = this.catalogue.get(id);
		try {
			this.catalogue.editDraft(id, form.toDraft(), CurrentUser.get());
		}
		catch (RuleViolation ex) {
			FormErrors.reject(result, ex);
			response.setStatus(422);
			if (instrument.status() != Status.DRAFT) {
				model.addAttribute("problemKey", ex.messageKey());
				model.addAttribute("problemArguments", ex.arguments());
			}
			return show(instrument, model);
		}
		redirect.addFlashAttribute("message", "instrument.custom.saved");
		return "redirect:/admin/instruments/" + id;
	}

	@RolesAllowed(Roles.ADMINISTRATOR)
	@PostMapping("/{id}/check")
	String check(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.catalogue.validate(id);
			redirect.addFlashAttribute("message", "instrument.custom.checked");
		}
		catch (RuleViolation ex) {
			problem(redirect, ex);
		}
		return "redirect:/admin/instruments/" + id;
	}

	@RolesAllowed(Roles.ADMINISTRATOR)
	@PostMapping("/{id}/publish")
	String publish(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.catalogue.publish(id, CurrentUser.get());
			redirect.addFlashAttribute("message", "instrument.custom.publishedDone");
		}
		catch (RuleViolation ex) {
			problem(redirect, ex);
		}
		return "redirect:/admin/instruments/" + id;
	}

	@RolesAllowed(Roles.ADMINISTRATOR)
	@PostMapping("/{id}/retire")
	String retire(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.catalogue.retire(id, CurrentUser.get());
			redirect.addFlashAttribute("message", "instrument.custom.retiredDone");
		}
		catch (RuleViolation ex) {
			problem(redirect, ex);
		}
		return "redirect:/admin/instruments/" + id;
	}

	@RolesAllowed(Roles.ADMINISTRATOR)
	@PostMapping("/{id}/draft")
	String draftFrom(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			CustomInstrument draft = this.catalogue.draftFrom(id, CurrentUser.get());
			redirect.addFlashAttribute("message", "instrument.custom.draftCreated");
			return "redirect:/admin/instruments/" + draft.id();
		}
		catch (RuleViolation ex) {
			problem(redirect, ex);
			return "redirect:/admin/instruments/" + id;
		}
	}

	private String show(CustomInstrument instrument, Model model) {
		model.addAttribute("instrument", instrument);
		model.addAttribute("versions", this.catalogue.versions(instrument.code()));
		model.addAttribute("draft", this.catalogue.draftOf(instrument.code()).orElse(null));
		return "instrument/custom";
	}

	/**
	 * Carries a refusal over the redirect as plain values (the flash lives in the
	 * session).
	 */
	private static void problem(RedirectAttributes redirect, RuleViolation ex) {
		redirect.addFlashAttribute("problemKey", ex.messageKey());
		redirect.addFlashAttribute("problemArguments", ex.arguments());
	}

	/**
	 * What the editor posts: the structure as text (see {@link CustomInstrumentText}).
	 */
	record DraftForm(@Nullable String code, @Nullable String name, @Nullable String description,
			@Nullable Scoring scoring, @Nullable String sections, @Nullable String bands) {

		static DraftForm of(CustomInstrument instrument) {
			return new DraftForm(instrument.code(), instrument.name(), instrument.description(), instrument.scoring(),
					CustomInstrumentText.sectionsText(instrument.sections()),
					CustomInstrumentText.bandsText(instrument.bands()));
		}

		CustomInstrumentDraft toDraft() {
			return new CustomInstrumentDraft(null, this.code, this.name, this.description, this.scoring,
					CustomInstrumentText.sections(this.sections), CustomInstrumentText.bands(this.bands));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem customInstrumentsNavigation() {
			return new NavigationItem("instrument.custom.nav", "/admin/instruments", 85, Set.of(Role.ADMINISTRATOR));
		}

	}

}
