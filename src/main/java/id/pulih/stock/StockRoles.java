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
 * client data.
 */
@Configuration(proxyBeanMethods = false)
class StockRoles {

	static final Set<Role> WRITERS = EnumSet.of(Role.HEALTH_WORKER, Role.PROGRAMME_MANAGER);

	static final Set<Role> READERS = EnumSet.of(Role.HEALTH_WORKER, Role.PROGRAMME_MANAGER, Role.FIELD_OFFICER);

	static boolean canWrite(PulihUser user) {
		return WRITERS.contains(user.role());
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
