package id.pulih.activity;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.pulih.shared.security.Role;
import id.pulih.shared.web.NavigationItem;

/**
 * "Kegiatan" in the navigation of everybody who records or reads community activities:
 * recovery agents, unit chairs, rehabilitation officers, field officers, health workers
 * and programme managers (who see no client identities). Not administrators.
 */
@Configuration(proxyBeanMethods = false)
class ActivityRoles {

	@Bean
	NavigationItem activityNavigation() {
		return new NavigationItem("activity.nav", "/activities", 40, EnumSet.copyOf(Activities.READERS));
	}

}
