package id.pulih.harmreduction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import id.pulih.client.Client;
import id.pulih.organisation.Organisation;
import id.pulih.shared.Audited;
import id.pulih.shared.Conflict;
import id.pulih.shared.Ids;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;
import id.pulih.workforce.Person;
import id.pulih.workforce.PersonRole;
import id.pulih.workforce.PersonSummary;
import id.pulih.workforce.Workforce;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients living with HIV and their peer support. A positive HIV test (or ARV treatment)
 * recorded at a visit marks the client as living with HIV at the facility; a health
 * worker then assigns a peer support officer of the facility, who records contacts (how,
 * how treatment goes, when the next contact is due: 30 days later unless said otherwise).
 * The officer's list shows who is due for contact: the next contact's day has come, or
 * the client has never been contacted.
 * <p>
 * A peer support officer sees only the clients assigned to them; field officers see none
 * of this (it reveals the HIV status). The mark of living with HIV rests on the visits
 * that made it: when such a visit is voided, the mark moves to the client's earliest
 * other such visit or is withdrawn, and an assignment left without any mark ends
 * ({@link #DIAGNOSIS_VOIDED}). The audit trail names none of this: assignments are
 * {@code harmreduction.careTeamChanged}, contacts {@code harmreduction.contactRecorded}.
 */
@Service
@Transactional
public class PeerSupport {

	/** Days to the next contact when none is given. */
	static final int DEFAULT_CONTACT_INTERVAL = 30;

	/** The end reason of an assignment ended because another officer was assigned. */
	static final String REASSIGNED = "REASSIGNED";

	/**
	 * The end reason of an assignment ended because the visit that marked the client as
	 * living with HIV was voided and no other visit supports the mark.
	 */
	static final String DIAGNOSIS_VOIDED = "DIAGNOSIS_VOIDED";

	/** How many ended assignments a client's page lists. */
	private static final int PAST_MAX = 20;

	private static final int NOTE_MAX = 1000;

	private static final int LIST_MAX = 200;

	private final PeerAssignmentRepository assignments;

	private final HarmReductionAccess access;

	private final Workforce workforce;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PeerSupport(PeerAssignmentRepository assignments, HarmReductionAccess access, Workforce workforce, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.assignments = assignments;
		this.access = access;
		this.workforce = workforce;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Assigns a peer support officer of the health worker's facility to a client living
	 * with HIV. Assigning the officer already assigned changes nothing; assigning another
	 * ends the open assignment on the new one's first day.
	 * @throws RuleViolation naming the field: the client does not live with HIV, the
	 * officer is missing, not a peer support officer of the facility, or inactive, or the
	 * day lies in the future
	 */
	public PeerAssignment assign(UUID clientId, NewAssignment command, PulihUser by) {
		requireRole(by, Role.HEALTH_WORKER);
		Client client = this.access.client(clientId, by);
		Organisation facility = this.access.facility(by);
		if (!livesWithHiv(client.id(), by.scope())) {
			throw RuleViolation.of("harmreduction.error.notPlhiv");
		}
		Person peer = peer(command.peerId(), facility, by);
		LocalDate today = this.access.today(by);
		LocalDate since = (command.since() != null) ? command.since() : today;
		Optional<PeerAssignment> open = openAssignment(client.id());
		if (open.isPresent() && open.get().peerId().equals(peer.id())) {
			return open.get();
		}
		PeerAssignment assignment = PeerAssignment.assign(client.id(), facility.id(), facility.provinceCode(),
				peer.id(), since, today);
		if (open.isPresent()) {
			PeerAssignment previous = open.get();
			try {
				previous.end(since, REASSIGNED, today);
			}
			catch (RuleViolation ex) {
				throw new RuleViolation("since", ex.messageKey(), ex.arguments());
			}
			this.assignments.save(previous);
		}
		PeerAssignment saved = this.assignments.save(assignment);
		this.events.publishEvent(
				new Audited("harmreduction.careTeamChanged", "client", client.id(), "assignment " + saved.id()));
		return saved;
	}

	/** Ends the client's open assignment, by a health worker, with a reason. */
	public PeerAssignment endAssignment(UUID clientId, @Nullable LocalDate on, @Nullable String reason, PulihUser by) {
		requireRole(by, Role.HEALTH_WORKER);
		Client client = this.access.client(clientId, by);
		PeerAssignment open = openAssignment(client.id()).filter(a -> inScope(a.organisationId(), by.scope()))
			.orElseThrow(() -> RuleViolation.of("harmreduction.error.noAssignment"));
		LocalDate today = this.access.today(by);
		open.end((on != null) ? on : today, reason, today);
		PeerAssignment saved = this.assignments.save(open);
		this.events.publishEvent(
				new Audited("harmreduction.careTeamChanged", "client", client.id(), "assignment " + saved.id()));
		return saved;
	}

	/**
	 * The client's ended assignments inside the scope, the latest first, for a health
	 * worker or the assigned officer.
	 */
	@Transactional(readOnly = true)
	public List<PeerAssignment> pastAssignmentsOf(UUID clientId, PulihUser user) {
		requireResultsRole(user);
		Client client = this.access.client(clientId, user);
		Scope.ScopeFilter filter = user.scope().organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(client.id());
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		List<UUID> ids = this.jdbc
			.sql("SELECT a.id FROM hr_peer_assignment a JOIN organisation o ON o.id = a.organisation_id "
					+ "WHERE a.client_id = ? AND a.ended_on IS NOT NULL AND " + filter.sql()
					+ " ORDER BY a.ended_on DESC, a.since DESC, a.id DESC LIMIT " + PAST_MAX)
			.params(params)
			.query(UUID.class)
			.list();
		List<PeerAssignment> past = new ArrayList<>();
		this.assignments.findAllById(ids).forEach(past::add);
		past.sort(Comparator.comparing((PeerAssignment a) -> ids.indexOf(a.id())));
		return past;
	}

	/** The client's open assignment, for a health worker or the assigned officer. */
	@Transactional(readOnly = true)
	public Optional<PeerAssignment> assignmentOf(UUID clientId, PulihUser user) {
		requireResultsRole(user);
		Client client = this.access.client(clientId, user);
		return openAssignment(client.id()).filter(a -> inScope(a.organisationId(), user.scope()));
	}

	/**
	 * Records a contact of the assigned peer support officer with the client. A retried
	 * command with the same id and content answers the stored contact; other content
	 * under that id is a {@link Conflict}.
	 * @throws RuleViolation naming the field for a missing mode or adherence, a day in
	 * the future or before the assignment, or a next contact not after the contact
	 */
	public Contact recordContact(UUID clientId, NewContact command, PulihUser by) {
		requireRole(by, Role.PEER_SUPPORT_OFFICER);
		Client client = this.access.client(clientId, by);
		PeerAssignment assignment = openAssignment(client.id()).filter(a -> Objects.equals(a.peerId(), by.personId()))
			.orElseThrow(() -> new RecordNotFound("client"));
		LocalDate today = this.access.today(by);
		LocalDate on = (command.contactedOn() != null) ? command.contactedOn() : today;
		if (command.id() != null) {
			Optional<Contact> stored = contact(command.id());
			if (stored.isPresent()) {
				Contact existing = stored.get();
				if (existing.clientId().equals(client.id()) && existing.sameAs(on, command)) {
					return existing;
				}
				throw new Conflict("id", "harmreduction.error.idTaken");
			}
		}
		if (on.isAfter(today)) {
			throw new RuleViolation("contactedOn", "harmreduction.error.dateInFuture");
		}
		if (on.isBefore(assignment.since())) {
			throw new RuleViolation("contactedOn", "harmreduction.error.beforeAssignment");
		}
		if (command.mode() == null) {
			throw new RuleViolation("mode", "harmreduction.error.modeRequired");
		}
		if (command.adherence() == null) {
			throw new RuleViolation("adherence", "harmreduction.error.adherenceRequired");
		}
		String note = Visit.text(command.note(), "note", NOTE_MAX);
		LocalDate nextDue = (command.nextDueOn() != null) ? command.nextDueOn() : on.plusDays(DEFAULT_CONTACT_INTERVAL);
		if (!nextDue.isAfter(on)) {
			throw new RuleViolation("nextDueOn", "harmreduction.error.nextDueNotAfterContact");
		}
		UUID id = (command.id() != null) ? command.id() : Ids.newId();
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				INSERT INTO hr_peer_contact (id, assignment_id, client_id, organisation_id, province_code, peer_id,
				    contacted_on, contact_mode, adherence, note, next_due_on, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, assignment.id(), client.id(), assignment.organisationId(), assignment.provinceCode(),
					assignment.peerId(), on, command.mode().name(), command.adherence().name(), note, nextDue,
					OffsetDateTime.ofInstant(now, ZoneOffset.UTC), by.getUsername())
			.update();
		this.events.publishEvent(new Audited("harmreduction.contactRecorded", "client", client.id(), "contact " + id));
		return contact(id).orElseThrow();
	}

	/**
	 * The client's contacts, newest first, for a health worker or the assigned officer.
	 */
	@Transactional(readOnly = true)
	public List<Contact> contactsOf(UUID clientId, PulihUser user) {
		requireResultsRole(user);
		Client client = this.access.client(clientId, user);
		Scope.ScopeFilter filter = user.scope().organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(client.id());
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		return this.jdbc
			.sql(CONTACT_COLUMNS + " JOIN organisation o ON o.id = x.organisation_id WHERE x.client_id = ? AND "
					+ filter.sql() + " ORDER BY x.contacted_on DESC, x.created_at DESC")
			.params(params)
			.query(PeerSupport::contact)
			.list();
	}

	/**
	 * The clients assigned to the peer support officer (the user's own person), those due
	 * for contact first.
	 */
	@Transactional(readOnly = true)
	public List<AssignedClient> assignedTo(PulihUser peer) {
		if (peer.personId() == null || peer.role() != Role.PEER_SUPPORT_OFFICER) {
			return List.of();
		}
		LocalDate today = this.access.today(peer);
		Scope.ScopeFilter filter = peer.scope().organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(peer.personId());
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		List<AssignedClient> open = this.jdbc
			.sql("""
					SELECT a.id, a.client_id, c.uic, a.since FROM hr_peer_assignment a
					JOIN client c ON c.id = a.client_id JOIN organisation o ON o.id = a.organisation_id
					WHERE a.ended_on IS NULL AND a.peer_id = ? AND\s""" + filter.sql() + " ORDER BY c.uic, a.id LIMIT "
					+ LIST_MAX)
			.params(params)
			.query((rs, row) -> new AssignedClient(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), rs.getObject(4, LocalDate.class), null, null, null, true))
			.list();
		Map<UUID, Object[]> latest = new HashMap<>();
		this.jdbc.sql("""
				SELECT x.assignment_id, x.contacted_on, x.next_due_on, x.adherence FROM hr_peer_contact x
				JOIN hr_peer_assignment a ON a.id = x.assignment_id
				WHERE a.ended_on IS NULL AND a.peer_id = ?
				ORDER BY x.assignment_id, x.contacted_on DESC, x.created_at DESC""")
			.param(peer.personId())
			.query((ResultSet rs) -> {
				latest.putIfAbsent(rs.getObject(1, UUID.class), new Object[] { rs.getObject(2, LocalDate.class),
						rs.getObject(3, LocalDate.class), Adherence.valueOf(rs.getString(4)) });
			});
		List<AssignedClient> clients = new ArrayList<>();
		for (AssignedClient client : open) {
			Object[] last = latest.get(client.assignmentId());
			if (last == null) {
				clients.add(client);
			}
			else {
				LocalDate nextDue = (LocalDate) last[1];
				clients.add(new AssignedClient(client.assignmentId(), client.clientId(), client.uic(), client.since(),
						(LocalDate) last[0], nextDue, (Adherence) last[2], !nextDue.isAfter(today)));
			}
		}
		clients.sort(Comparator.comparing((AssignedClient c) -> !c.due())
			.thenComparing(c -> (c.nextDueOn() != null) ? c.nextDueOn() : LocalDate.MIN)
			.thenComparing(AssignedClient::uic));
		return clients;
	}

	/** The peer support officer's clients due for contact today. */
	@Transactional(readOnly = true)
	public List<AssignedClient> dueFor(PulihUser peer) {
		return assignedTo(peer).stream().filter(AssignedClient::due).toList();
	}

	/**
	 * Clients living with HIV inside the scope with no peer support officer assigned, the
	 * longest waiting first (at most 200).
	 */
	@Transactional(readOnly = true)
	public List<PlhivLine> withoutPeer(PulihUser user) {
		return withoutPeer(user, LIST_MAX);
	}

	/**
	 * The first clients living with HIV inside the scope with no peer support officer
	 * assigned, the longest waiting first: at most {@code limit}, limited in the query.
	 */
	@Transactional(readOnly = true)
	public List<PlhivLine> withoutPeer(PulihUser user, int limit) {
		requireRole(user, Role.HEALTH_WORKER);
		int max = Math.max(1, Math.min(limit, LIST_MAX));
		Scope.ScopeFilter filter = user.scope().organisationFilter("o");
		List<Object> params = new ArrayList<>();
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		return this.jdbc.sql("""
				SELECT p.client_id, c.uic, p.diagnosed_on FROM hr_plhiv p
				JOIN client c ON c.id = p.client_id JOIN organisation o ON o.id = p.organisation_id
				WHERE\s""" + filter.sql() + " AND " + MARK_STANDS + """
				 AND c.merged_into IS NULL AND c.voided_at IS NULL
				 AND NOT EXISTS (SELECT 1 FROM hr_peer_assignment a WHERE a.open_client_id = p.client_id)
				ORDER BY p.diagnosed_on, c.uic, p.client_id LIMIT\s""" + max)
			.params(params)
			.query((rs, row) -> new PlhivLine(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, LocalDate.class)))
			.list();
	}

	/**
	 * When the client was found to live with HIV, for a user who may see results (empty
	 * for anyone else, and for a client not known to live with HIV).
	 */
	@Transactional(readOnly = true)
	public Optional<LocalDate> diagnosedOn(UUID clientId, PulihUser user) {
		Client client = this.access.client(clientId, user);
		if (!this.access.seesResults(user, client.id())) {
			return Optional.empty();
		}
		return diagnosis(client.id(), user.scope());
	}

	/** The active peer support officers of the user's facility, by name. */
	@Transactional(readOnly = true)
	public List<PersonSummary> peersOf(PulihUser user) {
		Organisation facility = this.access.facility(user);
		return this.workforce.ofOrganisation(facility.id(), user.scope())
			.stream()
			.filter(PersonSummary::active)
			.filter(person -> person.role() == PersonRole.PEER_SUPPORT_OFFICER)
			.toList();
	}

	/**
	 * Marks the client as living with HIV at the facility (once), inside the visit's
	 * transaction. No audit entry of its own: the visit's entries
	 * ({@code harmreduction.clientRecordUpdated}, written for every visit alike) cover
	 * it, so the trail does not tell which visit found what.
	 */
	void markLivingWithHiv(UUID clientId, Organisation facility, LocalDate diagnosedOn, String source, UUID visitId) {
		long known = this.jdbc.sql("SELECT COUNT(*) FROM hr_plhiv WHERE client_id = ? AND organisation_id = ?")
			.params(clientId, facility.id())
			.query(Long.class)
			.single();
		if (known > 0) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		String by = CurrentUser.name();
		this.jdbc.sql("""
				INSERT INTO hr_plhiv (id, client_id, organisation_id, province_code, diagnosed_on, source, visit_id,
				    created_at, created_by, updated_at, updated_by, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(Ids.newId(), clientId, facility.id(), facility.provinceCode(), diagnosedOn, source, visitId, now,
					by, now, by)
			.update();
	}

	/**
	 * A visit of the client at the facility that marked them as living with HIV (a
	 * positive test, or ARV treatment) was voided, inside the void's transaction: the
	 * facility's mark moves to the client's earliest other visit there that would have
	 * marked them, or is withdrawn when there is none. When the client is then marked
	 * nowhere, their open peer support assignment ends on the day
	 * ({@link #DIAGNOSIS_VOIDED}): it rested on the mark alone.
	 */
	void visitVoided(UUID clientId, UUID organisationId, LocalDate today) {
		Optional<UUID> mark = this.jdbc
			.sql("SELECT id FROM hr_plhiv WHERE client_id = ? AND organisation_id = ? AND visit_id IS NOT NULL")
			.params(clientId, organisationId)
			.query(UUID.class)
			.optional();
		if (mark.isEmpty()) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		Optional<Object[]> support = this.jdbc.sql("""
				SELECT v.id, v.visit_on, CASE WHEN t.result = 'POSITIVE' THEN 'HIV_TEST' ELSE 'ARV' END
				FROM hr_visit v LEFT JOIN hr_visit_hiv_test t ON t.visit_id = v.id
				LEFT JOIN hr_visit_arv r ON r.visit_id = v.id
				WHERE v.client_id = ? AND v.organisation_id = ? AND v.voided_at IS NULL
				  AND (t.result = 'POSITIVE' OR r.on_treatment = TRUE)
				ORDER BY v.visit_on, v.created_at, v.id LIMIT 1""")
			.params(clientId, organisationId)
			.query((rs,
					row) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
							rs.getString(3) })
			.optional();
		if (support.isPresent()) {
			this.jdbc.sql("""
					UPDATE hr_plhiv SET visit_id = ?, diagnosed_on = ?, source = ?, updated_at = ?, updated_by = ?,
					    version = version + 1 WHERE id = ?""")
				.params(support.get()[0], support.get()[1], support.get()[2], now, CurrentUser.name(), mark.get())
				.update();
			return;
		}
		this.jdbc.sql("DELETE FROM hr_plhiv WHERE id = ?").param(mark.get()).update();
		long marked = this.jdbc.sql("SELECT COUNT(*) FROM hr_plhiv p WHERE p.client_id = ? AND " + MARK_STANDS)
			.param(clientId)
			.query(Long.class)
			.single();
		if (marked > 0) {
			return;
		}
		Optional<PeerAssignment> open = openAssignment(clientId);
		if (open.isPresent()) {
			PeerAssignment assignment = open.get();
			// Never before the assignment began (the user's zone may lie behind the
			// assigner's).
			LocalDate on = assignment.since().isAfter(today) ? assignment.since() : today;
			assignment.end(on, DIAGNOSIS_VOIDED, on);
			this.assignments.save(assignment);
			this.events.publishEvent(
					new Audited("harmreduction.careTeamChanged", "client", clientId, "assignment " + assignment.id()));
		}
	}

	/**
	 * The condition on {@code hr_plhiv p} that its mark stands: it rests on no visit, or
	 * on a visit that is not voided.
	 */
	private static final String MARK_STANDS = "(p.visit_id IS NULL OR EXISTS (SELECT 1 FROM hr_visit mv "
			+ "WHERE mv.id = p.visit_id AND mv.voided_at IS NULL))";

	/**
	 * When the client was found to live with HIV, by the marks inside the scope that
	 * stand (a mark resting on a voided visit counts for nothing).
	 */
	Optional<LocalDate> diagnosis(UUID clientId, Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(clientId);
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		return this.jdbc
			.sql("SELECT p.diagnosed_on FROM hr_plhiv p JOIN organisation o ON o.id = p.organisation_id "
					+ "WHERE p.client_id = ? AND " + filter.sql() + " AND " + MARK_STANDS
					+ " ORDER BY p.diagnosed_on LIMIT 1")
			.params(params)
			.query(LocalDate.class)
			.optional();
	}

	boolean livesWithHiv(UUID clientId, Scope scope) {
		return diagnosis(clientId, scope).isPresent();
	}

	/**
	 * Re-points a merged client's records (refused when both have an open assignment).
	 */
	void repoint(UUID survivorId, UUID mergedId) {
		Optional<PeerAssignment> survivorOpen = openAssignment(survivorId);
		Optional<PeerAssignment> mergedOpen = openAssignment(mergedId);
		if (survivorOpen.isPresent() && mergedOpen.isPresent()) {
			throw RuleViolation.of("harmreduction.error.mergeOpenAssignments");
		}
		List<UUID> ids = this.jdbc.sql("SELECT id FROM hr_peer_assignment WHERE client_id = ?")
			.param(mergedId)
			.query(UUID.class)
			.list();
		for (PeerAssignment assignment : this.assignments.findAllById(ids)) {
			assignment.repoint(survivorId);
			this.assignments.save(assignment);
		}
		this.jdbc.sql("UPDATE hr_peer_contact SET client_id = ? WHERE client_id = ?")
			.params(survivorId, mergedId)
			.update();
		this.jdbc.sql("""
				UPDATE hr_plhiv SET client_id = ?, updated_at = ?, updated_by = ?, version = version + 1
				WHERE client_id = ? AND NOT EXISTS
				(SELECT 1 FROM hr_plhiv s WHERE s.client_id = ? AND s.organisation_id = hr_plhiv.organisation_id)""")
			.params(survivorId, OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC), CurrentUser.name(),
					mergedId, survivorId)
			.update();
	}

	private Optional<PeerAssignment> openAssignment(UUID clientId) {
		return this.jdbc.sql("SELECT id FROM hr_peer_assignment WHERE open_client_id = ?")
			.param(clientId)
			.query(UUID.class)
			.optional()
			.flatMap(this.assignments::findById);
	}

	private Person peer(@Nullable UUID peerId, Organisation facility, PulihUser by) {
		if (peerId == null) {
			throw new RuleViolation("peerId", "harmreduction.error.peerRequired");
		}
		Person peer = this.workforce.find(peerId, by.scope())
			.orElseThrow(() -> new RuleViolation("peerId", "harmreduction.error.peerNotFound"));
		if (peer.role() != PersonRole.PEER_SUPPORT_OFFICER || !peer.organisationId().equals(facility.id())) {
			throw new RuleViolation("peerId", "harmreduction.error.notAPeer");
		}
		try {
			this.workforce.requireActive(peer.id());
		}
		catch (RuleViolation ex) {
			throw new RuleViolation("peerId", ex.messageKey(), ex.arguments());
		}
		return peer;
	}

	private Optional<Contact> contact(UUID id) {
		return this.jdbc.sql(CONTACT_COLUMNS + " WHERE x.id = ?").param(id).query(PeerSupport::contact).optional();
	}

	private boolean inScope(UUID organisationId, Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(organisationId);
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		return this.jdbc.sql("SELECT COUNT(*) FROM organisation o WHERE o.id = ? AND " + filter.sql())
			.params(params)
			.query(Long.class)
			.single() > 0;
	}

	private static void requireRole(PulihUser user, Role role) {
		if (user.role() != role) {
			throw new AccessDeniedException("peer support: role " + user.role() + " may not do this");
		}
	}

	private static void requireResultsRole(PulihUser user) {
		if (user.role() != Role.HEALTH_WORKER && user.role() != Role.PEER_SUPPORT_OFFICER) {
			throw new AccessDeniedException("peer support is shown to health workers and peer support officers");
		}
	}

	private static final String CONTACT_COLUMNS = """
			SELECT x.id, x.assignment_id, x.client_id, x.peer_id, x.contacted_on, x.contact_mode, x.adherence,
			    x.note, x.next_due_on, x.created_by FROM hr_peer_contact x""";

	private static Contact contact(ResultSet rs, int row) throws SQLException {
		return new Contact(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
				rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class), ContactMode.valueOf(rs.getString(6)),
				Adherence.valueOf(rs.getString(7)), rs.getString(8), rs.getObject(9, LocalDate.class),
				rs.getString(10));
	}

	/**
	 * A peer support officer to assign.
	 *
	 * @param since null for today
	 */
	public record NewAssignment(@Nullable UUID peerId, @Nullable LocalDate since) {

	}

	/**
	 * A contact to record.
	 *
	 * @param id an id chosen by the caller (for retries), or null
	 * @param contactedOn null for today
	 * @param nextDueOn null for 30 days after the contact
	 */
	public record NewContact(@Nullable UUID id, @Nullable LocalDate contactedOn, @Nullable ContactMode mode,
			@Nullable Adherence adherence, @Nullable String note, @Nullable LocalDate nextDueOn) {

	}

	/** A recorded contact. */
	public record Contact(UUID id, UUID assignmentId, UUID clientId, UUID peerId, LocalDate contactedOn,
			ContactMode mode, Adherence adherence, @Nullable String note, LocalDate nextDueOn, String recordedBy) {

		boolean sameAs(LocalDate on, NewContact command) {
			String note = (command.note() == null || command.note().isBlank()) ? null : command.note().strip();
			LocalDate due = (command.nextDueOn() != null) ? command.nextDueOn() : on.plusDays(DEFAULT_CONTACT_INTERVAL);
			return this.contactedOn.equals(on) && this.mode == command.mode() && this.adherence == command.adherence()
					&& Objects.equals(this.note, note) && this.nextDueOn.equals(due);
		}

	}

	/**
	 * A client assigned to a peer support officer.
	 *
	 * @param lastContactOn null when never contacted
	 * @param nextDueOn null when never contacted
	 * @param due whether a contact is due (never contacted, or the next contact's day has
	 * come)
	 */
	public record AssignedClient(UUID assignmentId, UUID clientId, String uic, LocalDate since,
			@Nullable LocalDate lastContactOn, @Nullable LocalDate nextDueOn, @Nullable Adherence lastAdherence,
			boolean due) {

	}

	/** A client living with HIV without a peer support officer. */
	public record PlhivLine(UUID clientId, String uic, LocalDate diagnosedOn) {

	}

}
