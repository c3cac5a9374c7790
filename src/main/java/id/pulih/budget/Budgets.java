package id.pulih.budget;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.pulih.organisation.Organisation;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.shared.Audited;
import id.pulih.shared.Conflict;
import id.pulih.shared.FundingSource;
import id.pulih.shared.Ids;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
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
 * Keeps allocations and activity costs.
 * <p>
 * <b>Allocations.</b> One per (year, organisation, funding source, line). Setting one
 * creates it or revises its amount; every setting is kept with who made it, and setting
 * the same amount and note again changes nothing (so a retried PUT is harmless). A caller
 * who says which version it saw gets a {@link Conflict} when someone revised it since.
 * <p>
 * <b>Costs.</b> Money spent on an activity, counted in the year of its date. A cost may
 * carry an id chosen by the client: the same id with the same content answers the stored
 * cost, with other content it is a {@link Conflict}. A wrong cost is voided with a
 * reason, never deleted.
 * <p>
 * Every command checks all its fields and refuses with all broken rules at once (nothing
 * is written), takes the organisation inside the caller's scope (one outside it is
 * reported as not found), runs in one transaction, and is audited. Reads take the
 * caller's scope in the SQL.
 */
@Service
@Transactional
public class Budgets {

	/** The largest amount of one allocation or cost: Rp 10,000,000,000,000 (10^13). */
	public static final long AMOUNT_MAX = 10_000_000_000_000L;

	static final int TEXT_MAX = 500;

	static final int FIRST_YEAR = 2000;

	/** How many years ahead an allocation may be set. */
	static final int YEARS_AHEAD = 5;

	private final AllocationRepository allocations;

	private final ActivityCostRepository costs;

