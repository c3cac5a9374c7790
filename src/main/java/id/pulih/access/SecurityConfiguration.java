package id.pulih.access;

import java.io.IOException;
import java.sql.DatabaseMetaData;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.pulih.shared.security.PulihUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Deny by default. Pages need a signed-in user and every controller method names its
 * roles ({@code @RolesAllowed} or {@code @PermitAll}; the authorisation test fails the
 * build for a handler without one). The API under {@code /api/} takes personal access
 * tokens, keeps no session and answers RFC 9457 problems.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
@EnableJdbcHttpSession
class SecurityConfiguration {

	static final String[] PUBLIC = { "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
			"/actuator/health/**", "/error", "/api/v1/openapi/**", "/api/v1/docs/**", "/api/v1/swagger-ui/**",
			"/licenses/**" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	/**
	 * Sessions time out after {@code pulih.session.timeout}; an attribute is written as
	 * an upsert, so two requests of a new session that save the same attribute at once
	 * (two tabs right after sign-in, both storing their CSRF token) do not collide on its
	 * key.
	 */
	@Bean
	org.springframework.session.config.SessionRepositoryCustomizer<org.springframework.session.jdbc.JdbcIndexedSessionRepository> sessionTimeout(
			@Value("${pulih.session.timeout:30m}") Duration timeout, DataSource dataSource)
			throws MetaDataAccessException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		return repository -> {
			repository.setDefaultMaxInactiveInterval(timeout);
			if ("PostgreSQL".equals(product)) {
				new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
			}
			else if ("H2".equals(product)) {
				repository.setCreateSessionAttributeQuery(H2_UPSERT_ATTRIBUTE);
			}
		};
	}

	private static final String H2_UPSERT_ATTRIBUTE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AccessTokens tokens, MessageSource messages) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(
					auth -> auth.requestMatchers("/api/v1/openapi/**", "/api/v1/docs/**", "/api/v1/swagger-ui/**")
						.permitAll()
						.anyRequest()
						.authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> problem(response, HttpStatus.UNAUTHORIZED,
						messages.getMessage("error.http.401", null, LocaleContextHolder.getLocale())))
				.accessDeniedHandler((request, response, ex) -> problem(response, HttpStatus.FORBIDDEN,
						messages.getMessage("error.http.403", null, LocaleContextHolder.getLocale()))));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, SecondFactorSteps steps, SecurityContextRepository contexts)
			throws Exception {
		http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC)
			.permitAll()
			.requestMatchers("/login/code")
			.hasAuthority(SecondFactorSteps.PENDING)
			.requestMatchers("/login/enrol")
			.hasAuthority(SecondFactorSteps.ENROL)
			.anyRequest()
			.authenticated())
			.securityContext(context -> context.securityContextRepository(contexts))
			.formLogin(form -> form.loginPage("/login")
				.successHandler(steps)
				.failureHandler((request, response,
						ex) -> response.sendRedirect(request.getContextPath()
								+ ((ex instanceof LockedException) ? "/login?locked" : "/login?error"))))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.addFilterAfter(new SecondFactorGate(), AnonymousAuthenticationFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
	}

	/**
	 * Signs an API request in with its bearer token, or leaves it anonymous (then 401).
	 */
	static final class BearerTokenFilter extends OncePerRequestFilter {

		private final AccessTokens tokens;

		BearerTokenFilter(AccessTokens tokens) {
			this.tokens = tokens;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				this.tokens.authenticate(header.substring(7).trim()).ifPresent(user -> {
					var context = SecurityContextHolder.createEmptyContext();
					context.setAuthentication(
							UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
					SecurityContextHolder.setContext(context);
				});
			}
			chain.doFilter(request, response);
		}

	}

	/**
	 * While a sign-in waits for its second factor, the only pages open to it are the code
	 * (or enrolment) page, sign-out and the public assets.
	 */
	static final class SecondFactorGate extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof PulihUser) {
				String step = SecondFactorSteps.pendingStep(authentication);
				String path = request.getRequestURI().substring(request.getContextPath().length());
				if (step != null && !path.equals(step) && !path.equals("/logout") && !isPublicAsset(path)) {
					response.sendRedirect(request.getContextPath() + step);
					return;
				}
			}
			chain.doFilter(request, response);
		}

		private static boolean isPublicAsset(String path) {
			return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
					|| path.startsWith("/img/") || path.equals("/error") || path.equals("/favicon.ico");
		}

	}

}
