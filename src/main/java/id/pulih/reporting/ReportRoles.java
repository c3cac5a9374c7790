package id.pulih.reporting;

import java.util.EnumSet;
import java.util.Set;

import id.pulih.shared.security.Role;
import id.pulih.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Laporan" in the navigation of those who read reports: unit chairs (their unit), health
 * workers (their Puskesmas), rehabilitation officers and programme managers. Recovery
 * agents, field and peer support officers work with records, administrators with
 * accounts; none of them needs the reports.
 */
@Configuration(proxyBeanMethods = false)
class ReportRoles {

	static final Set<Role> READERS = EnumSet.of(Role.UNIT_CHAIR, Role.HEALTH_WORKER, Role.REHABILITATION_OFFICER,
			Role.PROGRAMME_MANAGER);

	@Bean
	NavigationItem reportNavigation() {
		return new NavigationItem("reporting.nav", "/reports", 80, READERS);
	}

}
