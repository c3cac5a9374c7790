package id.pulih.shared.security;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the rest of the application sees it: who, in which role, over
 * which scope, in which language and time zone. Kept in the (database-backed) session, so
 * it is serializable and holds no secrets after sign-in.
 */
public final class PulihUser implements UserDetails, CredentialsContainer {

	/** Where days are counted for a user without a zone: western Indonesia (WIB). */
	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

	private final UUID id;

	private final String username;

	private String passwordHash;

	private final String displayName;

	private final Role role;

	private final Scope scope;

	private final UUID personId;

	private final String zoneId;

	private final boolean secondFactorEnrolled;

	private final boolean enabled;

	private final boolean locked;

	public PulihUser(UUID id, String username, String passwordHash, String displayName, Role role, Scope scope,
			UUID personId, String zoneId, boolean secondFactorEnrolled, boolean enabled, boolean locked) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.scope = scope;
		this.personId = personId;
		this.zoneId = zoneId;
		this.secondFactorEnrolled = secondFactorEnrolled;
		this.enabled = enabled;
		this.locked = locked;
	}

	public UUID id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public Scope scope() {
		return this.scope;
	}

	public UUID personId() {
		return this.personId;
	}

	/** The user's time zone (Asia/Jakarta, Asia/Makassar or Asia/Jayapura). */
	public String zoneId() {
		return this.zoneId;
	}

	/** The user's time zone, western Indonesia when none is set. */
	public ZoneId zone() {
		return (this.zoneId != null) ? ZoneId.of(this.zoneId) : DEFAULT_ZONE;
	}

	/** The zone a user's days are counted in; western Indonesia without a user. */
	public static ZoneId zoneOf(@Nullable PulihUser user) {
		return (user != null) ? user.zone() : DEFAULT_ZONE;
	}

	public boolean secondFactorEnrolled() {
		return this.secondFactorEnrolled;
	}

	public boolean hasRole(Role candidate) {
		return this.role == candidate;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PulihUser that && this.id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return "PulihUser[" + this.username + ", " + this.role + "]";
	}

}