	private final Organisations organisations;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Budgets(AllocationRepository allocations, ActivityCostRepository costs, Organisations organisations,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.allocations = allocations;
		this.costs = costs;
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sets an allocation: creates it, revises it, or (same amount and note) leaves it.
	 * @throws RuleViolation naming every broken rule
	 * @throws Conflict when the caller saw an older version than the stored one
	 */
	public AllocationSet setAllocation(SetAllocation command, PulihUser by) {
		requireRole(BudgetRoles.canAllocate(by));
		List<RuleViolation> violations = checkAllocation(command, by);
		InvalidBudgetInput.throwIfAny(violations);
		Organisation organisation = organisation(command.organisationId(), by);
		int year = command.year();
		FundingSource source = command.source();
		BudgetLine line = command.line();
		long amount = command.amount();
		String note = blankToNull(command.note());
		Optional<UUID> storedId = this.jdbc
			.sql("SELECT id FROM budget_allocation WHERE budget_year = ? AND organisation_id = ? AND source = ? "
					+ "AND line = ?")
			.params(year, organisation.id(), source.name(), line.name())
			.query(UUID.class)
			.optional();
		Instant now = this.clock.instant();
		if (storedId.isEmpty()) {
			Allocation saved = this.allocations.save(Allocation.open(organisation.id(), organisation.provinceCode(),
					year, source, line, amount, note, by.getUsername(), now));
			audit("budget.allocation.set", "budget_allocation", saved.id(),
					year + " " + source + " " + line + " " + amount);
			return new AllocationSet(saved, Change.CREATED);
		}
		Allocation allocation = this.allocations.findById(storedId.get())
			.orElseThrow(() -> new RecordNotFound("allocation"));
		if (allocation.sameAs(amount, note)) {
			return new AllocationSet(allocation, Change.UNCHANGED);
		}
		AllocationRevision revision = allocation.revise(amount, note, command.version(), by.getUsername(), now);
		Allocation saved = this.allocations.save(allocation);
		audit("budget.allocation.revised", "budget_allocation", saved.id(),
				year + " " + source + " " + line + " " + revision.previousAmount() + " -> " + amount);
		return new AllocationSet(saved, Change.REVISED);
	}

	/** Every rule an allocation command breaks (nothing is written). */
	@Transactional(readOnly = true)
	public List<RuleViolation> checkAllocation(SetAllocation command, PulihUser by) {
		List<RuleViolation> violations = new ArrayList<>();
		LocalDate today = today(by);
		Integer year = command.year();
		if (year == null) {
			violations.add(new RuleViolation("year", "budget.error.yearRequired"));
		}
		else if (year < FIRST_YEAR || year > today.getYear() + YEARS_AHEAD) {
			violations.add(new RuleViolation("year", "budget.error.yearRange", String.valueOf(FIRST_YEAR),
					String.valueOf(today.getYear() + YEARS_AHEAD)));
		}
		checkOrganisation(command.organisationId(), by, violations);
		checkCommon(command.source(), command.line(), command.amount(), violations);
		checkLength("note", command.note(), violations);
		return violations;
	}

	/**
	 * Records an activity cost, or answers the stored one when the same id comes again
	 * with the same content.
	 * @throws RuleViolation naming every broken rule
	 * @throws Conflict when the id is taken by other content
	 */
	public CostRecorded recordCost(NewCost command, PulihUser by) {
		requireRole(BudgetRoles.canRecordCosts(by));
		if (command.id() != null) {
			Optional<ActivityCost> stored = this.costs.findById(command.id());
			if (stored.isPresent()) {
				if (isCostVisible(command.id(), by.scope()) && sameCost(stored.get(), command, by)) {
					return new CostRecorded(stored.get(), false);
				}
				throw new Conflict("id", "budget.error.idTaken");
			}
		}
		List<RuleViolation> violations = checkCost(command, by);
		InvalidBudgetInput.throwIfAny(violations);
		Organisation organisation = organisation(command.organisationId(), by);
		ActivityCost cost = ActivityCost.record((command.id() != null) ? command.id() : Ids.newId(), organisation.id(),
				organisation.provinceCode(), command.spentOn(), command.source(), command.line(), command.amount(),
				command.description().strip());
		ActivityCost saved = this.costs.save(cost);
		audit("budget.cost.recorded", "budget_cost", saved.id(),
				saved.spentOn() + " " + saved.source() + " " + saved.line() + " " + saved.amount());
		return new CostRecorded(saved, true);
	}

	/** Every rule a cost command breaks (nothing is written). */
	@Transactional(readOnly = true)
	public List<RuleViolation> checkCost(NewCost command, PulihUser by) {
		List<RuleViolation> violations = new ArrayList<>();
		LocalDate spentOn = command.spentOn();
		if (spentOn == null) {
			violations.add(new RuleViolation("spentOn", "budget.error.dateRequired"));
		}
		else if (spentOn.isAfter(today(by))) {
			violations.add(new RuleViolation("spentOn", "budget.error.dateInFuture"));
		}
		else if (spentOn.getYear() < FIRST_YEAR) {
			violations.add(new RuleViolation("spentOn", "budget.error.dateTooEarly", String.valueOf(FIRST_YEAR)));
		}
		checkOrganisation(command.organisationId(), by, violations);
		checkCommon(command.source(), command.line(), command.amount(), violations);
		if (command.description() == null || command.description().isBlank()) {
			violations.add(new RuleViolation("description", "budget.error.descriptionRequired"));
		}
		else {
			checkLength("description", command.description(), violations);
		}
		return violations;
	}

	/**
	 * Voids a cost with a reason: it stays on record and no longer counts. Voiding it
	 * again changes nothing.
	 * @throws RecordNotFound when the cost is missing or outside the scope
	 * @throws RuleViolation when the reason is missing or too long
	 */
	public ActivityCost voidCost(UUID id, @Nullable String reason, PulihUser by) {
		requireRole(BudgetRoles.canRecordCosts(by));
		ActivityCost cost = cost(id, by.scope());
		Organisation organisation = this.organisations.get(cost.organisationId(), by.scope());
		if (!BudgetRoles.keepsBudgetOf(by, organisation.type())) {
			throw RuleViolation.of("budget.error.organisationType");
		}
		List<RuleViolation> violations = new ArrayList<>();
		checkLength("reason", reason, violations);
		InvalidBudgetInput.throwIfAny(violations);
		if (!cost.voidWith(reason, by.getUsername(), this.clock.instant())) {
			return cost;
		}
		ActivityCost saved = this.costs.save(cost);
		audit("budget.cost.voided", "budget_cost", saved.id(), saved.voidReason());
		return saved;
	}

	/** An allocation inside the scope. */
	@Transactional(readOnly = true)
	public Optional<Allocation> findAllocation(@Nullable UUID id, Scope scope) {
		if (id == null || !isVisible("budget_allocation", id, scope)) {
			return Optional.empty();
		}
		return this.allocations.findById(id);
	}

	/** A cost inside the scope, or {@link RecordNotFound}. */
	@Transactional(readOnly = true)
	public ActivityCost cost(UUID id, Scope scope) {
		if (!isCostVisible(id, scope)) {
			throw new RecordNotFound("cost");
		}
		return this.costs.findById(id).orElseThrow(() -> new RecordNotFound("cost"));
	}

	/**
	 * The allocations of a year for an organisation and its descendants (or the whole
	 * scope), by organisation, line and source; at most {@code limit}.
	 * @throws RecordNotFound when the organisation is missing or outside the scope
	 */
	@Transactional(readOnly = true)
	public List<AllocationLine> allocations(Scope scope, int year, @Nullable UUID organisationId, int limit) {
		Subtree subtree = subtree(scope, organisationId);
		List<Object> params = new ArrayList<>();
		params.add(year);
		params.addAll(subtree.parameters());
		return this.jdbc
			.sql("""
					SELECT a.id, a.organisation_id, o.name, a.budget_year, a.source, a.line, a.amount, a.note,
					       a.updated_at, a.updated_by, a.version,
					       (SELECT COUNT(*) FROM budget_allocation_revision r WHERE r.allocation_id = a.id)
					FROM budget_allocation a JOIN organisation o ON o.id = a.organisation_id
					WHERE a.budget_year = ? AND\s""" + subtree.sql()
					+ " ORDER BY o.name, a.organisation_id, a.line, a.source LIMIT " + limit)
			.params(params)
			.query((rs, row) -> new AllocationLine(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), rs.getInt(4), FundingSource.valueOf(rs.getString(5)),
					BudgetLine.valueOf(rs.getString(6)), rs.getLong(7), rs.getString(8),
					rs.getObject(9, OffsetDateTime.class).toInstant(), rs.getString(10), rs.getInt(11), rs.getInt(12)))
			.list();
	}

