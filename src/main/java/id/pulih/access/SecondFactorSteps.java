package id.pulih.access;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.pulih.shared.Audited;
import id.pulih.shared.security.PulihUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * What happens after a correct password. A user with a second factor is held at the code
 * page; an administrator without one is held at enrolment; anybody else is signed in.
 * Only a complete sign-in carries the user's role.
 */
@Component
class SecondFactorSteps implements AuthenticationSuccessHandler {

	static final String PENDING = "SECOND_FACTOR_PENDING";

	static final String ENROL = "SECOND_FACTOR_ENROLMENT";

	private final SecurityContextRepository contexts;

	private final LoginAttempts attempts;

	private final ApplicationEventPublisher events;

	private final SavedRequestAwareAuthenticationSuccessHandler complete = new SavedRequestAwareAuthenticationSuccessHandler();

	SecondFactorSteps(SecurityContextRepository contexts, LoginAttempts attempts, ApplicationEventPublisher events) {
		this.contexts = contexts;
		this.attempts = attempts;
		this.events = events;
		this.complete.setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		PulihUser user = (PulihUser) authentication.getPrincipal();
		if (user.secondFactorEnrolled()) {
			hold(request, response, user, PENDING, "/login/code");
		}
		else if (user.role().requiresSecondFactor()) {
			hold(request, response, user, ENROL, "/login/enrol");
		}
		else {
			signedIn(request, response, user);
			this.complete.onAuthenticationSuccess(request, response, authentication);
		}
	}

	/**
	 * Completes the sign-in after the second factor, with the user's real authorities.
	 */
	void complete(HttpServletRequest request, HttpServletResponse response, PulihUser user)
			throws IOException, jakarta.servlet.ServletException {
		Authentication full = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		request.changeSessionId();
		save(request, response, full);
		signedIn(request, response, user);
		this.complete.onAuthenticationSuccess(request, response, full);
	}

	void failed(HttpServletRequest request, PulihUser user) {
		this.attempts.record(user.getUsername(), false, request.getRemoteAddr());
		this.events.publishEvent(new Audited("login.secondFactorFailed", "user", user.id(), null));
	}

	private void signedIn(HttpServletRequest request, HttpServletResponse response, PulihUser user) {
		this.attempts.record(user.getUsername(), true, request.getRemoteAddr());
		this.events.publishEvent(new Audited("login.succeeded", "user", user.id(), null));
	}

	private void hold(HttpServletRequest request, HttpServletResponse response, PulihUser user, String authority,
			String page) throws IOException {
		List<GrantedAuthority> partial = List.of(new SimpleGrantedAuthority(authority));
		save(request, response, UsernamePasswordAuthenticationToken.authenticated(user, null, partial));
		response.sendRedirect(request.getContextPath() + page);
	}

	private void save(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	/** The page a partly signed-in user must finish at, or null when signed in fully. */
	static String pendingStep(Authentication authentication) {
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (PENDING.equals(authority.getAuthority())) {
				return "/login/code";
			}
			if (ENROL.equals(authority.getAuthority())) {
				return "/login/enrol";
			}
		}
		return null;
	}

}
