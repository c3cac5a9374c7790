package id.pulih.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.pulih.shared.Audited;
import id.pulih.shared.Ids;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.PulihUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the API. A token is shown once, when it is made; only its
 * SHA-256 hash is stored, so a stolen database yields no usable token. Tokens expire and
 * can be revoked; a token acts with its owner's role and scope.
 */
@Service
@Transactional
public class AccessTokens {

	static final String PREFIX = "pul_";

	private final JdbcClient jdbc;

	private final UserAccountRepository accounts;

	private final UserDirectory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	AccessTokens(JdbcClient jdbc, UserAccountRepository accounts, UserDirectory directory,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/** Makes a token for the user; returns the token text, which is never shown again. */
	public String create(UUID userId, String name, int validDays) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new RuleViolation("name", "access.error.tokenName");
		}
		if (validDays < 1 || validDays > 366) {
			throw new RuleViolation("validDays", "access.error.tokenDays");
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		UUID id = Ids.newId();
		this.jdbc.sql("""
				INSERT INTO api_token (id, user_id, token_name, token_hash, token_prefix, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, userId, name.trim(), hash(token), token.substring(0, 10), utc(now),
					utc(now.plusSeconds(validDays * 86_400L)))
			.update();
		this.events.publishEvent(new Audited("token.created", "api_token", id, name.trim()));
		return token;
	}

	public void revoke(UUID userId, UUID tokenId) {
		int changed = this.jdbc
			.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
			.params(utc(this.clock.instant()), tokenId, userId)
			.update();
		if (changed == 0) {
			throw new RecordNotFound("token");
		}
		this.events.publishEvent(new Audited("token.revoked", "api_token", tokenId, null));
	}

	@Transactional(readOnly = true)
	public List<TokenView> list(UUID userId) {
		return this.jdbc.sql("""
				SELECT id, token_name, token_prefix, created_at, expires_at, last_used_at, revoked_at
				FROM api_token WHERE user_id = ? ORDER BY created_at DESC""")
			.param(userId)
			.query((rs, n) -> new TokenView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					instant(rs.getObject(4, OffsetDateTime.class)), instant(rs.getObject(5, OffsetDateTime.class)),
					instant(rs.getObject(6, OffsetDateTime.class)), instant(rs.getObject(7, OffsetDateTime.class))))
			.list();
	}

	/**
	 * The user a presented token acts for, if the token is known, unexpired and
	 * unrevoked.
	 */
	public Optional<PulihUser> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		OffsetDateTime now = utc(this.clock.instant());
		Optional<Object[]> row = this.jdbc.sql("""
				SELECT id, user_id FROM api_token
				WHERE token_hash = ? AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)""")
			.params(hash(token), now)
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) })
			.optional();
		return row.flatMap(r -> {
			this.jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?").params(now, r[0]).update();
			return this.accounts.findById((UUID) r[1])
				.filter(account -> !account.isDisabled())
				.map(account -> this.directory.principal(account, false));
		});
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(OffsetDateTime value) {
		return (value != null) ? value.toInstant() : null;
	}

	/** A token as its owner sees it: never the token itself. */
	public record TokenView(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt,
			Instant lastUsedAt, Instant revokedAt) {

		public boolean active(Instant now) {
			return this.revokedAt == null && (this.expiresAt == null || this.expiresAt.isAfter(now));
		}

	}

}