	/**
	 * The costs of a year for an organisation and its descendants (or the whole scope),
	 * newest first; at most {@code limit}.
	 * @throws RecordNotFound when the organisation is missing or outside the scope
	 */
	@Transactional(readOnly = true)
	public List<CostLine> costs(Scope scope, int year, @Nullable UUID organisationId, boolean includeVoided,
			int limit) {
		Subtree subtree = subtree(scope, organisationId);
		List<Object> params = new ArrayList<>();
		params.add(year);
		params.addAll(subtree.parameters());
		return this.jdbc
			.sql("""
					SELECT c.id, c.organisation_id, o.name, c.spent_on, c.source, c.line, c.amount, c.description,
					       c.created_by, c.voided_at IS NOT NULL, c.void_reason, o.org_type
					FROM budget_cost c JOIN organisation o ON o.id = c.organisation_id
					WHERE c.budget_year = ? AND\s""" + subtree.sql() + (includeVoided ? "" : " AND c.voided_at IS NULL")
					+ " ORDER BY c.spent_on DESC, c.id DESC LIMIT " + limit)
			.params(params)
			.query((rs, row) -> new CostLine(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getObject(4, LocalDate.class), FundingSource.valueOf(rs.getString(5)),
					BudgetLine.valueOf(rs.getString(6)), rs.getLong(7), rs.getString(8), rs.getString(9),
					rs.getBoolean(10), rs.getString(11), OrganisationType.valueOf(rs.getString(12))))
			.list();
	}

