package id.pulih.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import id.pulih.shared.Ids;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Roles;
import id.pulih.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators search the audit trail. */
@Controller
class AuditController {

	static final int PAGE = 200;

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@RolesAllowed(Roles.ADMINISTRATOR)
	@GetMapping("/admin/audit")
	String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String entityId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		UUID entity = Ids.parseOrNull((entityId == null) ? null : entityId.trim());
		var filter = new AuditTrail.AuditFilter(actor, action, entity, from, to);
		ZoneId zone = ZoneId.of(CurrentUser.get().zoneId());
		model.addAttribute("entries", this.trail.search(filter, zone, PAGE));
		model.addAttribute("filter", filter);
		model.addAttribute("entityIdText", entityId);
		model.addAttribute("badEntityId", entityId != null && !entityId.isBlank() && entity == null);
		model.addAttribute("zone", zone);
		model.addAttribute("limit", PAGE);
		return "audit/audit";
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem auditNavigation() {
			return new NavigationItem("nav.audit", "/admin/audit", 90, Set.of(Role.ADMINISTRATOR));
		}

	}

}
