package id.pulih.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.pulih.geography.Area;
import id.pulih.geography.AreaLevel;
import id.pulih.geography.Areas;
import id.pulih.organisation.Organisation;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.shared.Audited;
import id.pulih.shared.Conflict;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.Sex;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client registry: registers clients under their pseudonymous code, finds them within
 * a caller's scope, and merges two records of one person.
 * <p>
 * A client belongs to the organisation of the worker who registered it; the scope is
 * applied in the SQL by joining that organisation. A client outside the scope is reported
 * as missing, and a merged client resolves to its survivor.
 * <p>
 * Registering a code that already exists in the caller's scope answers the existing
 * client and writes nothing. The same code outside the scope may be the same person
 * registered elsewhere: the client is created and the pair flagged for an officer (see
 * {@link DuplicateFlags}). Each command runs in one transaction with its audit entries
 * and events, so a refused command leaves nothing behind.
 */
@Service
@Transactional
public class ClientRegistry {

	/** Roles that merge two clients, or mark a flagged pair as different people. */
	static final Set<Role> DUPLICATE_RESOLVERS = EnumSet.of(Role.REHABILITATION_OFFICER, Role.HEALTH_WORKER,
			Role.UNIT_CHAIR);

	/**
	 * The zone where a day starts first in Indonesia: no date after its today is past.
	 */
	private static final ZoneId EASTERNMOST = ZoneId.of("Asia/Jayapura");

	private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

	private static final int MAX_LIMIT = 500;

	/** A merged client's survivor may itself have been merged; chains are short. */
	private static final int MAX_MERGE_HOPS = 20;

	private static final Set<OrganisationType> REFERRERS = EnumSet.of(OrganisationType.BNNP, OrganisationType.BNNK,
			OrganisationType.PUSKESMAS, OrganisationType.IPWL, OrganisationType.CLINIC, OrganisationType.HOSPITAL,
			OrganisationType.LRIP, OrganisationType.LRKM, OrganisationType.LSM, OrganisationType.WPA_GROUP,
			OrganisationType.IBM_UNIT);

	private static final Set<OrganisationType> REHABILITATORS = EnumSet.of(OrganisationType.BNNP, OrganisationType.BNNK,
			OrganisationType.IPWL, OrganisationType.CLINIC, OrganisationType.HOSPITAL, OrganisationType.LRIP,
			OrganisationType.LRKM, OrganisationType.LAPAS);

	private static final String SUMMARY_COLUMNS = """
			SELECT c.id, c.uic, c.sex, c.birth_year, c.village_code, c.organisation_id, o.name, c.registered_on
			FROM client c JOIN organisation o ON o.id = c.organisation_id
			WHERE\s""";

	private final ClientRepository repository;

	private final UicBuilder uics;

	private final Areas areas;

	private final Organisations organisations;

	private final DuplicateFlags duplicates;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final List<ClientVisibility> visibilities;