	/**
	 * The organisations of the user's scope a budget page may show or a form may name, by
	 * name, matching a term (name or code; blank: all), at most {@code limit}. Only
	 * active organisations that keep a budget (not IBM units or network partners) are
	 * chosen, in the SQL, so none of them is crowded out by the others; with
	 * {@code keptOnly}, only those whose budget the user keeps ({@link BudgetRoles}).
	 */
	@Transactional(readOnly = true)
	public List<OrganisationChoice> organisationChoices(PulihUser user, @Nullable String term, boolean keptOnly,
			int limit) {
		Scope.ScopeFilter filter = user.scope().organisationFilter("o");
		StringBuilder sql = new StringBuilder("SELECT o.id, o.code, o.name, o.org_type FROM organisation o WHERE ")
			.append(filter.sql())
			.append(" AND o.voided_at IS NULL AND o.org_type NOT IN (")
			.append(typeList(BudgetRoles.NOT_CHOSEN))
			.append(")");
		List<Object> params = new ArrayList<>();
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		if (keptOnly && user.role() == Role.REHABILITATION_OFFICER) {
			sql.append(" AND o.org_type IN (").append(typeList(BudgetRoles.BNN_OFFICES)).append(")");
		}
		if (term != null && !term.isBlank()) {
			String like = "%" + term.strip()
				.toLowerCase(Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%";
			sql.append(" AND (LOWER(o.name) LIKE ? ESCAPE '\\' OR LOWER(o.code) LIKE ? ESCAPE '\\')");
			params.add(like);
			params.add(like);
		}
		sql.append(" ORDER BY o.name, o.id LIMIT ?");
		params.add(Math.max(1, limit));
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new OrganisationChoice(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					OrganisationType.valueOf(rs.getString(4))))
			.list();
	}

	/**
	 * One organisation as {@link #organisationChoices} would offer it, whatever the term
	 * and limit: inside the scope, active, keeping a budget (and, with {@code keptOnly},
	 * one whose budget the user keeps); else empty.
	 */
	@Transactional(readOnly = true)
	public Optional<OrganisationChoice> organisationChoice(PulihUser user, @Nullable UUID id, boolean keptOnly) {
		if (id == null) {
			return Optional.empty();
		}
		return this.organisations.find(id, user.scope())
			.filter(o -> !o.isVoided() && !BudgetRoles.NOT_CHOSEN.contains(o.type()))
			.filter(o -> !keptOnly || BudgetRoles.keepsBudgetOf(user, o.type()))
			.map(o -> new OrganisationChoice(o.id(), o.code(), o.name(), o.type()));
	}

	/** Today in the user's time zone (Jakarta time without one). */
	public LocalDate today(@Nullable PulihUser user) {
		ZoneId zone = PulihUser.zoneOf(user);
		return LocalDate.now(this.clock.withZone(zone));
	}

	/**
	 * The organisations a query may cover: the whole scope, or the chosen organisation
	 * and its descendants.
	 * @throws RecordNotFound when the organisation is missing or outside the scope
	 */
	Subtree subtree(Scope scope, @Nullable UUID organisationId) {
		if (organisationId == null) {
			return new Subtree(scope, null);
		}
		return new Subtree(scope, this.organisations.get(organisationId, scope).path());
	}

	private void checkOrganisation(@Nullable UUID organisationId, PulihUser by, List<RuleViolation> violations) {
		try {
			organisation(organisationId, by);
		}
		catch (RuleViolation ex) {
			violations.add(ex);
		}
	}

	/**
	 * The organisation a command names (or the user's own): inside the scope, not voided,
	 * and one whose budget the user keeps.
	 */
	private Organisation organisation(@Nullable UUID organisationId, PulihUser by) {
		UUID id = organisationId;
		if (id == null && by.scope().kind() == Scope.Kind.ORGANISATION) {
			id = by.scope().organisationId();
		}
		if (id == null) {
			throw new RuleViolation("organisationId", "budget.error.organisationRequired");
		}
		Organisation organisation = this.organisations.find(id, by.scope())
			.orElseThrow(() -> new RuleViolation("organisationId", "budget.error.organisationNotFound"));
		if (organisation.isVoided()) {
			throw new RuleViolation("organisationId", "budget.error.organisationVoided");
		}
		if (!BudgetRoles.keepsBudgetOf(by, organisation.type())) {
			throw new RuleViolation("organisationId", "budget.error.organisationType");
		}
		return organisation;
	}

