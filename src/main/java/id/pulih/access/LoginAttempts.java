package id.pulih.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import id.pulih.shared.Ids;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers sign-in attempts and decides lockout: after
 * {@code pulih.security.max-failures} failures within
 * {@code pulih.security.failure-window} (5 in 15 minutes), a username is locked until the
 * window has passed since its latest failure. A success clears the count.
 */
@Component
class LoginAttempts {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxFailures;

	private final Duration window;

	LoginAttempts(JdbcClient jdbc, Clock clock, @Value("${pulih.security.max-failures:5}") int maxFailures,
			@Value("${pulih.security.failure-window:15m}") Duration window) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.window = window;
	}

	void record(String username, boolean succeeded, String remoteAddress) {
		this.jdbc.sql("""
				INSERT INTO login_attempt (id, username, attempted_at, succeeded, remote_address)
				VALUES (?, ?, ?, ?, ?)""")
			.params(Ids.newId(), normalise(username), OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC),
					succeeded, remoteAddress)
			.update();
	}

	boolean isLocked(String username) {
		Instant since = this.clock.instant().minus(this.window);
		String name = normalise(username);
		OffsetDateTime lastSuccess = this.jdbc
			.sql("SELECT MAX(attempted_at) FROM login_attempt WHERE username = ? AND succeeded = TRUE")
			.param(name)
			.query(OffsetDateTime.class)
			.optional()
			.orElse(null);
		Instant from = (lastSuccess != null && lastSuccess.toInstant().isAfter(since)) ? lastSuccess.toInstant()
				: since;
		Integer failures = this.jdbc.sql("""
				SELECT COUNT(*) FROM login_attempt
				WHERE username = ? AND succeeded = FALSE AND attempted_at > ?""")
			.params(name, OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
			.query(Integer.class)
			.single();
		return failures >= this.maxFailures;
	}

	private static String normalise(String username) {
		String name = (username == null) ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
		return (name.length() > 60) ? name.substring(0, 60) : name;
	}

}