	ClientRegistry(ClientRepository repository, UicBuilder uics, Areas areas, Organisations organisations,
			DuplicateFlags duplicates, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			List<ClientVisibility> visibilities) {
		this.visibilities = visibilities;
		this.repository = repository;
		this.uics = uics;
		this.areas = areas;
		this.organisations = organisations;
		this.duplicates = duplicates;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Registers a client for the organisation of the registering worker (who must work
	 * for one). A client already registered under the same code inside the worker's scope
	 * is answered instead, with nothing written. A retried command with the same id and
	 * content answers the stored client; other content under that id is a
	 * {@link Conflict}.
	 */
	public Registration register(NewClient command, PulihUser by) {
		Scope scope = by.scope();
		if (scope.kind() != Scope.Kind.ORGANISATION || scope.organisationId() == null) {
			throw RuleViolation.of("client.error.organisationScope");
		}
		LocalDate today = latestToday();
		Checked checked = check(command, today);
		if (command.id() != null) {
			Optional<Client> stored = this.repository.findById(command.id());
			if (stored.isPresent()) {
				Client existing = stored.get();
				if (isVisible(existing.id(), scope) && existing.sameAs(checked.uic(), checked.sex(),
						checked.birthDate(), checked.birthYear(), checked.village().code(), checked.source(),
						command.sourceOrganisationId(), command.registeredOn())) {
					return new Registration(existing, false, List.of());
				}
				throw new Conflict("id", "client.error.idTaken");
			}
		}
		Optional<Client> inScope = firstInScope(checked.uic(), scope);
		if (inScope.isPresent()) {
			return new Registration(inScope.get(), false, List.of());
		}
		LocalDate registeredOn = (command.registeredOn() != null) ? command.registeredOn() : localToday(by);
		Client client = Client.register(command.id(), checked.uic(), checked.sex(), checked.birthDate(),
				checked.birthYear(), checked.village().code(), checked.village().provinceCode(), checked.source(),
				checked.sourceOrganisationId(), scope.organisationId(), registeredOn, today);
		Client saved = this.repository.save(client);
		this.events.publishEvent(
				new ClientRegistered(saved.id(), saved.organisationId(), saved.source(), saved.registeredOn()));
		audit("client.registered", saved, saved.uic() + " " + saved.source());
		List<ClientSummary> elsewhere = elsewhere(saved, scope);
		if (!elsewhere.isEmpty()) {
			this.duplicates.flag(saved, elsewhere.stream().map(ClientSummary::id).toList());
		}
		return new Registration(saved, true, elsewhere.stream().map(ClientSummary::elsewhere).toList());
	}

	/**
	 * Registers, at the organisation of the receiving worker, a client referred to it
	 * from another organisation: the same code, sex, birth date or year and village, with
	 * source {@link ClientSource#REFERRAL} naming the sender. The client already
	 * registered under that code in the worker's scope is answered instead. The two
	 * records are the same person by the referral, so no duplicate is flagged between
	 * them. Called by the referral module once the receiving organisation has accepted a
	 * referral of {@code referredClientId}; the caller checks that.
	 * @param referredClientId the sender's client
	 * @param by a worker of the receiving organisation
	 */
	public Registration registerReferred(UUID referredClientId, PulihUser by) {
		Scope scope = by.scope();
		if (scope.kind() != Scope.Kind.ORGANISATION || scope.organisationId() == null) {
			throw RuleViolation.of("client.error.organisationScope");
		}
		Client referred = find(referredClientId, Scope.national()).orElseThrow(() -> new RecordNotFound("client"));
		if (referred.isVoided()) {
			throw RuleViolation.of("client.error.voided");
		}
		Optional<Client> inScope = firstInScope(referred.uic(), scope);
		if (inScope.isPresent()) {
			return new Registration(inScope.get(), false, List.of());
		}
		LocalDate today = localToday(by);
		Client client = Client.register(null, referred.uic(), referred.sex(), referred.birthDate(),
				referred.birthYear(), referred.villageCode(), referred.provinceCode(), ClientSource.REFERRAL,
				referred.organisationId(), scope.organisationId(), today, latestToday());
		Client saved = this.repository.save(client);
		this.events.publishEvent(
				new ClientRegistered(saved.id(), saved.organisationId(), saved.source(), saved.registeredOn()));
		audit("client.registeredReferred", saved, saved.uic() + " from " + referred.id());
		List<UUID> others = elsewhere(saved, scope).stream()
			.map(ClientSummary::id)
			.filter(id -> !referred.id().equals(id))
			.toList();
		if (!others.isEmpty()) {
			this.duplicates.flag(saved, others);
		}
		return new Registration(saved, true, List.of());
	}

	/**
	 * The code the facts give, for showing it before registering; empty while the facts
	 * are incomplete or refused.
	 */
	@Transactional(readOnly = true)
	public Optional<String> preview(UicFacts facts, @Nullable Integer birthYear) {
		try {
			if (facts.sex() == null || (facts.birthDate() == null && birthYear == null)) {
				return Optional.empty();
			}
			int year = (facts.birthDate() != null) ? facts.birthDate().getYear() : birthYear;
			return Optional.of(this.uics.build(facts, year));
		}
		catch (RuleViolation ex) {
			return Optional.empty();
		}
	}

	/**
	 * The client with this id inside the scope; a merged client answers its survivor (if
	 * that lies inside the scope).
	 */
	@Transactional(readOnly = true)
	public Optional<Client> find(UUID id, Scope scope) {
		if (id == null) {
			return Optional.empty();
		}
		Optional<Client> current = this.repository.findById(id);
		for (int hop = 0; current.isPresent() && current.get().mergedInto() != null; hop++) {
			if (hop == MAX_MERGE_HOPS) {
				return Optional.empty();
			}
			current = this.repository.findById(current.get().mergedInto());
		}
		return current.filter(client -> isVisible(client.id(), scope));
	}

	/** The client, or {@link RecordNotFound} when missing or outside the scope. */
	@Transactional(readOnly = true)
	public Client get(UUID id, Scope scope) {
		return find(id, scope).orElseThrow(() -> new RecordNotFound("client"));
	}

	/**
	 * Current clients inside the scope whose code starts with the term (any case); all of
	 * them when the term is blank. Newest registration first.
	 */
	@Transactional(readOnly = true)
	public List<ClientSummary> search(Scope scope, @Nullable String term, int limit) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		StringBuilder sql = new StringBuilder(SUMMARY_COLUMNS).append(filter.sql())
			.append(" AND c.merged_into IS NULL AND c.voided_at IS NULL");
		List<Object> params = new ArrayList<>();
		addParameter(params, filter);
		sql.append(narrowing(params));
		if (term != null && !term.isBlank()) {
			sql.append(" AND c.uic LIKE ? ESCAPE '\\'");
			params.add(escapeLike(term.strip().toUpperCase(Locale.ROOT)) + "%");
		}
		sql.append(" ORDER BY c.registered_on DESC, c.uic, c.id LIMIT ").append(Math.clamp(limit, 1, MAX_LIMIT));
		return this.jdbc.sql(sql.toString()).params(params).query(ClientRegistry::summary).list();
	}

