package id.pulih.recovery;

import java.util.EnumSet;
import java.util.Set;

import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who does what in the pathway: recovery agents and unit chairs screen, enrol, record
 * sessions, WHOQOL-BREF and outcomes for their unit; rehabilitation officers may look
 * (read-only) at the units they supervise; programme managers and administrators see no
 * client records (403). The worklist is in the navigation of agents and chairs.
 */
@Configuration(proxyBeanMethods = false)
class RecoveryRoles {

	static final Set<Role> WRITERS = EnumSet.of(Role.RECOVERY_AGENT, Role.UNIT_CHAIR);

	static boolean canWrite(PulihUser user) {
		return WRITERS.contains(user.role());
	}

	@Bean
	NavigationItem worklistNavigation() {
		return new NavigationItem("nav.worklist", "/recovery/worklist", 5,
				EnumSet.of(Role.RECOVERY_AGENT, Role.UNIT_CHAIR));
	}

}
