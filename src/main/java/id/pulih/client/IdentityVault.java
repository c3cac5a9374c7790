package id.pulih.client;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.pulih.shared.Audited;
import id.pulih.shared.FieldCipher;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent and the identity vault. Identifying details are kept only under an active
 * consent, sealed field by field with {@link FieldCipher}, and opened only for the roles
 * that work with the client in person (recovery agents, unit chairs, field officers, peer
 * support officers, health workers), within their scope, each time with a stated reason
 * that goes to the audit trail. Rehabilitation officers, programme managers and
 * administrators never see them.
 * <p>
 * Withdrawing consent erases the details at once; details whose consent ran out are
 * erased by a nightly job.
 */
@Service
@Transactional
class IdentityVault {

	/** Roles that take consent and record, see and change identifying details. */
	static final Set<Role> IDENTITY_ROLES = EnumSet.of(Role.RECOVERY_AGENT, Role.UNIT_CHAIR, Role.FIELD_OFFICER,
			Role.PEER_SUPPORT_OFFICER, Role.HEALTH_WORKER);

	static final int EXPLANATION_MAX = 200;

	private static final ZoneId EASTERNMOST = ZoneId.of("Asia/Jayapura");

	private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

	private final ClientRegistry registry;

	private final ClientRepository repository;

	private final FieldCipher cipher;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IdentityVault(ClientRegistry registry, ClientRepository repository, FieldCipher cipher, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.registry = registry;
		this.repository = repository;
		this.cipher = cipher;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the user's role may see and record identifying details. */
	static boolean mayHandleIdentity(PulihUser user) {
		return IDENTITY_ROLES.contains(user.role());
	}

	/**
	 * Records the client's consent to keep identifying details.
	 * @param retentionMonths how long they may be kept (1 to 120 months)
	 */
	public Client giveConsent(UUID clientId, @Nullable String purpose, @Nullable LocalDate consentedOn,
			@Nullable Integer retentionMonths, PulihUser by) {
		requireIdentityRole(by);
		Client client = this.registry.get(clientId, by.scope());
		Consent consent = client.giveConsent(purpose, consentedOn, retentionMonths, by.getUsername(), latestToday());
		Client saved = this.repository.save(client);
		audit("client.consentGiven", saved,
				consent.consentedOn() + ", " + consent.retentionMonths() + " months: " + consent.purpose());
		return saved;
	}

	/** Withdraws the active consent; identifying details are erased with it. */
	public Client withdrawConsent(UUID clientId, PulihUser by) {
		requireIdentityRole(by);
		Client client = this.registry.get(clientId, by.scope());
		boolean hadIdentity = client.hasIdentity();
		Consent withdrawn = client.withdrawConsent(by.getUsername(), localToday(by));
		Client saved = this.repository.save(client);
		audit("client.consentWithdrawn", saved, "consent of " + withdrawn.consentedOn());
		if (hadIdentity) {
			audit("client.identityErased", saved, "consent withdrawn");
		}
		return saved;
	}

	/**
	 * Keeps (or replaces) the client's identifying details; only under an active consent.
	 */
	public Client recordIdentity(UUID clientId, IdentityDetails details, PulihUser by) {
		requireIdentityRole(by);
		Client client = this.registry.get(clientId, by.scope());
		IdentityDetails checked = IdentityDetails.checked(details.nameOrNickname(), details.nik(), details.phone(),
				details.address());
		SealedIdentity sealed = new SealedIdentity(seal(checked.nameOrNickname()), seal(checked.nik()),
				seal(checked.phone()), seal(checked.address()), this.clock.instant(), by.getUsername());
		boolean replaced = client.hasIdentity();
		client.recordIdentity(sealed, localToday(by));
		Client saved = this.repository.save(client);
		audit(replaced ? "client.identityChanged" : "client.identityRecorded", saved, null);
		return saved;
	}

	/**
	 * Opens the client's identifying details for the user, recording who saw them and
	 * why. Empty (and nothing recorded) when none are kept.
	 * @param explanation required when the reason is {@link RevealReason#OTHER}
	 */
	public Optional<IdentityDetails> reveal(UUID clientId, @Nullable RevealReason reason, @Nullable String explanation,
			PulihUser by) {
		requireIdentityRole(by);
		Client client = this.registry.get(clientId, by.scope());
		if (reason == null) {
			throw new RuleViolation("reason", "client.error.revealReasonRequired");
		}
		String why = (explanation == null || explanation.isBlank()) ? null : explanation.strip();
		if (reason == RevealReason.OTHER && why == null) {
			throw new RuleViolation("explanation", "client.error.explanationRequired");
		}
		if (why != null && why.length() > EXPLANATION_MAX) {
			throw new RuleViolation("explanation", "client.error.tooLong", EXPLANATION_MAX);
		}
		SealedIdentity sealed = client.identity();
		if (sealed == null || client.activeConsent(localToday(by)).isEmpty()) {
			// details whose consent ran out are as good as erased (the nightly job erases
			// them)
			return Optional.empty();
		}
		audit("client.identityViewed", client, "reason: " + reason + ((why != null) ? " - " + why : ""));
		return Optional.of(new IdentityDetails(open(sealed.nameOrNickname()), open(sealed.nik()), open(sealed.phone()),
				open(sealed.address())));
	}

	/**
	 * Erases identifying details whose consent ran out, every night. Safe to run on every
	 * instance at once: an erased identity is not found again, and a concurrent save
	 * fails on the client's version.
	 */
	@Scheduled(cron = "${pulih.client.erasure-cron:0 30 1 * * *}", zone = "Asia/Jakarta")
	public void eraseLapsedIdentities() {
		LocalDate today = LocalDate.now(this.clock.withZone(DEFAULT_ZONE));
		List<UUID> lapsed = this.jdbc.sql("""
				SELECT i.client_id FROM client_identity i WHERE NOT EXISTS (
				  SELECT 1 FROM client_consent k WHERE k.client_id = i.client_id
				  AND k.withdrawn_on IS NULL AND k.retained_until >= ?)""").param(today).query(UUID.class).list();
		for (UUID id : lapsed) {
			this.repository.findById(id).ifPresent(client -> {
				if (client.eraseIdentityWithoutConsent(today)) {
					this.repository.save(client);
					audit("client.identityErased", client, "consent ran out");
				}
			});
		}
	}

	private static void requireIdentityRole(PulihUser by) {
		if (!mayHandleIdentity(by)) {
			throw new AccessDeniedException("role may not handle identifying details");
		}
	}

	private @Nullable String seal(@Nullable String plain) {
		return (plain != null) ? this.cipher.encrypt(plain) : null;
	}

	private @Nullable String open(@Nullable String sealed) {
		return (sealed != null) ? this.cipher.decrypt(sealed) : null;
	}

	private LocalDate latestToday() {
		return LocalDate.now(this.clock.withZone(EASTERNMOST));
	}

	private LocalDate localToday(PulihUser user) {
		ZoneId zone = (user.zoneId() != null) ? ZoneId.of(user.zoneId()) : DEFAULT_ZONE;
		return LocalDate.now(this.clock.withZone(zone));
	}

	private void audit(String action, Client client, @Nullable String detail) {
		this.events.publishEvent(new Audited(action, "client", client.id(), detail));
	}

}
