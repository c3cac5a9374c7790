package id.pulih.access;

import java.time.Instant;
import java.util.UUID;

import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A user account. Created by an administrator with a role and a scope and an initial
 * password; the user may change the password and enrol a TOTP second factor
 * (administrators must). An account is disabled with a reason, never deleted, so the
 * audit trail keeps naming who did what.
 */
@Table("app_user")
public class UserAccount {

	@Id
	private final UUID id;

	private final String username;

	private String passwordHash;

	private String displayName;

	@Column("user_role")
	private Role role;

	private Scope.Kind scopeKind;

	private UUID scopeOrganisationId;

	private String scopeAreaCode;

	private UUID personId;

	/** The TOTP secret, encrypted with the field cipher. */
	private String totpSecret;

	private boolean totpEnabled;

	private String preferredLocale;

	private Instant passwordChangedAt;

	private Instant disabledAt;

	private String disabledReason;

	@CreatedDate
	private Instant createdAt;

	@CreatedBy
	private String createdBy;

	@LastModifiedDate
	private Instant updatedAt;

	@LastModifiedBy
	private String updatedBy;

	@Version
	private Integer version;

	@PersistenceCreator
	UserAccount(UUID id, String username, String passwordHash, String displayName, Role role, Scope.Kind scopeKind,
			UUID scopeOrganisationId, String scopeAreaCode, UUID personId, String preferredLocale,
			Instant passwordChangedAt) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.scopeKind = scopeKind;
		this.scopeOrganisationId = scopeOrganisationId;
		this.scopeAreaCode = scopeAreaCode;
		this.personId = personId;
		this.preferredLocale = preferredLocale;
		this.passwordChangedAt = passwordChangedAt;
	}

	void changeRoleAndScope(String newDisplayName, Role newRole, Scope.Kind kind, UUID organisationId, String areaCode,
			UUID newPersonId) {
		this.displayName = newDisplayName;
		this.role = newRole;
		this.scopeKind = kind;
		this.scopeOrganisationId = organisationId;
		this.scopeAreaCode = areaCode;
		this.personId = newPersonId;
	}

	void changePassword(String newHash, Instant at) {
		this.passwordHash = newHash;
		this.passwordChangedAt = at;
	}

	void startSecondFactorEnrolment(String encryptedSecret) {
		if (this.totpEnabled) {
			// Replacing a working second factor needs an administrator's reset first.
			throw RuleViolation.of("access.error.alreadyEnrolled");
		}
		this.totpSecret = encryptedSecret;
		this.totpEnabled = false;
	}

	void confirmSecondFactor() {
		if (this.totpSecret == null) {
			throw RuleViolation.of("access.error.noEnrolment");
		}
		this.totpEnabled = true;
	}

	void resetSecondFactor() {
		this.totpSecret = null;
		this.totpEnabled = false;
	}

	void disable(String reason, Instant at) {
		if (this.disabledAt != null) {
			throw RuleViolation.of("access.error.alreadyDisabled");
		}
		this.disabledAt = at;
		this.disabledReason = reason;
	}

	void enable() {
		this.disabledAt = null;
		this.disabledReason = null;
	}

	public UUID id() {
		return this.id;
	}

	public String username() {
		return this.username;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public Scope.Kind scopeKind() {
		return this.scopeKind;
	}

	public UUID scopeOrganisationId() {
		return this.scopeOrganisationId;
	}

	public String scopeAreaCode() {
		return this.scopeAreaCode;
	}

	public UUID personId() {
		return this.personId;
	}

	String totpSecret() {
		return this.totpSecret;
	}

	public boolean totpEnabled() {
		return this.totpEnabled;
	}

	public String preferredLocale() {
		return this.preferredLocale;
	}

	public boolean isDisabled() {
		return this.disabledAt != null;
	}

	public Instant disabledAt() {
		return this.disabledAt;
	}

	public String disabledReason() {
		return this.disabledReason;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Integer version() {
		return this.version;
	}

}