	/**
	 * Current clients of one organisation inside the scope, newest registration first.
	 */
	@Transactional(readOnly = true)
	public List<ClientSummary> ofOrganisation(UUID organisationId, Scope scope, int limit) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(organisationId);
		addParameter(params, filter);
		String narrowing = narrowing(params);
		return this.jdbc
			.sql(SUMMARY_COLUMNS + "c.organisation_id = ? AND " + filter.sql()
					+ " AND c.merged_into IS NULL AND c.voided_at IS NULL" + narrowing
					+ " ORDER BY c.registered_on DESC, c.uic, c.id LIMIT " + Math.clamp(limit, 1, MAX_LIMIT))
			.params(params)
			.query(ClientRegistry::summary)
			.list();
	}

	/** Current (not merged, not voided) clients inside the scope. */
	@Transactional(readOnly = true)
	public long count(Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		addParameter(params, filter);
		String narrowing = narrowing(params);
		return this.jdbc
			.sql("SELECT COUNT(*) FROM client c JOIN organisation o ON o.id = c.organisation_id WHERE " + filter.sql()
					+ " AND c.merged_into IS NULL AND c.voided_at IS NULL" + narrowing)
			.params(params)
			.query(Long.class)
			.single();
	}

	/**
	 * Records that two clients are one person: {@code mergedId} points to
	 * {@code survivorId} from now on and keeps every record; other modules re-point
	 * theirs on {@link ClientsMerged}. Both must be current and visible to {@code by},
	 * who must be a rehabilitation officer, health worker or unit chair.
	 */
	public void merge(UUID survivorId, UUID mergedId, String reason, PulihUser by) {
		if (!DUPLICATE_RESOLVERS.contains(by.role())) {
			throw new AccessDeniedException("role may not merge clients");
		}
		Client survivor = current(survivorId, by.scope());
		Client merged = current(mergedId, by.scope());
		merged.mergeInto(survivor, reason, by.getUsername(), this.clock.instant());
		this.repository.save(merged);
		this.duplicates.merged(survivor.id(), merged.id(), by.getUsername());
		this.events.publishEvent(new ClientsMerged(survivor.id(), merged.id()));
		audit("client.merged", merged, "into " + survivor.id() + ": " + merged.mergeReason());
		audit("client.mergedFrom", survivor, "from " + merged.id());
	}

	/**
	 * The ids of every client merged (directly or through others) into this one, for its
	 * timeline.
	 */
	@Transactional(readOnly = true)
	List<Client> mergedInto(UUID survivorId) {
		List<Client> found = new ArrayList<>();
		List<UUID> frontier = List.of(survivorId);
		for (int hop = 0; hop < MAX_MERGE_HOPS && !frontier.isEmpty(); hop++) {
			List<UUID> next = new ArrayList<>();
			for (UUID id : frontier) {
				List<UUID> children = this.jdbc.sql("SELECT id FROM client WHERE merged_into = ? ORDER BY id")
					.param(id)
					.query(UUID.class)
					.list();
				for (UUID child : children) {
					this.repository.findById(child).ifPresent(found::add);
					next.add(child);
				}
			}
			frontier = next;
		}
		return found;
	}

	/** A client by its own id (no merge resolution), current and inside the scope. */
	private Client current(UUID id, Scope scope) {
		Client client = this.repository.findById(id)
			.filter(found -> isVisible(found.id(), scope))
			.orElseThrow(() -> new RecordNotFound("client"));
		if (client.isMerged()) {
			throw RuleViolation.of("client.error.merged");
		}
		if (client.isVoided()) {
			throw RuleViolation.of("client.error.voided");
		}
		return client;
	}

	/** Checks a command against everything but the stored clients. */
	private Checked check(NewClient command, LocalDate today) {
		UicFacts facts = (command.facts() != null) ? command.facts() : new UicFacts(null, null, null, null);
		UicBuilder.checkName(UicBuilder.MOTHER, facts.motherFirstName());
		UicBuilder.checkName(UicBuilder.FATHER, facts.fatherFirstName());
		Sex sex = (command.sex() != null) ? command.sex() : facts.sex();
		if (sex == null) {
			throw new RuleViolation("sex", "client.error.sexRequired");
		}
		if (facts.sex() != null && facts.sex() != sex) {
			throw new RuleViolation("sex", "client.error.sexMismatch");
		}
		LocalDate birthDate = (command.birthDate() != null) ? command.birthDate() : facts.birthDate();
		if (facts.birthDate() != null && !facts.birthDate().equals(birthDate)) {
			throw new RuleViolation("birthDate", "client.error.birthDateMismatch");
		}
		Client.checkBirth(birthDate, command.birthYear(), today);
		int birthYear = (birthDate != null) ? birthDate.getYear() : command.birthYear();
		String uic = this.uics.build(new UicFacts(facts.motherFirstName(), facts.fatherFirstName(), sex, birthDate),
				birthYear);
		Area village = village(command.villageCode());
		if (command.source() == null) {
			throw new RuleViolation("source", "client.error.sourceRequired");
		}
		UUID sourceOrganisationId = null;
		if (command.source().needsOrganisation()) {
			sourceOrganisationId = sourceOrganisation(command.source(), command.sourceOrganisationId());
		}
		return new Checked(uic, sex, birthDate, birthYear, village, command.source(), sourceOrganisationId);
	}

	private Area village(@Nullable String code) {
		if (code == null || code.isBlank()) {
			throw new RuleViolation("villageCode", "client.error.villageRequired");
		}
		return this.areas.find(code.strip())
			.filter(area -> area.level() == AreaLevel.VILLAGE)
			.orElseThrow(() -> new RuleViolation("villageCode", "client.error.villageNotFound", code.strip()));
	}

	private UUID sourceOrganisation(ClientSource source, @Nullable UUID id) {
		if (id == null) {
			throw new RuleViolation("sourceOrganisationId", "client.error.sourceOrganisationRequired");
		}
		Organisation organisation = this.organisations.findUnscoped(id)
			.filter(org -> !org.isVoided())
			.orElseThrow(() -> new RuleViolation("sourceOrganisationId", "client.error.sourceOrganisationNotFound"));
		if (!sourceOrganisationTypes(source).contains(organisation.type())) {
			throw new RuleViolation("sourceOrganisationId", "client.error.sourceOrganisationType." + source.name());
		}
		return organisation.id();
	}

	/** The kinds of organisation a client of this source may come from. */
	static Set<OrganisationType> sourceOrganisationTypes(ClientSource source) {
		return switch (source) {
			case REFERRAL -> REFERRERS;
			case AFTERCARE -> REHABILITATORS;
			default -> Set.of();
		};
	}

	private Optional<Client> firstInScope(String uic, Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(uic);
		addParameter(params, filter);
		return this.jdbc
			.sql("SELECT c.id FROM client c JOIN organisation o ON o.id = c.organisation_id "
					+ "WHERE c.uic = ? AND c.merged_into IS NULL AND c.voided_at IS NULL AND " + filter.sql()
					+ " ORDER BY c.registered_on, c.id LIMIT 1")
			.params(params)
			.query(UUID.class)
			.optional()
			.flatMap(this.repository::findById);
	}

	/** Current clients with the same code outside the scope. */
	private List<ClientSummary> elsewhere(Client client, Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(client.uic());
		params.add(client.id());
		addParameter(params, filter);
		return this.jdbc
			.sql(SUMMARY_COLUMNS + "c.uic = ? AND c.id <> ? AND c.merged_into IS NULL AND c.voided_at IS NULL AND NOT ("
					+ filter.sql() + ") ORDER BY c.registered_on, c.id LIMIT 20")
			.params(params)
			.query(ClientRegistry::summary)
			.list();
	}

	/** Whether a client with this id exists inside the scope. */
	private boolean isVisible(UUID id, Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(id);
		addParameter(params, filter);
		String narrowing = narrowing(params);
		return this.jdbc
			.sql("SELECT COUNT(*) FROM client c JOIN organisation o ON o.id = c.organisation_id WHERE c.id = ? AND "
					+ filter.sql() + narrowing)
			.params(params)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The conditions that narrow the signed-in user's view ({@link ClientVisibility}),
	 * each as {@code " AND (...)"}, their parameters added.
	 */
	private String narrowing(List<Object> params) {
		Optional<PulihUser> user = CurrentUser.find();
		if (user.isEmpty()) {
			return "";
		}
		StringBuilder sql = new StringBuilder();
		for (ClientVisibility visibility : this.visibilities) {
			visibility.restrictionFor(user.get()).ifPresent(restriction -> {
				sql.append(" AND (").append(restriction.sql()).append(')');
				params.addAll(restriction.parameters());
			});
		}
		return sql.toString();
	}

	private static void addParameter(List<Object> params, Scope.ScopeFilter filter) {
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
	}

	private static ClientSummary summary(ResultSet rs, int row) throws SQLException {
		return new ClientSummary(rs.getObject(1, UUID.class), rs.getString(2), Sex.valueOf(rs.getString(3)),
				rs.getInt(4), rs.getString(5), rs.getObject(6, UUID.class), rs.getString(7),
				rs.getObject(8, LocalDate.class));
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** The latest date that is not in the future anywhere in Indonesia. */
	private LocalDate latestToday() {
		return LocalDate.now(this.clock.withZone(EASTERNMOST));
	}

	/** Today for the user (in their time zone): the default for dates. */
	private LocalDate localToday(PulihUser user) {
		ZoneId zone = (user.zoneId() != null) ? ZoneId.of(user.zoneId()) : DEFAULT_ZONE;
		return LocalDate.now(this.clock.withZone(zone));
	}

	private void audit(String action, Client client, @Nullable String detail) {
		this.events.publishEvent(new Audited(action, "client", client.id(), detail));
	}

	/** A command's facts, checked. */
	private record Checked(String uic, Sex sex, @Nullable LocalDate birthDate, int birthYear, Area village,
			ClientSource source, @Nullable UUID sourceOrganisationId) {

	}

}
