package id.pulih.harmreduction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.pulih.client.Client;
import id.pulih.client.ClientsMerged;
import id.pulih.organisation.Organisation;
import id.pulih.shared.Audited;
import id.pulih.shared.Conflict;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;
import id.pulih.stock.Commodities;
import id.pulih.stock.ItemQuantity;
import id.pulih.stock.StockIssues;
import id.pulih.workforce.Person;
import id.pulih.workforce.PersonRole;
import id.pulih.workforce.Workforce;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records harm reduction visits at the user's facility and finds them.
 * <p>
 * Recording a visit checks who came (a client inside the user's scope, or an anonymous
 * contact, who may only get the services that need no record), how (an outreach visit
 * names an active field officer of the facility), and who gives what (field officers give
 * no clinical service: {@code harmreduction.error.clinicalRole}); then the methadone
 * course decides about a dose ({@link OstCourses}), a positive HIV test (or ARV
 * treatment) marks the client as living with HIV ({@link PeerSupport}), and every item
 * handed out is drawn from the facility's stock under the reference {@code visit:<id>}.
 * All of it runs in one transaction: a refused dose or too little stock refuses the whole
 * visit and writes nothing. Voiding a visit undoes, in its transaction, what the visit
 * caused: its stock goes back (with a neutral ledger note, never the free-text reason),
 * the mark of living with HIV is withdrawn when no other visit of the client supports it
 * (and a peer support assignment that rested on it ends), and a methadone course that the
 * visit's dose started and that has no other dose is voided.
 * <p>
 * Reads are filtered by the user's scope in the SQL; a peer support officer sees only the
 * visits of clients assigned to them. Views of results are audited. The audit trail,
 * which administrators read, names no service, result or free text: visits are
 * "recorded", "updated", "voided" and "viewed", and every change to a client's harm
 * reduction record is {@code harmreduction.clientRecordUpdated}.
 */
@Service
@Transactional
public class HarmReductionVisits {

	private static final int LIST_MAX = 200;

	/** The largest batch {@link #recordAll} takes. */
	public static final int BATCH_MAX = 1000;

	/**
	 * The note on the stock returned when a visit is voided: the stock ledger is read by
	 * roles that see no client data, so the free-text reason never goes there.
	 */
	static final String VOID_NOTE = "visit voided";

	/** The neutral detail of the audit entries on a client's harm reduction record. */
	static final String RECORD_DETAIL = "harm reduction record";

	private final VisitRepository repository;

	private final HarmReductionAccess access;

	private final OstCourses courses;

	private final PeerSupport peers;

	private final Workforce workforce;

