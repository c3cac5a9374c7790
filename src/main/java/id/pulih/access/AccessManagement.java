package id.pulih.access;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.pulih.access.internal.Totp;
import id.pulih.geography.Areas;
import id.pulih.organisation.Organisation;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.shared.Audited;
import id.pulih.shared.Conflict;
import id.pulih.shared.FieldCipher;
import id.pulih.shared.Ids;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;
import id.pulih.workforce.Person;
import id.pulih.workforce.Workforce;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and maintains user accounts, their passwords and second factors. The role
 * decides which scopes make sense: recovery agents and unit chairs work for one IBM unit;
 * field, peer support and health workers for a Puskesmas or NGO; rehabilitation officers
 * for a BNNP/BNNK; programme managers and administrators for an area or the nation.
 */
@Service
@Transactional
public class AccessManagement {

	private static final Set<OrganisationType> UNIT = Set.of(OrganisationType.IBM_UNIT);

	private static final Set<OrganisationType> BNN_OFFICES = Set.of(OrganisationType.BNN, OrganisationType.BNNP,
			OrganisationType.BNNK);

	private final UserAccountRepository accounts;

	private final Organisations organisations;

	private final Areas areas;

	private final PasswordEncoder encoder;

	private final FieldCipher cipher;

	private final ApplicationEventPublisher events;

	private final Workforce workforce;

	private final Clock clock;

	private final JdbcClient jdbc;

