package id.pulih.stock;

import java.util.EnumSet;
import java.util.Set;

import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who does what with stock: health workers and programme managers (a health office runs
 * its warehouse) record receipts, transfers, adjustments and counts for the facilities of
 * their scope; field officers may look; administrators keep the catalogue. Stock holds no
 * client data, but an issue's reference names the visit it was for: only health workers
 * see issues one by one ({@link #seesEachIssue}).
 */
@Configuration(proxyBeanMethods = false)
class StockRoles {

	static final Set<Role> WRITERS = EnumSet.of(Role.HEALTH_WORKER, Role.PROGRAMME_MANAGER);

	static final Set<Role> READERS = EnumSet.of(Role.HEALTH_WORKER, Role.PROGRAMME_MANAGER, Role.FIELD_OFFICER);

	static boolean canWrite(PulihUser user) {
		return WRITERS.contains(user.role());
	}

	/**
	 * Whether the user may see each issue and return with what it was for (the visit it
	 * references) and its note: only health workers, who see the visits themselves. Field
	 * officers and programme managers see them as daily totals.
	 */
	static boolean seesEachIssue(PulihUser user) {
		return user.role() == Role.HEALTH_WORKER;
	}

	@Bean
	NavigationItem stockNavigation() {
		return new NavigationItem("nav.stock", "/stock", 40, READERS);
	}

	@Bean
	NavigationItem stockCatalogueNavigation() {
		return new NavigationItem("nav.stockCatalogue", "/stock/catalogue", 75, EnumSet.of(Role.ADMINISTRATOR));
	}

}
