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
import id.pulih.shared.TransactionScoped;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
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

	/**
	 * The entries of the current transaction, written together just before it commits
	 * (one round trip for a command that audits many records, such as a batch of visits):
	 * none when the transaction rolls back, and a failed write fails the commit. Outside
	 * a transaction, or once it commits, an entry is written at once.
	 */
	private final TransactionScoped<List<Object[]>> pending;

	AuditTrail(JdbcClient jdbc, JdbcOperations operations, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.pending = new TransactionScoped<>(ArrayList::new, entries -> {
			if (!entries.isEmpty()) {
				operations.batchUpdate(INSERT, entries);
			}
		});
	}

	@EventListener
	void on(Audited event) {
		PulihUser user = CurrentUser.find().orElse(null);
		Object[] entry = { Ids.newId(), OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC),
				(user != null) ? user.getUsername() : "system", (user != null) ? user.role().name() : null,
				event.action(), event.entityType(), event.entityId(), truncate(event.detail()), remoteAddress() };
		List<Object[]> pending = this.pending.current();
		if (pending == null) {
			this.jdbc.sql(INSERT).params(entry).update();
			return;
		}
		pending.add(entry);
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
