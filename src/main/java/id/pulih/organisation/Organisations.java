package id.pulih.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.pulih.geography.Area;
import id.pulih.geography.AreaLevel;
import id.pulih.geography.Areas;
import id.pulih.shared.Audited;
import id.pulih.shared.Conflict;
import id.pulih.shared.FundingSource;
import id.pulih.shared.Ids;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.Scope;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and maintains organisations, and answers which of them a caller may see.
 * Every read takes the caller's {@link Scope}; an organisation outside it is reported as
 * missing.
 */
@Service
@Transactional
public class Organisations {

	/** Types of local organisation a unit may work with as a network partner. */
	private static final Set<OrganisationType> PARTNER_TYPES = EnumSet.of(OrganisationType.PUSKESMAS,
			OrganisationType.IPWL, OrganisationType.CLINIC, OrganisationType.HOSPITAL, OrganisationType.LRIP,
			OrganisationType.LRKM, OrganisationType.LSM, OrganisationType.WPA_GROUP, OrganisationType.DINKES_REGENCY,
			OrganisationType.BNNK);

	/** Column sizes of the organisation tables, checked before anything is written. */
	static final int CODE_MAX = 40;

	static final int NAME_MAX = 200;

	static final int AREA_CODE_MAX = 13;

	static final int REASON_MAX = 500;

	static final int DECREE_NUMBER_MAX = 100;

	static final int PARTNER_KIND_MAX = 60;

	static final int FUNDING_NOTE_MAX = 300;

	static final int PHASE_NOTE_MAX = 500;

	private final OrganisationRepository repository;

	private final JdbcClient jdbc;

	private final Areas areas;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionMemo memo = new TransactionMemo();

	Organisations(OrganisationRepository repository, JdbcClient jdbc, Areas areas, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.areas = areas;
		this.events = events;
		this.clock = clock;
	}

	/** An organisation inside the scope; voided ones included (their pages say so). */
	@Transactional(readOnly = true)
	public Optional<Organisation> find(UUID id, Scope scope) {
		return this.memo.find(id, this.repository::findById).filter(org -> scope.covers(org.path(), org.areaCode()));
	}

	@Transactional(readOnly = true)
	public Organisation get(UUID id, Scope scope) {
		return find(id, scope).orElseThrow(() -> new RecordNotFound("organisation"));
	}

	/**
	 * Any organisation by id, regardless of scope: for building a signed-in user's scope.
	 */
	@Transactional(readOnly = true)
	public Optional<Organisation> findUnscoped(UUID id) {
		return this.memo.find(id, this.repository::findById);
	}

	@Transactional(readOnly = true)
	public Optional<Organisation> findByCode(String code, Scope scope) {
		return this.repository.findByCode(code).filter(org -> scope.covers(org.path(), org.areaCode()));
	}

