package id.pulih.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees which referral, and the lists: the sender's side is every referral FROM an
 * organisation inside the scope, the receiver's side every referral sent TO one (drafts
 * and cancelled drafts never reach the receiver). Both are applied in the SQL by joining
 * that side's organisation. Every line is as the viewer's role may see it (see
 * {@link ServiceAsked#shownTo}).
 */
@Component
@Transactional(readOnly = true)
class ReferralQueries {

	/** The lists of the referrals page. */
	enum Box {

		/** Sent to an organisation inside the scope. */
		INBOX,
		/** Sent from an organisation inside the scope. */
		SENT,
		/** Drafts of an organisation inside the scope, to send. */
		DRAFTS;

		public String messageKey() {
			return "referral.box." + name();
		}

	}

	static final int MAX_LIMIT = 500;

	private static final String OPEN_STATES = "('SENT', 'RECEIVED', 'ACCEPTED')";

	private static final String HIDDEN_FROM_RECEIVER = "('DRAFT', 'CANCELLED')";

	private static final String LINE_COLUMNS = """
			SELECT r.id, r.state, r.urgency, r.service_asked, r.snapshot_uic, r.from_organisation_id, f.name,
			       r.to_organisation_id, t.name, r.sent_on, r.due_on, r.created_at, r.accepted_on, r.closed_on
			FROM referral r
			JOIN organisation f ON f.id = r.from_organisation_id
			LEFT JOIN organisation t ON t.id = r.to_organisation_id
			WHERE\s""";

	private final JdbcClient jdbc;

	ReferralQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the referral was sent (or drafted) by an organisation inside the scope. */
	boolean visibleToSender(UUID id, Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("f");
		List<Object> params = new ArrayList<>();
		params.add(id);
		add(params, filter);
		return this.jdbc.sql(
				"SELECT COUNT(*) FROM referral r JOIN organisation f ON f.id = r.from_organisation_id WHERE r.id = ? AND "
						+ filter.sql())
			.params(params)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether the referral was sent to an organisation inside the scope. */
	boolean visibleToReceiver(UUID id, Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("t");
		List<Object> params = new ArrayList<>();
		params.add(id);
		add(params, filter);
		return this.jdbc
			.sql("SELECT COUNT(*) FROM referral r JOIN organisation t ON t.id = r.to_organisation_id WHERE r.id = ? "
					+ "AND r.state NOT IN " + HIDDEN_FROM_RECEIVER + " AND " + filter.sql())
			.params(params)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether a draft was already opened from this screening. */
	boolean existsForScreening(UUID screeningId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM referral WHERE screening_id = ?")
			.param(screeningId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * One list of the referrals page, inside the scope.
	 * @param state only referrals in this state; null for all (the sent list then leaves
	 * out cancelled drafts)
	 * @param overdue true for overdue referrals only (most overdue first), false for
	 * those not overdue, null for all (newest first)
	 * @param today the user's today, which decides what is overdue
	 */
	List<Line> list(Box box, Scope scope, Role viewer, @Nullable ReferralState state, @Nullable Boolean overdue,
			LocalDate today, int limit) {
		Scope.ScopeFilter filter = scope.organisationFilter((box == Box.INBOX) ? "t" : "f");
		StringBuilder sql = new StringBuilder(LINE_COLUMNS).append(filter.sql());
		List<Object> params = new ArrayList<>();
		add(params, filter);
		switch (box) {
			case INBOX -> sql.append(" AND r.state NOT IN ").append(HIDDEN_FROM_RECEIVER);
			case SENT ->
				sql.append((state == null) ? " AND r.state NOT IN " + HIDDEN_FROM_RECEIVER : " AND r.state <> 'DRAFT'");
			case DRAFTS -> sql.append(" AND r.state = 'DRAFT'");
		}
		if (state != null) {
			sql.append(" AND r.state = ?");
			params.add(state.name());
		}
		if (overdue != null) {
			String condition = "r.state IN " + OPEN_STATES + " AND r.due_on < ?";
			sql.append(overdue ? " AND " + condition : " AND NOT (" + condition + ")");
			params.add(today);
		}
		sql.append(
				Boolean.TRUE.equals(overdue) ? " ORDER BY r.due_on, r.id" : " ORDER BY r.created_at DESC, r.id DESC");
		sql.append(" LIMIT ").append(Math.clamp(limit, 1, MAX_LIMIT));
		return this.jdbc.sql(sql.toString()).params(params).query((rs, n) -> line(rs, today, viewer)).list();
	}

	/** The referrals of one of the sender's clients, inside the scope. */
	List<Line> ofSenderClient(UUID clientId, Scope scope, Role viewer, LocalDate today) {
		Scope.ScopeFilter filter = scope.organisationFilter("f");
		List<Object> params = new ArrayList<>();
		params.add(clientId);
		add(params, filter);
		return this.jdbc.sql(LINE_COLUMNS + "r.client_id = ? AND " + filter.sql() + " ORDER BY r.created_at, r.id")
			.params(params)
			.query((rs, n) -> line(rs, today, viewer))
			.list();
	}

	/** The accepted referrals that registered this client at the receiver, in scope. */
	List<Line> ofReceiverClient(UUID clientId, Scope scope, Role viewer, LocalDate today) {
		Scope.ScopeFilter filter = scope.organisationFilter("t");
		List<Object> params = new ArrayList<>();
		params.add(clientId);
		add(params, filter);
		return this.jdbc
			.sql(LINE_COLUMNS + "r.receiver_client_id = ? AND " + filter.sql() + " ORDER BY r.created_at, r.id")
			.params(params)
			.query((rs, n) -> line(rs, today, viewer))
			.list();
	}

	/** Re-points referrals of a merged client to the survivor. */
	@Transactional
	void repoint(UUID survivorId, UUID mergedId, Instant at, String by) {
		OffsetDateTime now = OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC);
		this.jdbc
			.sql("UPDATE referral SET client_id = ?, updated_at = ?, updated_by = ?, version = version + 1 "
					+ "WHERE client_id = ?")
			.params(survivorId, now, by, mergedId)
			.update();
		this.jdbc
			.sql("UPDATE referral SET receiver_client_id = ?, updated_at = ?, updated_by = ?, version = version + 1 "
					+ "WHERE receiver_client_id = ?")
			.params(survivorId, now, by, mergedId)
			.update();
	}

	private static Line line(ResultSet rs, LocalDate today, Role viewer) throws SQLException {
		ReferralState state = ReferralState.valueOf(rs.getString(2));
		LocalDate dueOn = rs.getObject(11, LocalDate.class);
		OffsetDateTime created = rs.getObject(12, OffsetDateTime.class);
		return new Line(rs.getObject(1, UUID.class), state, Urgency.valueOf(rs.getString(3)),
				ServiceAsked.valueOf(rs.getString(4)).shownTo(viewer), rs.getString(5), rs.getObject(6, UUID.class),
				rs.getString(7), rs.getObject(8, UUID.class), rs.getString(9), rs.getObject(10, LocalDate.class), dueOn,
				(created != null) ? created.toInstant() : Instant.EPOCH, rs.getObject(13, LocalDate.class),
				rs.getObject(14, LocalDate.class), state.isOpen() && dueOn != null && dueOn.isBefore(today));
	}

	private static void add(List<Object> params, Scope.ScopeFilter filter) {
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
	}

	/**
	 * A referral in a list: what the code and both organisations are, where it stands;
	 * the service as the viewer's role may see it.
	 */
	record Line(UUID id, ReferralState state, Urgency urgency, ServiceAsked service, String uic,
			UUID fromOrganisationId, String fromName, @Nullable UUID toOrganisationId, @Nullable String toName,
			@Nullable LocalDate sentOn, @Nullable LocalDate dueOn, Instant createdAt, @Nullable LocalDate acceptedOn,
			@Nullable LocalDate closedOn, boolean overdue) {

	}

}
