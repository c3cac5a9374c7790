package id.pulih.shared;

import java.time.Clock;
import java.util.Optional;

import id.pulih.shared.security.CurrentUser;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
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

	/**
	 * Spring Data JDBC quotes identifiers, and H2 upper-cases the quoted ones it derives;
	 * with quoting off, both databases fold the portable lower-case names of our
	 * migrations alike.
	 */
	@Bean
	static BeanPostProcessor unquotedIdentifiers() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof RelationalMappingContext context) {
					context.setForceQuote(false);
				}
				return bean;
			}
		};
	}

	@Bean
	AuditorAware<String> auditorAware() {
		return () -> Optional.of(CurrentUser.name());
	}

}
