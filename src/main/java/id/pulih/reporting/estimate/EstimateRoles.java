package id.pulih.reporting.estimate;

import java.util.EnumSet;
import java.util.Set;

import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who does what with population estimates. Programme managers enter and correct the
 * estimates of the areas of their scope, and find the page in their menu. Rehabilitation
 * officers and health workers may read the estimates that concern their area (a report
 * they read divides by them) but not change them. Estimates hold no client data.
 */
@Configuration(proxyBeanMethods = false)
class EstimateRoles {

	static boolean canSet(PulihUser user) {
		return user.role() == Role.PROGRAMME_MANAGER;
	}

	@Bean
	NavigationItem estimateNavigation() {
		return new NavigationItem("estimate.nav", "/reports/estimates", 65, EnumSet.of(Role.PROGRAMME_MANAGER));
	}

}
