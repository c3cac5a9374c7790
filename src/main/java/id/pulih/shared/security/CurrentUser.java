package id.pulih.shared.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user of the current request. */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<PulihUser> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PulihUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	/** The signed-in user; only called behind a security rule that demands one. */
	public static PulihUser get() {
		return find().orElseThrow(() -> new IllegalStateException("no signed-in user"));
	}

	/** The name recorded as author of a change: the username, or "system". */
	public static String name() {
		return find().map(PulihUser::getUsername).orElse("system");
	}

}
