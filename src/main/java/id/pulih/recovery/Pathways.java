package id.pulih.recovery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.client.ClientSource;
import id.pulih.client.ClientsMerged;
import id.pulih.instrument.WhoqolBrefScoring;
import id.pulih.organisation.Organisation;
import id.pulih.shared.Audited;
import id.pulih.shared.Conflict;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;
import id.pulih.workforce.Person;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs clients' pathways: enrolment, sessions, WHOQOL-BREF, outcomes and corrections (the
 * rules are the aggregates', see {@link Enrolment} and {@link RecoverySession}).
 * <p>
 * Every read and write takes the caller's scope, applied in the SQL by joining the
 * pathway's (or session's) unit: a record outside it is missing (404), also when a
 * command names it. Each command runs in one transaction with its audit entry, so a
 * refused command leaves nothing behind. Creates may carry an id chosen by the client and
 * be retried: the same content answers the stored record, other content is a
 * {@link Conflict}.
 * <p>
 * When two clients are merged, the merged client's screenings and pathways are re-pointed
 * to the survivor in the merge's own transaction; a merge that would leave the survivor
 * with two open pathways is refused.
 */
@Service
@Transactional
public class Pathways {

	private final EnrolmentRepository enrolments;

	private final RecoverySessionRepository sessions;

	private final Screenings screenings;

	private final ClientRegistry clients;

	private final Units units;

