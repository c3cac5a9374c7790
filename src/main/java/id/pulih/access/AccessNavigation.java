package id.pulih.access;

import java.util.Set;

import id.pulih.shared.security.Role;
import id.pulih.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccessNavigation {

	@Bean
	NavigationItem usersNavigation() {
		return new NavigationItem("nav.users", "/admin/users", 80, Set.of(Role.ADMINISTRATOR));
	}

}