	private static void checkCommon(@Nullable FundingSource source, @Nullable BudgetLine line, @Nullable Long amount,
			List<RuleViolation> violations) {
		if (source == null) {
			violations.add(new RuleViolation("source", "budget.error.sourceRequired"));
		}
		if (line == null) {
			violations.add(new RuleViolation("line", "budget.error.lineRequired"));
		}
		if (amount == null) {
			violations.add(new RuleViolation("amount", "budget.error.amountRequired"));
		}
		else if (amount <= 0) {
			violations.add(new RuleViolation("amount", "budget.error.amountPositive"));
		}
		else if (amount > AMOUNT_MAX) {
			violations.add(new RuleViolation("amount", "budget.error.amountTooLarge"));
		}
	}

	private static void checkLength(String field, @Nullable String text, List<RuleViolation> violations) {
		if (text != null && text.strip().length() > TEXT_MAX) {
			violations.add(new RuleViolation(field, "budget.error.tooLong", String.valueOf(TEXT_MAX)));
		}
	}

	private boolean sameCost(ActivityCost stored, NewCost command, PulihUser by) {
		UUID organisation = (command.organisationId() != null) ? command.organisationId()
				: (by.scope().kind() == Scope.Kind.ORGANISATION) ? by.scope().organisationId() : null;
		return organisation != null && command.spentOn() != null && command.source() != null && command.line() != null
				&& command.amount() != null && command.description() != null
				&& stored.sameAs(organisation, command.spentOn(), command.source(), command.line(), command.amount(),
						command.description().strip());
	}

	private boolean isCostVisible(UUID id, Scope scope) {
		return isVisible("budget_cost", id, scope);
	}

	private boolean isVisible(String table, UUID id, Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(id);
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		return this.jdbc
			.sql("SELECT COUNT(*) FROM " + table + " x JOIN organisation o ON o.id = x.organisation_id "
					+ "WHERE x.id = ? AND " + filter.sql())
			.params(params)
			.query(Long.class)
			.single() > 0;
	}

	private static String typeList(Set<OrganisationType> types) {
		return types.stream().map(type -> "'" + type.name() + "'").sorted().collect(Collectors.joining(", "));
	}

	private static void requireRole(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("role may not keep budgets");
		}
	}

	private void audit(String action, String type, UUID id, @Nullable String detail) {
		this.events.publishEvent(new Audited(action, type, id, detail));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** What setting an allocation did. */
	public enum Change {

		CREATED, REVISED, UNCHANGED

	}

	/** The allocation after it was set, and what setting it did. */
	public record AllocationSet(Allocation allocation, Change change) {

	}

	/** The cost, and whether it was recorded now (false: a repeat of a stored one). */
	public record CostRecorded(ActivityCost cost, boolean created) {

	}

	/**
	 * One allocation in a list.
	 *
	 * @param revisions how many times the amount was set (1: never revised)
	 */
	public record AllocationLine(UUID id, UUID organisationId, String organisationName, int year, FundingSource source,
			BudgetLine line, long amount, @Nullable String note, Instant updatedAt, String updatedBy, int version,
			int revisions) {

	}

	/** An organisation to choose on the budget page. */
	public record OrganisationChoice(UUID id, String code, String name, OrganisationType type) {

	}

	/** One cost in a list. */
	public record CostLine(UUID id, UUID organisationId, String organisationName, LocalDate spentOn,
			FundingSource source, BudgetLine line, long amount, String description, String createdBy, boolean voided,
			@Nullable String voidReason, OrganisationType organisationType) {

	}

}
