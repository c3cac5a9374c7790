package id.pulih.geography;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import id.pulih.shared.security.Role;
import id.pulih.shared.security.Roles;
import id.pulih.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Area pages: a browsable directory (province down to village) and a search that any form
 * can use as a picker. The full page and the htmx partial render the same fragment.
 */
@Controller
class AreaController {

	private final Areas areas;

	AreaController(Areas areas) {
		this.areas = areas;
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.PROGRAMME_MANAGER, Roles.REHABILITATION_OFFICER })
	@GetMapping("/areas")
	String directory(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("results", (q == null || q.isBlank()) ? List.of() : this.areas.search(q, null, null, 50));
		model.addAttribute("provinces", this.areas.children(null));
		return "geography/areas";
	}

	@RolesAllowed({ Roles.ADMINISTRATOR, Roles.PROGRAMME_MANAGER, Roles.REHABILITATION_OFFICER })
	@GetMapping("/areas/{code}")
	String area(@PathVariable String code, Model model) {
		Area area = this.areas.get(code);
		model.addAttribute("area", area);
		model.addAttribute("lineage", this.areas.lineage(code));
		model.addAttribute("children", this.areas.children(code));
		return "geography/area";
	}

	/** Search results as an htmx partial (a list of options to pick from). */
	@PermitAll
	@GetMapping(path = "/areas/search", headers = "HX-Request")
	String searchPartial(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) AreaLevel level,
			@RequestParam(required = false) String within, @RequestHeader("HX-Request") String hx, Model model) {
		model.addAttribute("results", this.areas.search(q, level, blankToNull(within), 20));
		model.addAttribute("q", q);
		return "geography/areas :: results";
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem areasNavigation() {
			return new NavigationItem("nav.areas", "/areas", 70,
					Set.of(Role.ADMINISTRATOR, Role.PROGRAMME_MANAGER, Role.REHABILITATION_OFFICER));
		}

	}

}
