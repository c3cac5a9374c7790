package id.pulih.shared;

import java.time.Clock;
import java.util.Optional;

import id.pulih.shared.security.CurrentUser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jdbc.repository.config.EnableJdbcAuditing;

/** The clock everything reads time from, and who/when stamps on every stored record. */
@Configuration(proxyBeanMethods = false)
@EnableJdbcAuditing
class PlatformConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	AuditorAware<String> auditorAware() {
		return () -> Optional.of(CurrentUser.name());
	}

}
