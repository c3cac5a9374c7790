package id.pulih.stock;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Roles;
import id.pulih.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue page: every item with its unit and low-stock weeks, for anyone signed in;
 * administrators add items and change an item's weeks or take it out of use.
 */
@Controller
class CatalogueController {

	private static final String ITEM_FORM = "stockItemForm";

	private static final String CHANGE_FORM = "stockItemChangeForm";

	private final Catalogue catalogue;

	CatalogueController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@PermitAll
	@GetMapping("/stock/catalogue")
	String catalogue(Model model) {
		model.addAttribute(ITEM_FORM, new ItemForm(null, null, null, null, Catalogue.DEFAULT_LOW_STOCK_WEEKS));
		return page(model);
	}

	@RolesAllowed(Roles.ADMINISTRATOR)
	@PostMapping("/stock/catalogue")
	String add(@ModelAttribute(ITEM_FORM) ItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.catalogue.add(new NewItem(form.code(), form.nameId(), form.nameEn(), form.unitOfIssue(),
						form.lowStockWeeks()), CurrentUser.get());
				redirect.addFlashAttribute("message", "stock.catalogue.added");
				return "redirect:/stock/catalogue";
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(model);
	}

	@RolesAllowed(Roles.ADMINISTRATOR)
	@PostMapping("/stock/catalogue/{code}")
	String change(@PathVariable String code, @ModelAttribute(CHANGE_FORM) ChangeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		StockItem item = this.catalogue.find(code).orElseThrow(() -> new RecordNotFound("item"));
		model.addAttribute("changed", item.code());
		if (!result.hasErrors()) {
			try {
				this.catalogue.change(item.code(), form.lowStockWeeks(), Boolean.TRUE.equals(form.active()),
						CurrentUser.get());
				redirect.addFlashAttribute("message", "stock.catalogue.changed");
				return "redirect:/stock/catalogue";
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute(ITEM_FORM, new ItemForm(null, null, null, null, Catalogue.DEFAULT_LOW_STOCK_WEEKS));
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("items", this.catalogue.items());
		model.addAttribute("names", this.catalogue.names(LocaleContextHolder.getLocale()));
		model.addAttribute("units", UnitOfIssue.values());
		model.addAttribute("canEdit", CurrentUser.get().role() == Role.ADMINISTRATOR);
		return "stock/catalogue";
	}

	/** What the add form posts. */
	record ItemForm(@Nullable String code, @Nullable String nameId, @Nullable String nameEn,
			@Nullable UnitOfIssue unitOfIssue, @Nullable Integer lowStockWeeks) {

	}

	/** What an item's change form posts. */
	record ChangeForm(@Nullable Integer lowStockWeeks, @Nullable Boolean active) {

	}

}