	AccessManagement(UserAccountRepository accounts, Organisations organisations, Workforce workforce, Areas areas,
			PasswordEncoder encoder, FieldCipher cipher, ApplicationEventPublisher events, Clock clock,
			JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.organisations = organisations;
		this.workforce = workforce;
		this.areas = areas;
		this.encoder = encoder;
		this.cipher = cipher;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Accounts an administrator with this scope may manage, filtered by a term: one
	 * query, the scope applied to the account's organisation (or area) in SQL.
	 */
	@Transactional(readOnly = true)
	public List<UserAccount> list(Scope adminScope, String term) {
		StringBuilder sql = new StringBuilder(
				"SELECT u.id FROM app_user u LEFT JOIN organisation o ON o.id = u.scope_organisation_id WHERE 1=1");
		List<Object> params = new ArrayList<>();
		if (adminScope.kind() != Scope.Kind.NATIONAL) {
			Scope.ScopeFilter filter = adminScope.organisationFilter("o");
			sql.append(" AND (").append(filter.sql());
			params.add(filter.parameter());
			if (adminScope.kind() == Scope.Kind.AREA) {
				sql.append(" OR u.scope_area_code LIKE ?");
				params.add(adminScope.areaCode() + "%");
			}
			sql.append(")");
		}
		String query = (term == null) ? "" : term.trim().toLowerCase(Locale.ROOT);
		if (!query.isEmpty()) {
			sql.append(" AND (u.username LIKE ? OR LOWER(u.display_name) LIKE ?)");
			params.add("%" + query + "%");
			params.add("%" + query + "%");
		}
		sql.append(" ORDER BY u.username LIMIT 500");
		List<UUID> ids = this.jdbc.sql(sql.toString()).params(params).query(UUID.class).list();
		List<UserAccount> result = new ArrayList<>(this.accounts.findAllById(ids));
		result.sort(java.util.Comparator.comparing(UserAccount::username));
		return result;
	}

	@Transactional(readOnly = true)
	public UserAccount get(UUID id, Scope adminScope) {
		return this.accounts.findById(id)
			.filter(account -> manages(adminScope, account))
			.orElseThrow(() -> new RecordNotFound("user"));
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> findByPerson(UUID personId) {
		return this.accounts.findByPersonId(personId);
	}

	public UserAccount create(NewUser command, Scope adminScope) {
		String username = checkUsername(command.username());
		if (this.accounts.findByUsername(username).isPresent()) {
			throw new Conflict("username", "access.error.usernameTaken", username);
		}
		checkPassword(username, command.password());
		checkName(command.displayName());
		ScopeChoice scope = checkScope(command, adminScope);
		checkPerson(command.personId(), null, adminScope);
		UserAccount account = new UserAccount(Ids.newId(), username, this.encoder.encode(command.password()),
				command.displayName().trim(), command.role(), scope.kind(), scope.organisationId(), scope.areaCode(),
				command.personId(), "id", this.clock.instant());
		UserAccount saved = this.accounts.save(account);
		audit("user.created", saved, command.role() + " " + username);
		return saved;
	}

	public UserAccount edit(UUID id, NewUser command, Scope adminScope) {
		UserAccount account = get(id, adminScope);
		checkName(command.displayName());
		ScopeChoice scope = checkScope(command, adminScope);
		if (command.personId() != null && !command.personId().equals(account.personId())) {
			checkPerson(command.personId(), account.id(), adminScope);
		}
		account.changeRoleAndScope(command.displayName().trim(), command.role(), scope.kind(), scope.organisationId(),
				scope.areaCode(), command.personId());
		UserAccount saved = this.accounts.save(account);
		audit("user.edited", saved, command.role() + " " + account.username());
		return saved;
	}

	public void disable(UUID id, String reason, Scope adminScope, UUID actingUserId) {
		UserAccount account = get(id, adminScope);
		if (account.id().equals(actingUserId)) {
			throw RuleViolation.of("access.error.disableSelf");
		}
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("reason", "access.error.reasonRequired");
		}
		account.disable(reason.trim(), this.clock.instant());
		this.accounts.save(account);
		audit("user.disabled", account, reason.trim());
	}

	public void enable(UUID id, Scope adminScope) {
		UserAccount account = get(id, adminScope);
		account.enable();
		this.accounts.save(account);
		audit("user.enabled", account, null);
	}

	public void resetPassword(UUID id, String newPassword, Scope adminScope) {
		UserAccount account = get(id, adminScope);
		checkPassword(account.username(), newPassword);
		account.changePassword(this.encoder.encode(newPassword), this.clock.instant());
		this.accounts.save(account);
		audit("user.passwordReset", account, null);
	}

	public void resetSecondFactor(UUID id, Scope adminScope) {
		UserAccount account = get(id, adminScope);
		account.resetSecondFactor();
		this.accounts.save(account);
		audit("user.secondFactorReset", account, null);
	}

	/** A user changes their own password, proving the current one. */
	public void changeOwnPassword(UUID userId, String current, String newPassword) {
		UserAccount account = this.accounts.findById(userId).orElseThrow(() -> new RecordNotFound("user"));
		if (current == null || !this.encoder.matches(current, account.passwordHash())) {
			throw new RuleViolation("currentPassword", "access.error.currentPassword");
		}
		checkPassword(account.username(), newPassword);
		if (this.encoder.matches(newPassword, account.passwordHash())) {
			throw new RuleViolation("newPassword", "access.error.samePassword");
		}
		account.changePassword(this.encoder.encode(newPassword), this.clock.instant());
		this.accounts.save(account);
		audit("user.passwordChanged", account, null);
	}

	/**
	 * Starts enrolment of a second factor; returns the secret to put in an authenticator
	 * app.
	 */
	public String startSecondFactor(UUID userId) {
		UserAccount account = this.accounts.findById(userId).orElseThrow(() -> new RecordNotFound("user"));
		String secret = Totp.newSecret();
		account.startSecondFactorEnrolment(this.cipher.encrypt(secret));
		this.accounts.save(account);
		return secret;
	}

	/** The secret of an enrolment in progress (to show it again), if any. */
	@Transactional(readOnly = true)
	public Optional<String> pendingSecondFactor(UUID userId) {
		return this.accounts.findById(userId)
			.filter(account -> !account.totpEnabled() && account.totpSecret() != null)
			.map(account -> this.cipher.decrypt(account.totpSecret()));
	}

	/** Confirms enrolment with a first code from the app. */
	public boolean confirmSecondFactor(UUID userId, String code) {
		UserAccount account = this.accounts.findById(userId).orElseThrow(() -> new RecordNotFound("user"));
		if (account.totpSecret() == null
				|| !Totp.verify(this.cipher.decrypt(account.totpSecret()), code, this.clock.instant())) {
			return false;
		}
		account.confirmSecondFactor();
		this.accounts.save(account);
		audit("user.secondFactorEnrolled", account, null);
		return true;
	}

	@Transactional(readOnly = true)
	public boolean verifySecondFactor(UUID userId, String code) {
		return this.accounts.findById(userId)
			.filter(account -> account.totpEnabled() && account.totpSecret() != null)
			.map(account -> Totp.verify(this.cipher.decrypt(account.totpSecret()), code, this.clock.instant()))
			.orElse(false);
	}

	/** Sets a known second-factor secret (used by the demo data set only). */
	public void enrolSecondFactorWithSecret(UUID userId, String secret) {
		UserAccount account = this.accounts.findById(userId).orElseThrow(() -> new RecordNotFound("user"));
		account.resetSecondFactor();
		account.startSecondFactorEnrolment(this.cipher.encrypt(secret));
		account.confirmSecondFactor();
		this.accounts.save(account);
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.accounts.count();
	}

	/** Whether the administrator's scope covers the account's scope. */
	private boolean manages(Scope adminScope, UserAccount account) {
		return switch (adminScope.kind()) {
			case NATIONAL -> true;
			case ORGANISATION -> account.scopeOrganisationId() != null
					&& this.organisations.find(account.scopeOrganisationId(), adminScope).isPresent();
			case AREA -> (account.scopeAreaCode() != null && adminScope.coversArea(account.scopeAreaCode()))
					|| (account.scopeOrganisationId() != null
							&& this.organisations.find(account.scopeOrganisationId(), adminScope).isPresent());
		};
	}

	private ScopeChoice checkScope(NewUser command, Scope adminScope) {
		Role role = command.role();
		if (role == null) {
			throw new RuleViolation("role", "access.error.roleRequired");
		}
		Scope.Kind kind = (command.scopeKind() != null) ? command.scopeKind() : Scope.Kind.ORGANISATION;
		boolean areaRole = role == Role.PROGRAMME_MANAGER || role == Role.ADMINISTRATOR;
		if (!areaRole && kind != Scope.Kind.ORGANISATION) {
			throw new RuleViolation("scopeKind", "access.error.scopeMustBeOrganisation");
		}
		switch (kind) {
			case NATIONAL -> {
				if (adminScope.kind() != Scope.Kind.NATIONAL) {
					throw new RuleViolation("scopeKind", "access.error.scopeOutside");
				}
				return new ScopeChoice(kind, null, null);
			}
			case AREA -> {
				String code = (command.scopeAreaCode() == null) ? "" : command.scopeAreaCode().trim();
				if (this.areas.find(code).isEmpty()) {
					throw new RuleViolation("scopeAreaCode", "access.error.areaNotFound");
				}
				if (adminScope.kind() != Scope.Kind.NATIONAL && !adminScope.coversArea(code)) {
					throw new RuleViolation("scopeAreaCode", "access.error.scopeOutside");
				}
				return new ScopeChoice(kind, null, code);
			}
			default -> {
				if (command.scopeOrganisationId() == null) {
					throw new RuleViolation("scopeOrganisationId", "access.error.organisationRequired");
				}
				Organisation org = this.organisations.find(command.scopeOrganisationId(), adminScope)
					.filter(o -> !o.isVoided())
					.orElseThrow(() -> new RuleViolation("scopeOrganisationId", "access.error.organisationNotFound"));
				Set<OrganisationType> fits = switch (role) {
					case RECOVERY_AGENT, UNIT_CHAIR -> UNIT;
					case REHABILITATION_OFFICER -> BNN_OFFICES;
					default -> Set.of();
				};
				if (!fits.isEmpty() && !fits.contains(org.type())) {
					throw new RuleViolation("scopeOrganisationId", "access.error.organisationType." + role.name());
				}
				return new ScopeChoice(kind, org.id(), null);
			}
		}
	}

	/**
	 * The person an account belongs to must be in scope, active, and without another
	 * account.
	 */
	private void checkPerson(UUID personId, UUID accountId, Scope adminScope) {
		if (personId == null) {
			return;
		}
		Person person = this.workforce.find(personId, adminScope)
			.orElseThrow(() -> new RuleViolation("personId", "access.error.personNotFound"));
		if (!person.isActive()) {
			throw new RuleViolation("personId", "access.error.personInactive");
		}
		findByPerson(personId).filter(other -> !other.id().equals(accountId)).ifPresent(other -> {
			throw new Conflict("personId", "access.error.personHasAccount", other.username());
		});
	}

	private static String checkUsername(String username) {
		String name = (username == null) ? "" : username.trim().toLowerCase(Locale.ROOT);
		if (!name.matches("[a-z0-9._-]{3,60}")) {
			throw new RuleViolation("username", "access.error.username");
		}
		return name;
	}

	private static void checkName(String displayName) {
		if (displayName == null || displayName.isBlank() || displayName.length() > 150) {
			throw new RuleViolation("displayName", "access.error.displayName");
		}
	}

	/** At least 10 characters with a letter and a digit, not containing the username. */
	static void checkPassword(String username, String password) {
		if (password == null || password.length() < 10 || password.length() > 128 || !password.matches(".*\\p{L}.*")
				|| !password.matches(".*\\d.*")
				|| password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			throw new RuleViolation("password", "access.error.weakPassword");
		}
	}

	private void audit(String action, UserAccount account, String detail) {
		this.events.publishEvent(new Audited(action, "user", account.id(), detail));
	}

	/** Used by the sign-in code page. */
	PulihUser principalFor(UUID userId, UserDirectory directory) {
		return directory.principal(this.accounts.findById(userId).orElseThrow(), false);
	}

	private record ScopeChoice(Scope.Kind kind, UUID organisationId, String areaCode) {
	}

}