	private final ProgressQueries progress;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Pathways(EnrolmentRepository enrolments, RecoverySessionRepository sessions, Screenings screenings,
			ClientRegistry clients, Units units, ProgressQueries progress, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.enrolments = enrolments;
		this.sessions = sessions;
		this.screenings = screenings;
		this.clients = clients;
		this.units = units;
		this.progress = progress;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens a pathway for a client of the user's unit: from the latest screening, or at
	 * aftercare for a client who came for aftercare.
	 * @throws RecordNotFound when the client is missing or outside the scope
	 * @throws RuleViolation when the client already has an open pathway, was not screened
	 * (or not at low risk, without a stated reason), the agent cannot be assigned, or the
	 * start date is wrong
	 */
	public Enrolment enrol(NewEnrolment command, PulihUser by) {
		Scope scope = by.scope();
		if (command.id() != null) {
			Optional<Enrolment> stored = this.enrolments.findById(command.id());
			if (stored.isPresent()) {
				UUID client = (command.clientId() != null)
						? this.clients.find(command.clientId(), scope).map(Client::id).orElse(null) : null;
				if (isVisible(command.id(), scope) && client != null
						&& stored.get().sameAs(client, command.agentId(), command.startedOn())) {
					return stored.get();
				}
				throw new Conflict("id", "recovery.error.idTaken");
			}
		}
		Eligibility eligibility = eligibility(command.clientId(), scope);
		if (eligibility.openPathway() != null) {
			throw new RuleViolation("clientId", "recovery.error.alreadyEnrolled");
		}
		Person agent = this.units.agent(command.agentId(), "agentId", eligibility.unit().id(), by);
		LocalDate startedOn = command.startedOn();
		if (startedOn == null) {
			startedOn = eligibility.defaultStart(this.units.today(by));
		}
		Enrolment enrolment = Enrolment.start(command.id(), eligibility.client().id(), eligibility.client().uic(),
				eligibility.unit().id(), eligibility.unit().provinceCode(), agent.id(), eligibility.entry(),
				eligibility.screening(), startedOn, command.eligibilityOverride(), this.units.today(by));
		Enrolment saved = this.enrolments.save(enrolment);
		audit("recovery.enrolled", "enrolment", saved.id(), saved.entryPoint() + " " + saved.startedOn()
				+ ((saved.eligibilityOverride() != null) ? " override" : ""));
		return saved;
	}

	/**
	 * What decides a client's enrolment: the client and unit, where they enter, the
	 * latest screening, and the open pathway if there is one.
	 * @throws RecordNotFound when the client is missing or outside the scope
	 */
	@Transactional(readOnly = true)
	public Eligibility eligibility(@Nullable UUID clientId, Scope scope) {
		if (clientId == null) {
			throw new RuleViolation("clientId", "recovery.error.clientRequired");
		}
		Client client = this.clients.get(clientId, scope);
		Organisation unit = this.units.unitOf(client, scope);
		EntryPoint entry = (client.source() == ClientSource.AFTERCARE) ? EntryPoint.AFTERCARE : EntryPoint.SCREENING;
		Screening screening = this.screenings.latestOf(client.id(), scope).orElse(null);
		Enrolment open = openOf(client.id(), scope).orElse(null);
		return new Eligibility(client, unit, entry, screening, open);
	}

	/**
	 * Records a session attended by one pathway, or by several of the same unit (group
	 * sessions), in one transaction.
	 * @throws RecordNotFound when an attending pathway is missing or outside the scope
	 */
	public RecoverySession recordSession(NewSession command, PulihUser by) {
		Scope scope = by.scope();
		if (command.id() != null) {
			Optional<RecoverySession> stored = this.sessions.findById(command.id());
			if (stored.isPresent()) {
				if (isSessionVisible(command.id(), scope) && stored.get()
					.sameAs(command.sessionType(), command.heldOn(), command.agentId(), command.durationMinutes(),
							command.notes(), new LinkedHashSet<>(command.enrolmentIds()))) {
					return stored.get();
				}
				throw new Conflict("id", "recovery.error.idTaken");
			}
		}
		if (command.enrolmentIds().isEmpty()) {
			throw new RuleViolation("enrolmentIds", "recovery.error.attendanceRequired");
		}
		List<Enrolment> attending = command.enrolmentIds().stream().map(id -> get(id, scope)).toList();
		UUID unitId = attending.getFirst().organisationId();
		Organisation unit = this.units.unit(unitId, scope);
		Person agent = this.units.agent(command.agentId(), "agentId", unitId, by);
		RecoverySession session = RecoverySession.record(command.id(), unitId, unit.provinceCode(),
				command.sessionType(), command.heldOn(), agent.id(), command.durationMinutes(), command.notes(),
				attending, this.units.today(by));
		RecoverySession saved = this.sessions.save(session);
		audit("recovery.session", "session", saved.id(),
				saved.sessionType() + " " + saved.heldOn() + " " + attending.size());
		return saved;
	}

	/** Takes the WHOQOL-BREF at intake or at the end of an open pathway. */
	public Enrolment takeWhoqol(UUID enrolmentId, NewWhoqol command, PulihUser by) {
		Enrolment enrolment = get(enrolmentId, by.scope());
		if (command.id() != null) {
			Optional<WhoqolAssessment> mine = enrolment.whoqol(WhoqolTiming.INTAKE)
				.filter(a -> a.id().equals(command.id()))
				.or(() -> enrolment.whoqol(WhoqolTiming.END).filter(a -> a.id().equals(command.id())));
			if (mine.isPresent() && mine.get().timing() == command.timing()
					&& (command.assessedOn() == null || command.assessedOn().equals(mine.get().assessedOn()))
					&& sameAnswers(mine.get(), command)) {
				return enrolment;
			}
			boolean taken = mine.isPresent() || this.jdbc.sql("SELECT COUNT(*) FROM recovery_whoqol WHERE id = ?")
				.param(command.id())
				.query(Long.class)
				.single() > 0;
			if (taken) {
				throw new Conflict("id", "recovery.error.idTaken");
			}
		}
		LocalDate today = this.units.today(by);
		UUID assessedBy = this.units.person(command.assessedBy(), "assessedBy", by);
		WhoqolAssessment assessment = enrolment.takeWhoqol(command.id(), command.timing(),
				(command.assessedOn() != null) ? command.assessedOn() : today, assessedBy, command.answers(), today);
		Enrolment saved = this.enrolments.save(enrolment);
		audit("recovery.whoqol", "enrolment", saved.id(), assessment.timing() + " " + assessment.assessedOn());
		return saved;
	}

	/**
	 * Ends an open pathway with an outcome. Repeating the outcome a pathway already has
	 * changes nothing.
	 */
	public Enrolment finish(UUID enrolmentId, OutcomeCommand command, PulihUser by) {
		Enrolment enrolment = get(enrolmentId, by.scope());
		if (!enrolment.isOpen() && enrolment.outcome() == command.outcome()
				&& (command.outcomeOn() == null || command.outcomeOn().equals(enrolment.outcomeOn()))
				&& Objects.equals(enrolment.outcomeReason(), blankToNull(command.reason()))) {
			return enrolment;
		}
		LocalDate today = this.units.today(by);
		enrolment.finish(command.outcome(), (command.outcomeOn() != null) ? command.outcomeOn() : today,
				command.reason(), command.completionOverride(), sessionCounts(enrolment.id(), by.scope()), today);
		Enrolment saved = this.enrolments.save(enrolment);
		audit("recovery.finished", "enrolment", saved.id(),
				saved.outcome() + " " + saved.outcomeOn() + ((saved.completionOverride() != null) ? " override" : ""));
		return saved;
	}

	/** Corrects the outcome of a finished pathway, with a reason that is kept. */
	public Enrolment correct(UUID enrolmentId, OutcomeCommand command, PulihUser by) {
		Enrolment enrolment = get(enrolmentId, by.scope());
		LocalDate today = this.units.today(by);
		Correction correction = enrolment.correct(command.outcome(),
				(command.outcomeOn() != null) ? command.outcomeOn() : today, command.reason(),
				command.completionOverride(), sessionCounts(enrolment.id(), by.scope()), command.correctionReason(),
				by.getUsername(), this.clock.instant(), today);
		Enrolment saved = this.enrolments.save(enrolment);
		audit("recovery.corrected", "enrolment", saved.id(), correction.beforeText() + " -> " + correction.afterText());
		return saved;
	}

	@Transactional(readOnly = true)
	public Optional<Enrolment> find(UUID id, Scope scope) {
		if (id == null || !isVisible(id, scope)) {
			return Optional.empty();
		}
		return this.enrolments.findById(id);
	}

	/** The pathway, or {@link RecordNotFound} when missing or outside the scope. */
	@Transactional(readOnly = true)
	public Enrolment get(UUID id, Scope scope) {
		return find(id, scope).orElseThrow(() -> new RecordNotFound("enrolment"));
	}

	/** A client's pathways inside the scope, newest first. */
	@Transactional(readOnly = true)
	public List<Enrolment> ofClient(UUID clientId, Scope scope) {
		List<UUID> ids = ids("e.client_id = ?", clientId, scope);
		return this.enrolments.findAllById(ids)
			.stream()
			.sorted(Comparator.comparing(Enrolment::startedOn).thenComparing(Enrolment::id).reversed())
			.toList();
	}

	/** A client's open pathway inside the scope. */
	@Transactional(readOnly = true)
	public Optional<Enrolment> openOf(UUID clientId, Scope scope) {
		return ids("e.open_client_id = ?", clientId, scope).stream().findFirst().flatMap(this.enrolments::findById);
	}

	/** How far a pathway inside the scope has come. */
	@Transactional(readOnly = true)
	public PathwayProgress progress(UUID enrolmentId, Scope scope) {
		return this.progress.load(scope, null, null, enrolmentId, false)
			.stream()
			.findFirst()
			.orElseThrow(() -> new RecordNotFound("enrolment"));
	}

	/** The sessions a pathway inside the scope attended, newest first. */
	@Transactional(readOnly = true)
	public List<SessionLine> sessionsOf(UUID enrolmentId, Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(enrolmentId);
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		return this.jdbc.sql("""
				SELECT s.id, s.session_type, s.held_on, p.full_name, s.duration_minutes, s.notes,
				       (SELECT COUNT(*) FROM recovery_attendance x WHERE x.session_id = s.id)
				FROM recovery_session s
				JOIN recovery_attendance a ON a.session_id = s.id
				JOIN organisation o ON o.id = s.organisation_id
				JOIN person p ON p.id = s.agent_id
				WHERE a.enrolment_id = ? AND\s""" + filter.sql() + " ORDER BY s.held_on DESC, s.created_at DESC")
			.params(params)
			.query((rs, row) -> new SessionLine(rs.getObject(1, UUID.class), SessionType.valueOf(rs.getString(2)),
					rs.getObject(3, LocalDate.class), rs.getString(4), rs.getInt(5), rs.getString(6), rs.getInt(7)))
			.list();
	}

	/** A session inside the scope, or 404. */
	@Transactional(readOnly = true)
	public RecoverySession session(UUID id, Scope scope) {
		if (id == null || !isSessionVisible(id, scope)) {
			throw new RecordNotFound("session");
		}
		return this.sessions.findById(id).orElseThrow(() -> new RecordNotFound("session"));
	}

	/** The open pathways of a unit inside the scope: who may attend a group session. */
	@Transactional(readOnly = true)
	public List<OpenPathway> openPathways(UUID unitId, Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(unitId);
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		return this.jdbc
			.sql("SELECT e.id, e.client_uic FROM recovery_enrolment e JOIN organisation o ON o.id = e.organisation_id "
					+ "WHERE e.organisation_id = ? AND e.outcome IS NULL AND " + filter.sql()
					+ " ORDER BY e.client_uic, e.id")
			.params(params)
			.query((rs, row) -> new OpenPathway(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
	}

	/**
	 * Sessions attended by a pathway, per type; counted over the pathway whatever the
	 * caller's scope (the pathway itself has been checked).
	 */
	Map<SessionType, Integer> sessionCounts(UUID enrolmentId, Scope scope) {
		Map<SessionType, Integer> counts = new EnumMap<>(SessionType.class);
		counts.putAll(progress(enrolmentId, scope).sessionCounts());
		return counts;
	}

	/**
	 * Re-points the merged client's records to the survivor, in the merge's transaction.
	 */
	@EventListener
	void on(ClientsMerged event) {
		long open = this.jdbc.sql("SELECT COUNT(*) FROM recovery_enrolment WHERE open_client_id IN (?, ?)")
			.params(event.survivorId(), event.mergedId())
			.query(Long.class)
			.single();
		if (open > 1) {
			throw RuleViolation.of("recovery.error.mergeOpenPathways");
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		String by = CurrentUser.name();
		this.jdbc
			.sql("UPDATE recovery_screening SET client_id = ?, updated_at = ?, updated_by = ?, version = version + 1 "
					+ "WHERE client_id = ?")
			.params(event.survivorId(), now, by, event.mergedId())
			.update();
		String uic = this.clients.find(event.survivorId(), Scope.national()).map(Client::uic).orElse(null);
		this.jdbc.sql("""
				UPDATE recovery_enrolment SET client_id = ?, client_uic = COALESCE(?, client_uic),
				    open_client_id = CASE WHEN open_client_id IS NULL THEN NULL ELSE ? END,
				    updated_at = ?, updated_by = ?, version = version + 1
				WHERE client_id = ?""")
			.params(event.survivorId(), uic, event.survivorId(), now, by, event.mergedId())
			.update();
	}

	private boolean sameAnswers(WhoqolAssessment stored, NewWhoqol command) {
		try {
			return stored.answerMap()
				.equals(CheckedAnswers.check(CheckedAnswers.definition(WhoqolBrefScoring.CODE), command.answers()));
		}
		catch (RuleViolation ex) {
			return false;
		}
	}

	private List<UUID> ids(String condition, UUID parameter, Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(parameter);
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		return this.jdbc
			.sql("SELECT e.id FROM recovery_enrolment e JOIN organisation o ON o.id = e.organisation_id WHERE "
					+ condition + " AND " + filter.sql())
			.params(params)
			.query(UUID.class)
			.list();
	}

	private boolean isVisible(UUID id, Scope scope) {
		return !ids("e.id = ?", id, scope).isEmpty();
	}

	private boolean isSessionVisible(UUID id, Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(id);
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		return this.jdbc
			.sql("SELECT COUNT(*) FROM recovery_session s JOIN organisation o ON o.id = s.organisation_id "
					+ "WHERE s.id = ? AND " + filter.sql())
			.params(params)
			.query(Long.class)
			.single() > 0;
	}

	private void audit(String action, String type, UUID id, String detail) {
		this.events.publishEvent(new Audited(action, type, id, detail));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * What decides a client's enrolment.
	 *
	 * @param screening the latest screening, if any
	 * @param openPathway the client's open pathway, if any
	 */
	public record Eligibility(Client client, Organisation unit, EntryPoint entry, @Nullable Screening screening,
			@Nullable Enrolment openPathway) {

		/** Whether the client may be enrolled now without stating a reason. */
		public boolean eligible() {
			return this.openPathway == null && (this.entry == EntryPoint.AFTERCARE
					|| (this.screening != null && this.screening.allowsEnrolment()));
		}

		/**
		 * Whether enrolling needs a stated reason (the screening did not find low risk).
		 */
		public boolean needsOverride() {
			return this.entry == EntryPoint.SCREENING && this.screening != null && !this.screening.allowsEnrolment();
		}

		/** The screening date for an entry from screening, else today. */
		public LocalDate defaultStart(LocalDate today) {
			return (this.entry == EntryPoint.SCREENING && this.screening != null) ? this.screening.screenedOn() : today;
		}

	}

	/** One session in a pathway's list. */
	public record SessionLine(UUID id, SessionType sessionType, LocalDate heldOn, String agentName, int durationMinutes,
			@Nullable String notes, int attendees) {

	}

	/** An open pathway of a unit, for choosing who attended a group session. */
	public record OpenPathway(UUID enrolmentId, String clientUic) {

	}

}
