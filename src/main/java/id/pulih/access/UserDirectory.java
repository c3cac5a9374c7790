package id.pulih.access;

import java.util.Locale;

import id.pulih.geography.IndonesianTimeZone;
import id.pulih.organisation.Organisation;
import id.pulih.organisation.Organisations;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a stored account into the signed-in {@link PulihUser}: resolves its scope (an
 * organisation's path, an area) and its time zone, and tells Spring Security whether it
 * is disabled or locked out.
 */
@Component
class UserDirectory implements UserDetailsService {

	private final UserAccountRepository accounts;

	private final Organisations organisations;

	private final LoginAttempts attempts;

	UserDirectory(UserAccountRepository accounts, Organisations organisations, LoginAttempts attempts) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.attempts = attempts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		return principal(account, this.attempts.isLocked(username));
	}

	PulihUser principal(UserAccount account, boolean locked) {
		Scope scope;
		String zoneArea = null;
		switch (account.scopeKind()) {
			case ORGANISATION -> {
				Organisation org = this.organisations.findUnscoped(account.scopeOrganisationId()).orElseThrow();
				scope = Scope.organisation(org.id(), org.path());
				zoneArea = org.areaCode();
			}
			case AREA -> {
				scope = Scope.area(account.scopeAreaCode());
				zoneArea = account.scopeAreaCode();
			}
			default -> scope = Scope.national();
		}
		String zone = ((zoneArea != null) ? IndonesianTimeZone.ofArea(zoneArea) : IndonesianTimeZone.WIB).zone()
			.getId();
		return new PulihUser(account.id(), account.username(), account.passwordHash(), account.displayName(),
				account.role(), scope, account.personId(), zone, account.totpEnabled(), !account.isDisabled(), locked);
	}

}