	private final StockIssues stock;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HarmReductionVisits(VisitRepository repository, HarmReductionAccess access, OstCourses courses, PeerSupport peers,
			Workforce workforce, StockIssues stock, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.courses = courses;
		this.peers = peers;
		this.workforce = workforce;
		this.stock = stock;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The stock reference of a visit's issues. */
	public static String stockReference(UUID visitId) {
		return "visit:" + visitId;
	}

	/**
	 * Records a visit at the user's facility with the services given, drawing what they
	 * hand out from stock. A retried command with the same id and content answers the
	 * stored visit; other content under that id is a {@link Conflict}.
	 * @throws RecordNotFound when the client is missing or outside the user's scope
	 * @throws RuleViolation naming the field for every broken rule, including
	 * {@code stock.error.insufficient} when the facility holds too little
	 */
	public Visit record(NewVisit command, PulihUser by) {
		return recordOne(command, by).visit();
	}

	/** A visit recorded, or already stored with the same content ({@code repeated}). */
	private record Recorded(Visit visit, boolean repeated) {

	}

	private Recorded recordOne(NewVisit command, PulihUser by) {
		if (!HarmReductionAccess.recordsVisits(by)) {
			throw new AccessDeniedException("role " + by.role() + " records no visits");
		}
		Organisation facility = this.access.facility(by);
		LocalDate today = this.access.today(by);
		LocalDate visitOn = (command.visitOn() != null) ? command.visitOn() : today;
		Arrival arrival = (command.arrival() != null) ? command.arrival() : Arrival.WALK_IN;
		UUID clientId = null;
		if (command.clientId() != null) {
			if (command.anonymous() != null) {
				throw new RuleViolation("anonymous", "harmreduction.error.clientOrAnonymous");
			}
			Client client = this.access.client(command.clientId(), by);
			if (client.isVoided()) {
				throw new RuleViolation("clientId", "harmreduction.error.clientVoided");
			}
			clientId = client.id();
		}
		else if (command.anonymous() == null) {
			throw new RuleViolation("clientId", "harmreduction.error.whoRequired");
		}
		UUID fieldOfficer = (arrival == Arrival.OUTREACH) ? fieldOfficer(command.fieldOfficerId(), facility, by) : null;
		if (command.id() != null) {
			Optional<Visit> stored = this.repository.findById(command.id());
			if (stored.isPresent()) {
				if (visible(stored.get().id(), by)
						&& stored.get().sameAs(command, clientId, arrival, fieldOfficer, visitOn)) {
					return new Recorded(stored.get(), true);
				}
				throw new Conflict("id", "harmreduction.error.idTaken");
			}
		}
		for (ServiceKind kind : Visit.kindsOf(command)) {
			if (!HarmReductionAccess.mayGive(by, kind)) {
				throw new RuleViolation(kind.field(), "harmreduction.error.clinicalRole");
			}
		}
		Visit visit = Visit.record(command.id(), facility.id(), facility.provinceCode(), command, clientId, arrival,
				fieldOfficer, visitOn, today);
		if (command.methadone() != null && clientId != null) {
			visit.giveMethadone(this.courses.dose(clientId, facility, visitOn, command.methadone()));
		}
		Visit saved = this.repository.save(visit);
		String hivSource = hivSource(saved);
		if (clientId != null && hivSource != null) {
			this.peers.markLivingWithHiv(clientId, facility, visitOn, hivSource, saved.id());
		}
		List<ItemQuantity> items = itemsOf(saved);
		if (!items.isEmpty()) {
			this.stock.issue(facility.id(), items, visitOn, stockReference(saved.id()), by);
		}
		// Neutral for every visit alike, so the trail tells nobody which visit found
		// what.
		this.events.publishEvent(new Audited("harmreduction.visitRecorded", "visit", saved.id(), "visit recorded"));
		if (clientId != null) {
			this.events
				.publishEvent(new Audited("harmreduction.clientRecordUpdated", "client", clientId, RECORD_DETAIL));
		}
		return new Recorded(saved, false);
	}

	/**
	 * Records a batch of visits (an offline device's outbox, an import) as one command:
	 * each visit by the same rules as {@link #record}, all in one transaction, so a
	 * broken rule in any of them writes none. A visit whose id is already stored with the
	 * same content counts as repeated, so a batch can be sent again after a lost answer.
	 * @throws RuleViolation naming the visit and its field, e.g.
	 * {@code visits[17].methadone.doseMg}; {@code harmreduction.error.batchSize} for an
	 * empty batch or one over {@value #BATCH_MAX} visits
	 * @throws Conflict {@code visits[i].id} when an id is taken by other content
	 */
	public Batch recordAll(@Nullable List<@Nullable NewVisit> commands, PulihUser by) {
		if (commands == null || commands.isEmpty() || commands.size() > BATCH_MAX) {
			throw new RuleViolation("visits", "harmreduction.error.batchSize", BATCH_MAX);
		}
		// A user who works at no facility is told so once, not as the first visit's
		// error.
		this.access.facility(by);
		List<UUID> ids = new ArrayList<>(commands.size());
		int repeated = 0;
		for (int i = 0; i < commands.size(); i++) {
			NewVisit command = commands.get(i);
			String at = "visits[" + i + "]";
			if (command == null) {
				throw new RuleViolation(at, "harmreduction.error.whoRequired");
			}
			try {
				Recorded recorded = recordOne(command, by);
				ids.add(recorded.visit().id());
				repeated += recorded.repeated() ? 1 : 0;
			}
			catch (Conflict ex) {
				throw new Conflict(at + "." + ex.field(), ex.messageKey(), ex.arguments());
			}
			catch (RuleViolation ex) {
				throw new RuleViolation((ex.field() != null) ? at + "." + ex.field() : at, ex.messageKey(),
						ex.arguments());
			}
			catch (RecordNotFound ex) {
				throw new RuleViolation(at + ".clientId", "harmreduction.error.clientNotFound");
			}
		}
		return new Batch(ids, ids.size() - repeated, repeated);
	}

	/**
	 * What a batch did.
	 *
	 * @param ids the visits' ids, in the order they were sent
	 * @param recorded how many were new
	 * @param repeated how many were already stored with the same content
	 */
	public record Batch(List<UUID> ids, int recorded, int repeated) {

	}

	/**
	 * What makes the visit mark its client as living with HIV: {@code HIV_TEST} for a
	 * positive test, {@code ARV} for ARV treatment, null for neither.
	 */
	static @Nullable String hivSource(Visit visit) {
		if (visit.hivTest() != null && visit.hivTest().result() == TestResult.POSITIVE) {
			return "HIV_TEST";
		}
		if (visit.arv() != null && visit.arv().onTreatment()) {
			return "ARV";
		}
		return null;
	}

	/** What the visit's services hand out, in the items' units of issue. */
	static List<ItemQuantity> itemsOf(Visit visit) {
		List<ItemQuantity> items = new ArrayList<>();
		if (visit.nsp() != null) {
			add(items, Commodities.SYRINGE, visit.nsp().needlesGiven());
		}
		if (visit.methadone() != null) {
			add(items, Commodities.METHADONE, visit.methadone().totalMg());
		}
		// Counselling alone (or a refused test) uses no kit: only a test with a result
		// does.
		if (visit.hivTest() != null && visit.hivTest().result() != null) {
			add(items, Commodities.HIV_TEST_KIT, 1);
		}
		if (visit.sti() != null && visit.sti().treated()) {
			add(items, Commodities.STI_MEDICINE, 1);
		}
		if (visit.condoms() != null) {
			add(items, Commodities.CONDOM, visit.condoms().condomsGiven());
			add(items, Commodities.LUBRICANT, visit.condoms().lubricantGiven());
		}
		if (visit.hepatitis() != null) {
			add(items, Commodities.HEPATITIS_B_VACCINE, (visit.hepatitis().hepBVaccineDose() != null) ? 1 : 0);
			add(items, Commodities.HEPATITIS_TEST, visit.hepatitis().tests());
		}
		if (visit.tb() != null) {
			add(items, Commodities.GENEXPERT_CARTRIDGE, (visit.tb().genexpertResult() != null) ? 1 : 0);
			add(items, Commodities.TB_MEDICINE, visit.tb().treatmentGiven() ? 1 : 0);
		}
		return items;
	}

	private static void add(List<ItemQuantity> items, String code, long quantity) {
		if (quantity > 0) {
			items.add(new ItemQuantity(code, quantity));
		}
	}

	/**
	 * Adds an ASSIST taken at a visit of a client (scored like a screening; the answers
	 * are kept).
	 */
	public Visit addAssist(UUID visitId, NewVisit.Assist answers, PulihUser by) {
		if (!HarmReductionAccess.recordsVisits(by)) {
			throw new AccessDeniedException("role " + by.role() + " records no visits");
		}
		Visit visit = get(visitId, by);
		visit.addAssist(answers);
		Visit saved = this.repository.save(visit);
		this.events.publishEvent(new Audited("harmreduction.visitUpdated", "visit", saved.id(), "visit updated"));
		this.events
			.publishEvent(new Audited("harmreduction.clientRecordUpdated", "client", saved.clientId(), RECORD_DETAIL));
		return saved;
	}

	/**
	 * Voids a visit recorded in error, with a reason, and undoes in the same transaction
	 * what it caused:
	 * <ul>
	 * <li>what it drew goes back to stock, noted {@value #VOID_NOTE} (the reason stays on
	 * the visit);</li>
	 * <li>when it marked the client as living with HIV (a positive test, or ARV
	 * treatment), the mark rests on the client's earliest other visit at the facility
	 * that would have marked them, or is withdrawn when there is none; when no mark is
	 * left anywhere, the client's open peer support assignment ends
	 * ({@link PeerSupport#DIAGNOSIS_VOIDED});</li>
	 * <li>when its methadone dose was the only dose of its course, the course is voided;
	 * a course with other doses is left as it is (its start and current dose included: a
	 * clinical review sets the dose when it must change).</li>
	 * </ul>
	 * Field officers may void only the visits they recorded themselves, which never hold
	 * clinical services ({@link #mayVoid}).
	 * @throws RuleViolation {@code harmreduction.error.voidNotAllowed} (naming no
	 * service) when the user may not void the visit, or naming {@code reason} when it is
	 * missing
	 */
	public Visit voidVisit(UUID visitId, @Nullable String reason, PulihUser by) {
		if (!HarmReductionAccess.recordsVisits(by)) {
			throw new AccessDeniedException("role " + by.role() + " voids no visits");
		}
		Visit visit = get(visitId, by);
		if (!visit.isVoided() && !mayVoid(visit, by)) {
			throw RuleViolation.of("harmreduction.error.voidNotAllowed");
		}
		visit.voidVisit(reason, by.getUsername(), this.clock.instant());
		Visit saved = this.repository.save(visit);
		LocalDate today = this.access.today(by);
		UUID clientId = saved.clientId();
		if (clientId != null && saved.methadone() != null) {
			this.courses.doseVoided(saved.methadone().courseId(), today);
		}
		if (clientId != null && hivSource(saved) != null) {
			this.peers.visitVoided(clientId, saved.organisationId(), today);
		}
		this.stock.returnIssue(stockReference(saved.id()), VOID_NOTE, by);
		this.events.publishEvent(new Audited("harmreduction.visitVoided", "visit", saved.id(), "visit voided"));
		if (clientId != null) {
			this.events
				.publishEvent(new Audited("harmreduction.clientRecordUpdated", "client", clientId, RECORD_DETAIL));
		}
		return saved;
	}

	/**
	 * Whether the user may void the visit, decided on the whole visit (not on what the
	 * user is shown of it): a health worker any visit; a field officer only a visit they
	 * recorded themselves, which can hold no clinical service. Deciding on what the field
	 * officer sees of the visit (who recorded it) keeps the answer from telling them
	 * about services hidden from them.
	 */
	static boolean mayVoid(Visit visit, PulihUser user) {
		if (visit.isVoided() || !HarmReductionAccess.recordsVisits(user)) {
			return false;
		}
		if (user.role() == Role.FIELD_OFFICER && !user.getUsername().equals(visit.createdBy())) {
			return false;
		}
		return visit.services().stream().allMatch(kind -> HarmReductionAccess.mayGive(user, kind));
	}

	/** A visit the user may see. */
	@Transactional(readOnly = true)
	public Optional<Visit> find(@Nullable UUID id, PulihUser user) {
		if (id == null || !visible(id, user)) {
			return Optional.empty();
		}
		return this.repository.findById(id);
	}

	/** A visit the user may see, or {@link RecordNotFound}. */
	@Transactional(readOnly = true)
	public Visit get(@Nullable UUID id, PulihUser user) {
		return find(id, user).orElseThrow(() -> new RecordNotFound("visit"));
	}

	/**
	 * A visit as the user may see it; a view that shows results is audited.
	 * @throws RecordNotFound when missing or not the user's to see
	 */
	public VisitView view(UUID id, PulihUser user) {
		Visit visit = get(id, user);
		VisitView view = views(List.of(visit), user).getFirst();
		if (view.resultsShown() && hasResults(visit)) {
			this.events.publishEvent(
					new Audited("harmreduction.visitViewed", "visit", visit.id(), "client " + visit.clientId()));
		}
		return view;
	}

	/** A client's visits the user may see, newest first. */
	@Transactional(readOnly = true)
	public List<VisitView> ofClient(UUID clientId, PulihUser user) {
		Client client = this.access.client(clientId, user);
		return views(load("v.client_id = ?", List.of(client.id()), user.scope()), user);
	}

	/** The visits at the user's facility on a day, newest first. */
	@Transactional(readOnly = true)
	public List<VisitView> onDay(LocalDate day, PulihUser user) {
		if (!HarmReductionAccess.recordsVisits(user)) {
			return List.of();
		}
		return views(load("v.visit_on = ?", List.of(day), user.scope()), user);
	}

	/** Today in the user's time zone. */
	public LocalDate today(PulihUser user) {
		return this.access.today(user);
	}

	private List<Visit> load(String condition, List<Object> values, Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>(values);
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		List<UUID> ids = this.jdbc
			.sql("SELECT v.id FROM hr_visit v JOIN organisation o ON o.id = v.organisation_id WHERE " + condition
					+ " AND " + filter.sql() + " ORDER BY v.visit_on DESC, v.created_at DESC, v.id DESC LIMIT "
					+ LIST_MAX)
			.params(params)
			.query(UUID.class)
			.list();
		return this.repository.findAllById(ids)
			.stream()
			.sorted(Comparator.comparingInt(visit -> ids.indexOf(visit.id())))
			.toList();
	}

	private List<VisitView> views(List<Visit> visits, PulihUser user) {
		List<UUID> clientIds = visits.stream().map(Visit::clientId).filter(Objects::nonNull).distinct().toList();
		Map<UUID, String> uics = uics(clientIds);
		// A peer support officer's assignments, asked once for all the clients listed.
		Set<UUID> assigned = (user.role() == Role.PEER_SUPPORT_OFFICER) ? this.access.assignedAmong(clientIds, user)
				: Set.of();
		Map<UUID, String> officers = new HashMap<>();
		List<VisitView> views = new ArrayList<>();
		for (Visit visit : visits) {
			if (user.role() == Role.PEER_SUPPORT_OFFICER
					&& (visit.clientId() == null || !assigned.contains(visit.clientId()))) {
				continue;
			}
			String officer = null;
			if (visit.fieldOfficerId() != null) {
				officer = officers.computeIfAbsent(visit.fieldOfficerId(),
						id -> this.workforce.find(id, user.scope()).map(Person::fullName).orElse(""));
			}
			boolean shown = switch (user.role()) {
				case HEALTH_WORKER -> true;
				case PEER_SUPPORT_OFFICER -> visit.clientId() != null && assigned.contains(visit.clientId());
				default -> false;
			};
			views.add(VisitView.of(visit, (visit.clientId() != null) ? uics.get(visit.clientId()) : null, officer,
					shown));
		}
		return views;
	}

	private Map<UUID, String> uics(List<UUID> ids) {
		Map<UUID, String> uics = new HashMap<>();
		List<UUID> known = ids.stream().filter(id -> id != null).toList();
		if (known.isEmpty()) {
			return uics;
		}
		String marks = known.stream().map(id -> "?").collect(Collectors.joining(", "));
		this.jdbc.sql("SELECT id, uic FROM client WHERE id IN (" + marks + ")")
			.params(new ArrayList<Object>(known))
			.query((rs, row) -> uics.put(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
		return uics;
	}

	static boolean hasResults(Visit visit) {
		return visit.hivTest() != null || visit.arv() != null || visit.sti() != null || visit.hepatitis() != null
				|| visit.tb() != null;
	}

	/**
	 * Whether the user may see the visit: inside the scope and, for a peer support
	 * officer, of a client assigned to them.
	 */
	private boolean visible(UUID id, PulihUser user) {
		Scope.ScopeFilter filter = user.scope().organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(id);
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		String sql = "SELECT COUNT(*) FROM hr_visit v JOIN organisation o ON o.id = v.organisation_id WHERE v.id = ? AND "
				+ filter.sql();
		if (user.role() == Role.PEER_SUPPORT_OFFICER) {
			sql += " AND EXISTS (SELECT 1 FROM hr_peer_assignment a WHERE a.open_client_id = v.client_id "
					+ "AND a.peer_id = ?)";
			params.add((user.personId() != null) ? user.personId() : new UUID(0, 0));
		}
		else if (!HarmReductionAccess.recordsVisits(user)) {
			return false;
		}
		return this.jdbc.sql(sql).params(params).query(Long.class).single() > 0;
	}

	/**
	 * The field officer who brought the client: the one named, or the user when a field
	 * officer. Active, and of the facility.
	 */
	private UUID fieldOfficer(@Nullable UUID named, Organisation facility, PulihUser by) {
		UUID id = (named != null) ? named : (by.role() == Role.FIELD_OFFICER) ? by.personId() : null;
		if (id == null) {
			throw new RuleViolation("fieldOfficerId", "harmreduction.error.fieldOfficerRequired");
		}
		Person officer = this.workforce.find(id, by.scope())
			.orElseThrow(() -> new RuleViolation("fieldOfficerId", "harmreduction.error.fieldOfficerNotFound"));
		if (officer.role() != PersonRole.FIELD_OFFICER || !officer.organisationId().equals(facility.id())) {
			throw new RuleViolation("fieldOfficerId", "harmreduction.error.notAFieldOfficer");
		}
		try {
			this.workforce.requireActive(officer.id());
		}
		catch (RuleViolation ex) {
			throw new RuleViolation("fieldOfficerId", ex.messageKey(), ex.arguments());
		}
		return officer.id();
	}

	/**
	 * Two clients turned out to be one person: the merged client's visits, courses and
	 * peer support follow the survivor, in the merge's transaction.
	 */
	@EventListener
	void on(ClientsMerged event) {
		this.courses.repoint(event.survivorId(), event.mergedId());
		this.peers.repoint(event.survivorId(), event.mergedId());
		List<UUID> ids = this.jdbc.sql("SELECT id FROM hr_visit WHERE client_id = ?")
			.param(event.mergedId())
			.query(UUID.class)
			.list();
		for (Visit visit : this.repository.findAllById(ids)) {
			visit.repoint(event.survivorId());
			this.repository.save(visit);
		}
	}

}
