package id.pulih.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.pulih.shared.Audited;
import id.pulih.shared.Ids;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.Sex;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Possible duplicates: two clients with the same code registered by organisations that do
 * not see each other. A flag stays open until an officer who sees both merges them, or
 * one who sees at least one of them marks them as different people. A flag is visible to
 * whoever sees at least one of its clients; of a client outside the viewer's scope only
 * the code, sex, birth year and organisation name are shown.
 */
@Service
@Transactional
class DuplicateFlags {

	static final int NOTE_MAX = 500;

	private static final String CASE_COLUMNS = """
			SELECT f.id, f.uic, f.flagged_at,
			  a.id, a.sex, a.birth_year, a.registered_on, oa.name, oa.path, oa.area_code,
			  b.id, b.sex, b.birth_year, b.registered_on, ob.name, ob.path, ob.area_code
			FROM duplicate_flag f
			JOIN client a ON a.id = f.client_id JOIN organisation oa ON oa.id = a.organisation_id
			JOIN client b ON b.id = f.other_client_id JOIN organisation ob ON ob.id = b.organisation_id
			WHERE f.resolved_at IS NULL AND\s""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DuplicateFlags(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Flags a newly registered client as possibly the same person as each of others. */
	public void flag(Client client, List<UUID> others) {
		for (UUID other : others) {
			UUID id = Ids.newId();
			this.jdbc.sql("""
					INSERT INTO duplicate_flag (id, client_id, other_client_id, uic, flagged_at)
					VALUES (?, ?, ?, ?, ?)""").params(id, client.id(), other, client.uic(), now()).update();
			this.events.publishEvent(new Audited("client.duplicateFlagged", "client", client.id(), "flag " + id));
		}
	}

	/** Open flags with at least one client inside the scope, oldest first. */
	@Transactional(readOnly = true)
	public List<DuplicateCase> open(Scope scope, int limit) {
		Scope.ScopeFilter a = scope.organisationFilter("oa");
		Scope.ScopeFilter b = scope.organisationFilter("ob");
		List<Object> params = new ArrayList<>();
		addParameter(params, a);
		addParameter(params, b);
		return this.jdbc
			.sql(CASE_COLUMNS + "(" + a.sql() + " OR " + b.sql() + ") ORDER BY f.flagged_at, f.id LIMIT "
					+ Math.clamp(limit, 1, 500))
			.params(params)
			.query((rs, n) -> duplicateCase(rs, scope))
			.list();
	}

	/** Open flags of one client (visible to the caller), oldest first. */
	@Transactional(readOnly = true)
	public List<DuplicateCase> openOf(UUID clientId, Scope scope) {
		Scope.ScopeFilter a = scope.organisationFilter("oa");
		Scope.ScopeFilter b = scope.organisationFilter("ob");
		List<Object> params = new ArrayList<>();
		params.add(clientId);
		params.add(clientId);
		addParameter(params, a);
		addParameter(params, b);
		return this.jdbc
			.sql(CASE_COLUMNS + "(f.client_id = ? OR f.other_client_id = ?) AND (" + a.sql() + " OR " + b.sql()
					+ ") ORDER BY f.flagged_at, f.id")
			.params(params)
			.query((rs, n) -> duplicateCase(rs, scope))
			.list();
	}

	/** One open flag with at least one client inside the scope, else not found. */
	@Transactional(readOnly = true)
	public DuplicateCase get(UUID flagId, Scope scope) {
		Scope.ScopeFilter a = scope.organisationFilter("oa");
		Scope.ScopeFilter b = scope.organisationFilter("ob");
		List<Object> params = new ArrayList<>();
		params.add(flagId);
		addParameter(params, a);
		addParameter(params, b);
		Optional<DuplicateCase> found = this.jdbc
			.sql(CASE_COLUMNS + "f.id = ? AND (" + a.sql() + " OR " + b.sql() + ")")
			.params(params)
			.query((rs, n) -> duplicateCase(rs, scope))
			.optional();
		return found.orElseThrow(() -> new RecordNotFound("duplicate flag"));
	}

	/** The officer found that the flag's two clients are different people. */
	public void dismiss(UUID flagId, @Nullable String note, PulihUser by) {
		DuplicateCase flag = get(flagId, by.scope());
		String checkedNote = (note == null || note.isBlank()) ? null : note.strip();
		if (checkedNote != null && checkedNote.length() > NOTE_MAX) {
			throw new RuleViolation("note", "client.error.tooLong", NOTE_MAX);
		}
		this.jdbc.sql("""
				UPDATE duplicate_flag SET resolved_at = ?, resolved_by = ?, resolution = 'NOT_SAME', resolution_note = ?
				WHERE id = ? AND resolved_at IS NULL""")
			.params(now(), by.getUsername(), checkedNote, flag.id())
			.update();
		UUID audited = (flag.first().clientId() != null) ? flag.first().clientId() : flag.second().clientId();
		this.events.publishEvent(new Audited("client.duplicateDismissed", "client", audited, "flag " + flag.id()));
	}

	/**
	 * After a merge: flags between the two are resolved as merged, and open flags of the
	 * merged client move to the survivor.
	 */
	public void merged(UUID survivorId, UUID mergedId, String by) {
		Instant at = this.clock.instant();
		OffsetDateTime now = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
		this.jdbc
			.sql("""
					UPDATE duplicate_flag SET resolved_at = ?, resolved_by = ?, resolution = 'MERGED'
					WHERE resolved_at IS NULL AND ((client_id = ? AND other_client_id = ?) OR (client_id = ? AND other_client_id = ?))""")
			.params(now, by, survivorId, mergedId, mergedId, survivorId)
			.update();
		this.jdbc.sql("UPDATE duplicate_flag SET client_id = ? WHERE resolved_at IS NULL AND client_id = ?")
			.params(survivorId, mergedId)
			.update();
		this.jdbc.sql("UPDATE duplicate_flag SET other_client_id = ? WHERE resolved_at IS NULL AND other_client_id = ?")
			.params(survivorId, mergedId)
			.update();
	}

	private static void addParameter(List<Object> params, Scope.ScopeFilter filter) {
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private static DuplicateCase duplicateCase(ResultSet rs, Scope scope) throws SQLException {
		return new DuplicateCase(rs.getObject(1, UUID.class), rs.getString(2),
				rs.getObject(3, OffsetDateTime.class).toInstant(), side(rs, 4, scope), side(rs, 11, scope));
	}

	private static DuplicateCase.Side side(ResultSet rs, int from, Scope scope) throws SQLException {
		boolean visible = scope.covers(rs.getString(from + 5), rs.getString(from + 6));
		return new DuplicateCase.Side(visible ? rs.getObject(from, UUID.class) : null,
				Sex.valueOf(rs.getString(from + 1)), rs.getInt(from + 2),
				visible ? rs.getObject(from + 3, java.time.LocalDate.class) : null, rs.getString(from + 4), visible);
	}

	/**
	 * An open flag as one viewer sees it.
	 *
	 * @param first the client registered later (the one whose registration raised the
	 * flag)
	 */
	record DuplicateCase(UUID id, String uic, Instant flaggedAt, Side first, Side second) {

		/** The two clients, the later registration first. */
		public List<Side> sides() {
			return List.of(this.first, this.second);
		}

		/** The day the flag was raised (Jakarta time). */
		public java.time.LocalDate flaggedOn() {
			return java.time.LocalDate.ofInstant(this.flaggedAt, java.time.ZoneId.of("Asia/Jakarta"));
		}

		public boolean bothVisible() {
			return this.first.visible() && this.second.visible();
		}

		/** The side of the flag that is not this client (null when it is neither). */
		@Nullable Side otherThan(UUID clientId) {
			if (clientId.equals(this.first.clientId())) {
				return this.second;
			}
			if (clientId.equals(this.second.clientId())) {
				return this.first;
			}
			return null;
		}

		/**
		 * One client of a flag; {@code clientId} and {@code registeredOn} are null when
		 * it lies outside the viewer's scope.
		 */
		record Side(@Nullable UUID clientId, Sex sex, int birthYear, java.time.@Nullable LocalDate registeredOn,
				String organisationName, boolean visible) {

		}

	}

}
