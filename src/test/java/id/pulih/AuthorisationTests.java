package id.pulih;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import id.pulih.demo.DemoUsers;
import id.pulih.shared.security.Role;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Deny by default, proved: every handler of the application names the roles it admits,
 * and every endpoint is called by a user of every role. A role that is not admitted gets
 * 403; an admitted one gets through (its answer may still be 404 for the made-up record
 * ids used here, or 400/422 for the empty input) — and nobody ever gets a 500.
 */
@PulihSpringTest
class AuthorisationTests {

	private static final Map<Role, String> USERS = new EnumMap<>(Map.of(Role.RECOVERY_AGENT, DemoUsers.RECOVERY_AGENT,
			Role.UNIT_CHAIR, DemoUsers.UNIT_CHAIR, Role.FIELD_OFFICER, DemoUsers.FIELD_OFFICER,
			Role.PEER_SUPPORT_OFFICER, DemoUsers.PEER_SUPPORT_OFFICER, Role.HEALTH_WORKER, DemoUsers.HEALTH_WORKER,
			Role.REHABILITATION_OFFICER, DemoUsers.REHABILITATION_OFFICER, Role.PROGRAMME_MANAGER,
			DemoUsers.PROGRAMME_MANAGER, Role.ADMINISTRATOR, DemoUsers.ADMINISTRATOR));

	/**
	 * Endpoints outside the role model: the error page is reached only by forwarding, and
	 * the second-factor steps only by a sign-in that waits for them (see SignInTests).
	 */
	private static final Set<String> NOT_WALKED = Set.of("/error", "/login/code", "/login/enrol");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Test
	void everyHandlerNamesTheRolesItAdmits() {
		List<String> unguarded = endpoints().filter(endpoint -> endpoint.rule() == null)
			.map(Endpoint::toString)
			.toList();
		assertThat(unguarded).as("handlers without @RolesAllowed, @PermitAll or @DenyAll").isEmpty();
		assertThat(endpoints().count()).as("endpoints found").isGreaterThan(20);
	}

	@TestFactory
	Stream<DynamicTest> everyEndpointAdmitsOnlyItsRoles() {
		return endpoints().filter(endpoint -> endpoint.rule() != null)
			.flatMap(endpoint -> Arrays.stream(Role.values())
				.map(role -> DynamicTest.dynamicTest(role + " " + endpoint, () -> check(endpoint, role))));
	}

	@Test
	void theApiWantsATokenAndTheSiteASignIn() throws Exception {
		this.mvc.perform(request(HttpMethod.GET, "/api/v1/areas?q=bogor"))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(401))
			.andExpect(result -> assertThat(result.getResponse().getContentType()).contains("problem+json"));
		this.mvc.perform(request(HttpMethod.GET, "/admin/users"))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(302))
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
	}

	private void check(Endpoint endpoint, Role role) throws Exception {
		MockHttpServletRequestBuilder call = request(endpoint.method(), endpoint.concretePath())
			.with(this.users.as(USERS.get(role)));
		if (endpoint.hx()) {
			call.header("HX-Request", "true");
		}
		if (endpoint.api()) {
			call.accept(MediaType.APPLICATION_JSON);
			if (endpoint.method() == HttpMethod.POST || endpoint.method() == HttpMethod.PUT) {
				call.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
		}
		else {
			call.with(csrf());
		}
		int status = this.mvc.perform(call).andReturn().getResponse().getStatus();
		assertThat(status).as("%s as %s", endpoint, role).isLessThan(500);
		if (endpoint.admits(role)) {
			assertThat(status).as("%s admits %s", endpoint, role).isNotIn(401, 403);
		}
		else {
			assertThat(status).as("%s refuses %s", endpoint, role).isEqualTo(403);
		}
	}

	private Stream<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("id.pulih")) {
				continue;
			}
			RequestMappingInfo info = entry.getKey();
			boolean hx = info.getHeadersCondition()
				.getExpressions()
				.stream()
				.anyMatch(e -> e.getName().equals("HX-Request"));
			Set<HttpMethod> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of(HttpMethod.GET)
					: info.getMethodsCondition()
						.getMethods()
						.stream()
						.map(m -> HttpMethod.valueOf(m.name()))
						.collect(java.util.stream.Collectors.toSet());
			for (String pattern : info.getPatternValues()) {
				if (NOT_WALKED.contains(pattern)) {
					continue;
				}
				for (HttpMethod method : methods) {
					endpoints.add(new Endpoint(method, pattern, handler, hx));
				}
			}
		}
		return endpoints.stream();
	}

	private record Endpoint(HttpMethod method, String pattern, HandlerMethod handler, boolean hx) {

		/** The roles admitted, or null when the handler states no rule. */
		Set<Role> rule() {
			Method m = this.handler.getMethod();
			Class<?> type = this.handler.getBeanType();
			if (AnnotatedElementUtils.hasAnnotation(m, PermitAll.class)) {
				return EnumSet.allOf(Role.class);
			}
			if (AnnotatedElementUtils.hasAnnotation(m, DenyAll.class)) {
				return EnumSet.noneOf(Role.class);
			}
			RolesAllowed allowed = AnnotatedElementUtils.findMergedAnnotation(m, RolesAllowed.class);
			if (allowed == null) {
				allowed = AnnotatedElementUtils.findMergedAnnotation(type, RolesAllowed.class);
			}
			if (allowed == null && AnnotatedElementUtils.hasAnnotation(type, PermitAll.class)) {
				return EnumSet.allOf(Role.class);
			}
			if (allowed == null) {
				return null;
			}
			EnumSet<Role> roles = EnumSet.noneOf(Role.class);
			for (String name : allowed.value()) {
				roles.add(Role.valueOf(name));
			}
			return roles;
		}

		boolean admits(Role role) {
			return rule().contains(role);
		}

		boolean api() {
			return this.pattern.startsWith("/api/")
					|| AnnotatedElementUtils.hasAnnotation(this.handler.getBeanType(), RestController.class);
		}

		/** The pattern with made-up values: unknown record ids, a real area code. */
		String concretePath() {
			return this.pattern.replaceAll("\\{code}", "32").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern + (this.hx ? " (htmx)" : "");
		}

	}

}
