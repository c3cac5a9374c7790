package id.pulih.recovery;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import id.pulih.client.ClientRegistry;
import id.pulih.organisation.OrganisationSummary;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Roles;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The worklist page: for a recovery agent the pathways they are responsible for (or,
 * asked, their whole unit), for a unit chair the unit, for a rehabilitation officer the
 * units in their scope or one of them. It also finds a client by code, to screen or enrol
 * them.
 */
@Controller
class WorklistController {

	/** Entries shown per list; the counts tell how many there are. */
	static final int SHOWN = 100;

	private final Worklists worklists;

	private final ClientRegistry clients;

	private final Organisations organisations;

	WorklistController(Worklists worklists, ClientRegistry clients, Organisations organisations) {
		this.worklists = worklists;
		this.clients = clients;
		this.organisations = organisations;
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER })
	@GetMapping("/recovery/worklist")
	String worklist(@RequestParam(required = false) UUID unitId, Model model) {
		PulihUser me = CurrentUser.get();
		Worklist worklist;
		if (unitId != null) {
			worklist = this.worklists.forUnit(unitId, me.scope(), this.worklists.today(me));
		}
		else {
			worklist = this.worklists.mine(me);
		}
		model.addAttribute("worklist", worklist);
		model.addAttribute("shown", SHOWN);
		model.addAttribute("unitId", unitId);
		model.addAttribute("mine", unitId == null && me.role() == Role.RECOVERY_AGENT);
		model.addAttribute("units", units(me));
		return "recovery/worklist";
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER })
	@GetMapping("/recovery/clients")
	String findClient(@RequestParam(required = false) @Nullable String uic, Model model) {
		PulihUser me = CurrentUser.get();
		model.addAttribute("uic", uic);
		if (uic != null && !uic.isBlank()) {
			model.addAttribute("found", this.clients.search(me.scope(), uic, 50));
		}
		return "recovery/clients";
	}

	/** The IBM units in the user's scope, to choose one from. */
	private List<OrganisationSummary> units(PulihUser me) {
		return this.organisations.tree(me.scope())
			.stream()
			.filter(org -> org.type() == OrganisationType.IBM_UNIT && !org.voided())
			.toList();
	}

}
