package id.pulih.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.pulih.shared.Audited;
import id.pulih.shared.Ids;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes every {@link Audited} event in the publisher's transaction: if the change rolls
 * back, so does its entry, and no change commits without one. Within a transaction the
 * entries are kept until just before it commits and then written in one batch. Entries
 * are only ever inserted.
 */
@Service
public class AuditTrail {

	private static final String INSERT = """
			INSERT INTO audit_event (id, occurred_at, actor, actor_role, action, entity_type, entity_id, detail, remote_address)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JdbcOperations operations;

	private final Object key = new Object();

	AuditTrail(JdbcClient jdbc, JdbcOperations operations, Clock clock) {
		this.jdbc = jdbc;
		this.operations = operations;
		this.clock = clock;
	}

	@EventListener
	void on(Audited event) {
		PulihUser user = CurrentUser.find().orElse(null);
		Object[] entry = { Ids.newId(), OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC),
				(user != null) ? user.getUsername() : "system", (user != null) ? user.role().name() : null,
				event.action(), event.entityType(), event.entityId(), truncate(event.detail()), remoteAddress() };
		Pending pending = pending();
		if (pending == null) {
			this.jdbc.sql(INSERT).params(entry).update();
			return;
		}
		pending.entries.add(entry);
	}

	/**
	 * The entries of the current transaction, to be written together just before it
	 * commits (one round trip for a command that audits many records, such as a batch of
	 * visits); null when an entry must be written at once: outside a transaction, and
	 * once the transaction has written its entries (an event raised while it completes).
	 */
	private @Nullable Pending pending() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this.key);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(this.key, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		return pending.written ? null : pending;
	}

	/**
	 * One transaction's entries. Nothing is written when the transaction rolls back, and
	 * a failed write fails the commit. A transaction suspended for an inner one (which
	 * keeps its own entries) takes its list along, and gets it back when it resumes.
	 */
	private final class Pending implements TransactionSynchronization {

		private final List<Object[]> entries = new ArrayList<>();

		private boolean written;

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this.key);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(AuditTrail.this.key, this);
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			this.written = true;
			if (!this.entries.isEmpty()) {
				AuditTrail.this.operations.batchUpdate(INSERT, this.entries);
			}
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this.key);
		}

	}

	/**
	 * Entries matching the filter, newest first.
	 * @param zone the zone in which the from/to dates are meant
	 */
	public List<AuditEntry> search(AuditFilter filter, ZoneId zone, int limit) {
		StringBuilder sql = new StringBuilder("""
				SELECT id, occurred_at, actor, actor_role, action, entity_type, entity_id, detail, remote_address
				FROM audit_event WHERE 1=1""");
		List<Object> params = new ArrayList<>();
		if (filter.actor() != null && !filter.actor().isBlank()) {
			sql.append(" AND actor = ?");
			params.add(filter.actor().trim().toLowerCase(Locale.ROOT));
		}
		if (filter.action() != null && !filter.action().isBlank()) {
			sql.append(" AND action LIKE ?");
			params.add(filter.action().trim() + "%");
		}
		if (filter.entityId() != null) {
			sql.append(" AND entity_id = ?");
			params.add(filter.entityId());
		}
		if (filter.from() != null) {
			sql.append(" AND occurred_at >= ?");
			params.add(filter.from().atStartOfDay(zone).toOffsetDateTime());
		}
		if (filter.to() != null) {
			sql.append(" AND occurred_at < ?");
			params.add(filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
		}
		sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT ").append(limit);
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new AuditEntry(rs.getObject(1, UUID.class),
					rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class), rs.getString(8), rs.getString(9)))
			.list();
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String detail) {
		return (detail != null && detail.length() > 1000) ? detail.substring(0, 1000) : detail;
	}

	/** One entry of the trail. */
	public record AuditEntry(UUID id, Instant occurredAt, String actor, String actorRole, String action,
			String entityType, UUID entityId, String detail, String remoteAddress) {
	}

	/** What to look for; every part optional. */
	public record AuditFilter(String actor, String action, UUID entityId, LocalDate from, LocalDate to) {
	}

}