	/**
	 * Organisations inside the scope matching a free-text term (name or code) and type,
	 * active ones first, by name.
	 */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> search(Scope scope, String term, OrganisationType type, boolean includeVoided,
			int limit) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		StringBuilder sql = new StringBuilder(
				"""
						SELECT o.id, o.code, o.name, o.org_type, o.parent_id, o.area_code, o.path, o.voided_at IS NOT NULL AS voided
						FROM organisation o WHERE\s""")
			.append(filter.sql());
		List<Object> params = new ArrayList<>();
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		if (term != null && !term.isBlank()) {
			sql.append(" AND (LOWER(o.name) LIKE ? OR LOWER(o.code) LIKE ?)");
			String like = "%" + term.trim().toLowerCase(Locale.ROOT) + "%";
			params.add(like);
			params.add(like);
		}
		if (type != null) {
			sql.append(" AND o.org_type = ?");
			params.add(type.name());
		}
		if (!includeVoided) {
			sql.append(" AND o.voided_at IS NULL");
		}
		sql.append(" ORDER BY o.name LIMIT ").append(limit);
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new OrganisationSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					OrganisationType.valueOf(rs.getString(4)), rs.getObject(5, UUID.class), rs.getString(6),
					rs.getString(7), rs.getBoolean(8)))
			.list();
	}

	/** How many active organisations of each type the scope holds. */
	@Transactional(readOnly = true)
	public java.util.Map<OrganisationType, Integer> countByType(Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = (filter.parameter() != null) ? List.of(filter.parameter()) : List.of();
		java.util.Map<OrganisationType, Integer> counts = new java.util.EnumMap<>(OrganisationType.class);
		this.jdbc
			.sql("SELECT o.org_type, COUNT(*) FROM organisation o WHERE %s AND o.voided_at IS NULL GROUP BY o.org_type"
				.formatted(filter.sql()))
			.params(params)
			.query((rs, n) -> counts.put(OrganisationType.valueOf(rs.getString(1)), rs.getInt(2)))
			.list();
		return counts;
	}

	/** The scope's organisations as a tree, in path order (parents before children). */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> tree(Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = (filter.parameter() != null) ? List.of(filter.parameter()) : List.of();
		return this.jdbc
			.sql("""
					SELECT o.id, o.code, o.name, o.org_type, o.parent_id, o.area_code, o.path, o.voided_at IS NOT NULL AS voided
					FROM organisation o WHERE %s ORDER BY o.path"""
				.formatted(filter.sql()))
			.params(params)
			.query((rs, n) -> new OrganisationSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					OrganisationType.valueOf(rs.getString(4)), rs.getObject(5, UUID.class), rs.getString(6),
					rs.getString(7), rs.getBoolean(8)))
			.list();
	}

	/** The organisations directly below one, inside the scope, in name order. */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> children(UUID parentId, Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(parentId);
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		return this.jdbc
			.sql("""
					SELECT o.id, o.code, o.name, o.org_type, o.parent_id, o.area_code, o.path, o.voided_at IS NOT NULL AS voided
					FROM organisation o WHERE o.parent_id = ? AND %s ORDER BY o.name"""
				.formatted(filter.sql()))
			.params(params)
			.query((rs, n) -> new OrganisationSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					OrganisationType.valueOf(rs.getString(4)), rs.getObject(5, UUID.class), rs.getString(6),
					rs.getString(7), rs.getBoolean(8)))
			.list();
	}

	/**
	 * The active BNNP and BNNK offices that may form or develop a unit: the unit's own
	 * ancestors (its BNNK and BNNP, even when they lie above the caller's scope) and
	 * those inside the caller's scope.
	 */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> supervisingOffices(Organisation unit, Scope scope) {
		Map<UUID, OrganisationSummary> offices = new LinkedHashMap<>();
		for (String part : unit.path().split("/")) {
			UUID ancestorId = Ids.parseOrNull(part);
			if (ancestorId != null) {
				this.repository.findById(ancestorId)
					.filter(org -> isOffice(org.type()) && !org.isVoided())
					.ifPresent(org -> offices.put(org.id(), summary(org)));
			}
		}
		for (OrganisationType type : List.of(OrganisationType.BNNP, OrganisationType.BNNK)) {
			search(scope, null, type, false, 500).forEach(org -> offices.putIfAbsent(org.id(), org));
		}
		return List.copyOf(offices.values());
	}

	/**
	 * Registered organisations a unit may name as a network partner: network partners
	 * anywhere in the scope, and health, rehabilitation and community organisations of
	 * the unit's own regency; active ones, by name, at most {@code limit}.
	 */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> partnerCandidates(Organisation unit, Scope scope, int limit) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		String area = unit.areaCode();
		String regency = (area != null && area.length() >= 5) ? area.substring(0, 5) : "";
		params.add(regency + "%");
		params.add(unit.id());
		String local = PARTNER_TYPES.stream().map(type -> "'" + type.name() + "'").collect(Collectors.joining(","));
		return this.jdbc
			.sql("""
					SELECT o.id, o.code, o.name, o.org_type, o.parent_id, o.area_code, o.path, o.voided_at IS NOT NULL AS voided
					FROM organisation o WHERE %s AND o.voided_at IS NULL
					AND (o.org_type = 'NETWORK_PARTNER' OR (o.org_type IN (%s) AND o.area_code LIKE ?))
					AND o.id <> ? ORDER BY o.name LIMIT %d"""
				.formatted(filter.sql(), local, limit))
			.params(params)
			.query((rs, n) -> new OrganisationSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					OrganisationType.valueOf(rs.getString(4)), rs.getObject(5, UUID.class), rs.getString(6),
					rs.getString(7), rs.getBoolean(8)))
			.list();
	}

	private static boolean isOffice(OrganisationType type) {
		return type == OrganisationType.BNNP || type == OrganisationType.BNNK;
	}

	private static OrganisationSummary summary(Organisation org) {
		return new OrganisationSummary(org.id(), org.code(), org.name(), org.type(), org.parentId(), org.areaCode(),
				org.path(), org.isVoided());
	}

	/**
	 * Registers an organisation. The parent must be inside the caller's scope, of a type
	 * this type may sit under, and its area must contain the new one's.
	 */
	public Organisation register(NewOrganisation command, Scope scope) {
		OrganisationType type = command.type();
		if (type == null) {
			throw new RuleViolation("type", "organisation.error.typeRequired");
		}
		String code = requireText("code", command.code(), CODE_MAX, "organisation.error.codeRequired");
		String name = requireText("name", command.name(), NAME_MAX, "organisation.error.nameRequired");
		Organisation parent = (command.parentId() != null) ? find(command.parentId(), scope)
			.orElseThrow(() -> new RuleViolation("parentId", "organisation.error.parentNotFound")) : null;
		if (parent == null && scope.kind() != Scope.Kind.NATIONAL) {
			throw new RuleViolation("parentId", "organisation.error.parentRequired");
		}
		if (parent != null && parent.isVoided()) {
			throw new RuleViolation("parentId", "organisation.error.parentVoided");
		}
		if (type.needsParent() && parent == null) {
			throw new RuleViolation("parentId", "organisation.error.parentRequired");
		}
		if (parent != null && !type.allowedParents().isEmpty() && !type.allowedParents().contains(parent.type())) {
			throw new RuleViolation("parentId", "organisation.error.parentType");
		}
		String areaCode = checkArea(type, command.areaCode(), parent);
		if (type == OrganisationType.IBM_UNIT) {
			if (command.formedOn() == null) {
				throw new RuleViolation("formedOn", "organisation.error.formedOnRequired");
			}
			notInFuture("formedOn", command.formedOn());
		}
		if (this.repository.findByCode(code).isPresent()) {
			throw new Conflict("code", "organisation.error.codeTaken", code);
		}
		if (command.id() != null && this.repository.existsById(command.id())) {
			throw new Conflict("id", "organisation.error.idTaken");
		}
		Organisation organisation = Organisation.create(command.id(), code, name, type, parent, areaCode);
		if (type == OrganisationType.IBM_UNIT) {
			organisation.formUnit(areaCode, command.formedOn());
		}
		Organisation saved = save(organisation);
		audit("organisation.registered", saved, type + " " + code);
		return saved;
	}

	/**
	 * Registers an organisation under an id the caller chose, so that a retried request
	 * does no harm: when the id is already stored with the same content, the stored
	 * organisation is answered; with different content (or outside the caller's scope)
	 * the retry is a conflict.
	 */
	public Registration registerIdempotently(NewOrganisation command, Scope scope) {
		if (command.id() != null) {
			Optional<Organisation> stored = this.repository.findById(command.id());
			if (stored.isPresent()) {
				Organisation existing = stored.get();
				if (scope.covers(existing.path(), existing.areaCode()) && sameContent(existing, command)) {
					return new Registration(existing, false);
				}
				throw new Conflict("id", "organisation.error.idTaken");
			}
		}
		return new Registration(register(command, scope), true);
	}

	private static boolean sameContent(Organisation existing, NewOrganisation command) {
		LocalDate formedOn = (existing.unit() != null) ? existing.unit().formedOn() : null;
		LocalDate askedFormedOn = (command.type() == OrganisationType.IBM_UNIT) ? command.formedOn() : null;
		return existing.type() == command.type() && Objects.equals(existing.code(), trimmed(command.code()))
				&& Objects.equals(existing.name(), trimmed(command.name()))
				&& Objects.equals(existing.parentId(), command.parentId())
				&& Objects.equals(existing.areaCode(), command.type().needsArea() ? trimmed(command.areaCode()) : null)
				&& Objects.equals(formedOn, askedFormedOn);
	}

	public Organisation edit(UUID id, String code, String name, String areaCode, Scope scope) {
		Organisation organisation = get(id, scope);
		String newCode = requireText("code", code, CODE_MAX, "organisation.error.codeRequired");
		String newName = requireText("name", name, NAME_MAX, "organisation.error.nameRequired");
		this.repository.findByCode(newCode).filter(other -> !other.id().equals(id)).ifPresent(other -> {
			throw new Conflict("code", "organisation.error.codeTaken", newCode);
		});
		Organisation parent = (organisation.parentId() != null)
				? this.repository.findById(organisation.parentId()).orElse(null) : null;
		String checkedArea = checkArea(organisation.type(), areaCode, parent);
		if (organisation.type() == OrganisationType.IBM_UNIT) {
			organisation.formUnit(checkedArea, organisation.unit().formedOn());
		}
		organisation.edit(newCode, newName, checkedArea);
		Organisation saved = save(organisation);
		audit("organisation.edited", saved, newCode);
		return saved;
	}

	/** Voids an organisation that has no active organisations below it. */
	public Organisation voidOrganisation(UUID id, String reason, Scope scope) {
		Organisation organisation = get(id, scope);
		String why = requireText("reason", reason, REASON_MAX, "organisation.error.reasonRequired");
		Integer activeChildren = this.jdbc
			.sql("SELECT COUNT(*) FROM organisation WHERE parent_id = ? AND voided_at IS NULL")
			.param(id)
			.query(Integer.class)
			.single();
		if (activeChildren > 0) {
			throw RuleViolation.of("organisation.error.hasActiveChildren", activeChildren);
		}
		organisation.voidWith(why, this.clock.instant());
		Organisation saved = save(organisation);
		audit("organisation.voided", saved, why);
		return saved;
	}

	public Organisation addDecree(UUID unitId, String number, LocalDate date, Scope scope) {
		Organisation unit = get(unitId, scope);
		String decreeNumber = requireText("number", number, DECREE_NUMBER_MAX,
				"organisation.error.decreeNumberRequired");
		if (date == null) {
			throw new RuleViolation("date", "organisation.error.dateRequired");
		}
		notInFuture("date", date);
		unit.addDecree(decreeNumber, date);
		Organisation saved = save(unit);
		audit("organisation.decreeAdded", saved, decreeNumber);
		return saved;
	}

	public Organisation addPartner(UUID unitId, String partnerName, String kind, UUID partnerOrganisationId,
			Scope scope) {
		Organisation unit = get(unitId, scope);
		String partner = requireText("partnerName", partnerName, NAME_MAX, "organisation.error.partnerNameRequired");
		String partnerKind = optionalText("kind", kind, PARTNER_KIND_MAX);
		if (partnerOrganisationId != null && this.repository.findById(partnerOrganisationId).isEmpty()) {
			throw new RuleViolation("partnerOrganisationId", "organisation.error.partnerNotFound");
		}
		unit.addPartner(partner, partnerKind, partnerOrganisationId);
		Organisation saved = save(unit);
		audit("organisation.partnerAdded", saved, partner);
		return saved;
	}

	public Organisation addFunding(UUID unitId, FundingSource source, long amount, int year, String note, Scope scope) {
		Organisation unit = get(unitId, scope);
		if (source == null) {
			throw new RuleViolation("source", "organisation.error.sourceRequired");
		}
		if (amount <= 0) {
			throw new RuleViolation("amount", "organisation.error.amountPositive");
		}
		checkYear(year);
		String fundingNote = optionalText("note", note, FUNDING_NOTE_MAX);
		unit.addFunding(source, amount, year, fundingNote);
		Organisation saved = save(unit);
		audit("organisation.fundingAdded", saved, source + " " + amount + " " + year);
		return saved;
	}

	/** Records that a BNNP/BNNK formed or developed the unit in a year. */
	public Organisation recordYearStatus(UUID unitId, int year, UnitYearStatus status, UUID byOrganisationId,
			Scope scope) {
		Organisation unit = get(unitId, scope);
		checkYear(year);
		if (status == null) {
			throw new RuleViolation("status", "organisation.error.statusRequired");
		}
		if (byOrganisationId == null) {
			throw new RuleViolation("byOrganisationId", "organisation.error.byNotBnn");
		}
		Organisation by = this.repository.findById(byOrganisationId)
			.filter(org -> isOffice(org.type()))
			.orElseThrow(() -> new RuleViolation("byOrganisationId", "organisation.error.byNotBnn"));
		unit.recordYearStatus(year, status, by.id());
		Organisation saved = save(unit);
		audit("organisation.yearStatusRecorded", saved, year + " " + status);
		return saved;
	}

	public Organisation recordPhase(UUID unitId, DevelopmentPhase phase, LocalDate assessedOn, String note,
			Scope scope) {
		Organisation unit = get(unitId, scope);
		if (phase == null) {
			throw new RuleViolation("phase", "organisation.error.phaseRequired");
		}
		if (assessedOn == null) {
			throw new RuleViolation("assessedOn", "organisation.error.dateRequired");
		}
		notInFuture("assessedOn", assessedOn);
		String phaseNote = optionalText("note", note, PHASE_NOTE_MAX);
		unit.recordPhase(phase, assessedOn, CurrentUser.name(), phaseNote);
		Organisation saved = save(unit);
		audit("organisation.phaseRecorded", saved, phase.name());
		return saved;
	}

	private String checkArea(OrganisationType type, String areaCode, Organisation parent) {
		if (!type.needsArea()) {
			return null;
		}
		if (areaCode == null || areaCode.isBlank()) {
			throw new RuleViolation("areaCode", "organisation.error.areaRequired");
		}
		if (areaCode.trim().length() > AREA_CODE_MAX) {
			throw new RuleViolation("areaCode", "organisation.error.tooLong", AREA_CODE_MAX);
		}
		Area area = this.areas.find(areaCode.trim())
			.orElseThrow(() -> new RuleViolation("areaCode", "organisation.error.areaNotFound", areaCode.trim()));
		AreaLevel level = type.areaLevel();
		if (level != null && area.level() != level) {
			throw new RuleViolation("areaCode", "organisation.error.areaLevel." + level.name());
		}
		if (parent != null && parent.areaCode() != null && !area.isWithin(parent.areaCode())) {
			throw new RuleViolation("areaCode", "organisation.error.areaOutsideParent");
		}
		return area.code();
	}

	private void notInFuture(String field, LocalDate date) {
		if (date.isAfter(LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Asia/Jakarta"))).plusDays(1))) {
			throw new RuleViolation(field, "organisation.error.dateInFuture");
		}
	}

	private void checkYear(int year) {
		int now = LocalDate.now(this.clock).getYear();
		if (year < 2000 || year > now + 1) {
			throw new RuleViolation("year", "organisation.error.yearRange", 2000, now + 1);
		}
	}

	private static String requireText(String field, String text, int max, String requiredKey) {
		if (text == null || text.isBlank()) {
			throw new RuleViolation(field, requiredKey);
		}
		String value = text.trim();
		if (value.length() > max) {
			throw new RuleViolation(field, "organisation.error.tooLong", max);
		}
		return value;
	}

	private static String optionalText(String field, String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.trim();
		if (value.length() > max) {
			throw new RuleViolation(field, "organisation.error.tooLong", max);
		}
		return value;
	}

	private static String trimmed(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	private void audit(String action, Organisation organisation, String detail) {
		this.events.publishEvent(new Audited(action, "organisation", organisation.id(), detail));
	}

	/**
	 * The outcome of an idempotent registration.
	 *
	 * @param created whether this call stored the organisation (false: it was already
	 * there with the same content)
	 */
	public record Registration(Organisation organisation, boolean created) {

	}

	/** Writes an organisation; what the transaction read before is read again. */
	private Organisation save(Organisation organisation) {
		this.memo.forget();
		Organisation saved = this.repository.save(organisation);
		this.memo.forget();
		return saved;
	}

}
