package id.pulih.home;

import java.util.EnumMap;
import java.util.Map;

import jakarta.annotation.security.PermitAll;

import id.pulih.organisation.OrganisationSummary;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each role's home page, and the licences of the data Pulih ships. */
@Controller
class HomeController {

	private final Organisations organisations;

	HomeController(Organisations organisations) {
		this.organisations = organisations;
	}

	@PermitAll
	@GetMapping("/")
	String home(Model model) {
		PulihUser me = CurrentUser.get();
		Scope scope = me.scope();
		if (scope.kind() == Scope.Kind.ORGANISATION) {
			this.organisations.find(scope.organisationId(), scope)
				.ifPresent(org -> model.addAttribute("myOrganisation", org));
		}
		Map<OrganisationType, Integer> counts = new EnumMap<>(OrganisationType.class);
		for (OrganisationSummary org : this.organisations.tree(scope)) {
			if (!org.voided()) {
				counts.merge(org.type(), 1, Integer::sum);
			}
		}
		model.addAttribute("organisationCounts", counts);
		return "home/home";
	}

	@PermitAll
	@GetMapping("/licenses")
	String licences() {
		return "home/licences";
	}

}
