package id.pulih.access;

import id.pulih.shared.Audited;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords towards lockout and writes failed sign-ins to the audit trail.
 */
@Component
class LoginEvents {

	private final LoginAttempts attempts;

	private final ApplicationEventPublisher events;

	LoginEvents(LoginAttempts attempts, ApplicationEventPublisher events) {
		this.attempts = attempts;
		this.events = events;
	}

	@EventListener
	void badPassword(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getName());
		this.attempts.record(username, false, remoteAddress(event.getAuthentication().getDetails()));
		this.events.publishEvent(new Audited("login.failed", "user", null, truncate(username)));
	}

	@EventListener
	void locked(AuthenticationFailureLockedEvent event) {
		this.events.publishEvent(new Audited("login.locked", "user", null,
				truncate(String.valueOf(event.getAuthentication().getName()))));
	}

	private static String remoteAddress(Object details) {
		return (details instanceof WebAuthenticationDetails web) ? web.getRemoteAddress() : null;
	}

	private static String truncate(String username) {
		return (username.length() > 60) ? username.substring(0, 60) : username;
	}

}
