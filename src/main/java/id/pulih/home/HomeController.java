package id.pulih.home;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.recovery.Worklists;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;
import id.pulih.shared.web.HomeSection;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Each role's home page, and the licences of the data Pulih ships. Recovery agents and
 * unit chairs see their worklist first: what is due this week, overdue, and who has not
 * been seen for 14 days (an agent's own clients, a chair's unit).
 */
@Controller
class HomeController {

	/** Entries shown per worklist list on the home page. */
	static final int WORKLIST_SHOWN = 5;

	private final Organisations organisations;

	private final Worklists worklists;

	private final List<HomeSection> sections;

	HomeController(Organisations organisations, Worklists worklists, List<HomeSection> sections) {
		this.organisations = organisations;
		this.worklists = worklists;
		this.sections = sections;
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
		Map<OrganisationType, Integer> counts = this.organisations.countByType(scope);
		model.addAttribute("organisationCounts", counts);
		if (me.role() == Role.RECOVERY_AGENT || me.role() == Role.UNIT_CHAIR) {
			model.addAttribute("worklist", this.worklists.mine(me));
			model.addAttribute("worklistShown", WORKLIST_SHOWN);
		}
		model.addAttribute("sections",
				this.sections.stream()
					.map(section -> section.contentFor(me))
					.flatMap(Optional::stream)
					.sorted(Comparator.comparingInt(HomeSection.Content::order))
					.toList());
		return "home/home";
	}

	@PermitAll
	@GetMapping("/licenses")
	String licences() {
		return "home/licences";
	}

}
