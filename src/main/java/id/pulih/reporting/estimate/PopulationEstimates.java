package id.pulih.reporting.estimate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.pulih.geography.Area;
import id.pulih.geography.Areas;
import id.pulih.organisation.Organisation;
import id.pulih.organisation.Organisations;
import id.pulih.shared.Audited;
import id.pulih.shared.Conflict;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the population estimates programme managers enter per area and year, and gives
 * reports their denominators.
 * <p>
 * <b>Entering.</b> One estimate per (area, year), for a Kemendagri area or the nation
 * ({@value #NATION}). Only a programme manager whose scope covers the area enters it: a
 * manager of {@code 32} enters {@code 32}, {@code 32.01} and everything below; a national
 * manager enters the nation and everything. An area outside the scope answers
 * {@link RecordNotFound}, like a missing record. The caller says which version it read
 * (none for a new estimate); when the stored estimate is another, the command is refused
 * as a {@link Conflict} and nothing is written. Entering the same figures and note again
 * changes nothing, so a repeated request is harmless. Every command checks all its fields
 * and refuses with all broken rules at once, runs in one transaction, and is audited.
 * <p>
 * <b>Denominators.</b> Estimates are published planning figures, so any report may read
 * the denominators of any area: each figure is the area's own entry, else the sum over
 * the areas below it (see {@link EstimateTree}).
 */
@Service
@Transactional
public class PopulationEstimates {

	/** The code that stands for the whole nation; its children are the provinces. */
	public static final String NATION = "ID";

	/** The largest figure of an estimate: 10^9 people. */
	public static final long FIGURE_MAX = 1_000_000_000L;

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	static final int NOTE_MAX = 500;

	private static final List<String> FIGURES = List.of("pwid", "opioidPwid", "pwidHiv");

	/** The fields in the order a form shows them; rules of no one field come last. */
	private static final List<String> FORM_ORDER = List.of("version", "areaCode", "year", "pwid", "opioidPwid",
			"pwidHiv", "sourceNote");

	private static final String FIGURE_REQUIRED = "estimate.error.figureRequired";

	private static final String COLUMNS = "id, area_code, estimate_year, pwid, opioid_pwid, pwid_hiv, source_note, "
			+ "updated_at, updated_by, version";

	private final PopulationEstimateRepository estimates;

	private final Areas areas;

	private final Organisations organisations;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PopulationEstimates(PopulationEstimateRepository estimates, Areas areas, Organisations organisations,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.estimates = estimates;
		this.areas = areas;
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Enters the estimate of an area for a year, or corrects it.
	 * @throws AccessDeniedException when the user is not a programme manager
	 * @throws RecordNotFound when the area lies outside the user's scope
	 * @throws RuleViolation naming every broken rule
	 * @throws Conflict when the caller read another version than the stored one
	 */
	public Estimate set(PulihUser user, SetEstimate command) {
		return apply(user, command).estimate();
	}

	/**
	 * As {@link #set}, also saying whether the estimate was created, corrected or left.
	 */
	Outcome apply(PulihUser user, SetEstimate command) {
		return apply(user, command, List.of());
	}

	/**
	 * As {@link #set}, for a command some of whose inputs could not be read (they are
	 * null in the command): those are refused with the command's other broken rules.
	 */
	Outcome apply(PulihUser user, SetEstimate command, List<RuleViolation> unreadable) {
		if (!EstimateRoles.canSet(user)) {
			throw new AccessDeniedException("only programme managers enter population estimates");
		}
		String areaCode = normalise(command.areaCode());
		if (areaCode != null && isKnownArea(areaCode) && !mayEstimate(user, areaCode)) {
			throw new RecordNotFound("estimate");
		}
		InvalidEstimate.throwIfAny(merge(unreadable, checkFields(command)));
		int year = command.year();
		Long pwid = command.pwid();
		Long opioidPwid = command.opioidPwid();
		Long pwidHiv = command.pwidHiv();
		String note = blankToNull(command.sourceNote());
		Optional<PopulationEstimate> stored = this.estimates.findByAreaCodeAndEstimateYear(areaCode, year);
		if (stored.isEmpty()) {
			if (command.version() != null) {
				throw new Conflict("version", "estimate.error.stale");
			}
			PopulationEstimate saved = insert(PopulationEstimate.enter(areaCode, provinceOf(areaCode), year, pwid,
					opioidPwid, pwidHiv, note, user.getUsername(), this.clock.instant()));
			audit(saved, areaCode + " " + year + " " + saved.figures());
			return new Outcome(view(saved), Change.CREATED);
		}
		PopulationEstimate estimate = stored.get();
		if (estimate.sameAs(pwid, opioidPwid, pwidHiv, note)) {
			return new Outcome(view(estimate), Change.UNCHANGED);
		}
		String before = estimate.figures();
		estimate.correct(pwid, opioidPwid, pwidHiv, note, command.version(), user.getUsername(), this.clock.instant());
		PopulationEstimate saved = this.estimates.save(estimate);
		audit(saved, areaCode + " " + year + " " + saved.figures() + " (was " + before + ")");
		return new Outcome(view(saved), Change.CORRECTED);
	}

	/**
	 * Every rule the command breaks for this user (nothing is written), an area outside
	 * the user's scope included: for forms, which show each beside its field.
	 */
	@Transactional(readOnly = true)
	public List<RuleViolation> check(PulihUser user, SetEstimate command) {
		List<RuleViolation> violations = checkFields(command);
		String areaCode = normalise(command.areaCode());
		if (areaCode != null && isKnownArea(areaCode) && !mayEstimate(user, areaCode)) {
			violations.add(new RuleViolation("areaCode", "estimate.error.areaOutOfScope"));
		}
		return violations;
	}

	/**
	 * The inputs that could not be read and the rules the command breaks, in the order of
	 * the form, each field once: an unreadable input is reported as such, not also as
	 * missing (nor are all figures said to be missing when one could not be read).
	 */
	static List<RuleViolation> merge(List<RuleViolation> unreadable, List<RuleViolation> broken) {
		Set<String> fields = unreadable.stream()
			.map(RuleViolation::field)
			.filter(field -> field != null)
			.collect(Collectors.toSet());
		boolean figureUnreadable = FIGURES.stream().anyMatch(fields::contains);
		List<RuleViolation> all = new ArrayList<>(unreadable);
		for (RuleViolation violation : broken) {
			if (violation.field() == null ? !(figureUnreadable && violation.messageKey().equals(FIGURE_REQUIRED))
					: !fields.contains(violation.field())) {
				all.add(violation);
			}
		}
		all.sort(Comparator.comparingInt(v -> (v.field() != null && FORM_ORDER.contains(v.field()))
				? FORM_ORDER.indexOf(v.field()) : FORM_ORDER.size()));
		return all;
	}

	/** Whether the user may enter the estimate of the area. */
	public boolean mayEstimate(PulihUser user, String areaCode) {
		if (!EstimateRoles.canSet(user)) {
			return false;
		}
		Scope scope = user.scope();
		if (areaCode.equals(NATION)) {
			return scope.kind() == Scope.Kind.NATIONAL;
		}
		return scope.coversArea(areaCode);
	}

	/** The estimate of an area for a year, as entered (whoever asks: it is published). */
	@Transactional(readOnly = true)
	public Optional<Estimate> find(String areaCode, int year) {
		String code = normalise(areaCode);
		if (code == null) {
			return Optional.empty();
		}
		return this.estimates.findByAreaCodeAndEstimateYear(code, year).map(this::view);
	}

	/**
	 * The estimates of a year that concern the scope: for a national scope all of them;
	 * otherwise those of the scope's area and every area below it, and of the areas above
	 * it (up to the nation), which are read but entered by others. An organisation scope
	 * stands for the organisation's area. The nation comes first, then areas by code (so
	 * each area is followed by those below it).
	 */
	@Transactional(readOnly = true)
	public List<Estimate> list(Scope scope, int year) {
		return list(scope, year, null);
	}

	/**
	 * As {@link #list(Scope, int)}, narrowed to one area and those below it when
	 * {@code within} is given.
	 */
	@Transactional(readOnly = true)
	public List<Estimate> list(Scope scope, int year, @Nullable String within) {
		String top = topArea(scope);
		String narrowed = normalise(within);
		List<Estimate> rows;
		if (top.equals(NATION)) {
			rows = this.jdbc.sql("SELECT " + COLUMNS + " FROM rpt_population_estimate WHERE estimate_year = ?")
				.param(year)
				.query(this::estimate)
				.list();
		}
		else {
			rows = this.jdbc
				.sql("SELECT " + COLUMNS + " FROM rpt_population_estimate WHERE estimate_year = ? "
						+ "AND (area_code = ? OR province_code = ?)")
				.params(year, NATION, EstimateTree.provinceOf(top))
				.query(this::estimate)
				.list()
				.stream()
				.filter(e -> e.areaCode().equals(top) || EstimateTree.isBelow(e.areaCode(), top)
						|| EstimateTree.isBelow(top, e.areaCode()))
				.toList();
		}
		return rows.stream()
			.filter(e -> narrowed == null || e.areaCode().equals(narrowed)
					|| EstimateTree.isBelow(e.areaCode(), narrowed))
			.sorted(Comparator.comparing((Estimate e) -> !e.areaCode().equals(NATION))
				.thenComparing(Estimate::areaCode))
			.toList();
	}

	/**
	 * The area a scope stands for: the nation, the scope's area, or an organisation's
	 * area (the nation for an organisation without one).
	 */
	@Transactional(readOnly = true)
	public String topArea(Scope scope) {
		return switch (scope.kind()) {
			case NATIONAL -> NATION;
			case AREA -> scope.areaCode();
			case ORGANISATION -> this.organisations.find(scope.organisationId(), scope)
				.map(Organisation::areaCode)
				.filter(code -> code != null && !code.isBlank())
				.orElse(NATION);
		};
	}

	/**
	 * The figures a report divides by for an area and year, whoever asks. Each figure is
	 * the area's own entry when there is one, else the sum over the areas below it (each
	 * taking its own entry or, further down, the sum below it), else null; the result
	 * says which figures were summed.
	 * @param areaCode a Kemendagri area code, or {@value #NATION}
	 */
	@Transactional(readOnly = true)
	public Denominators denominators(String areaCode, int year) {
		return denominators(List.of(areaCode), year).get(areaCode);
	}

	/**
	 * The denominators of several areas for a year (e.g. every row of a drill-down), read
	 * in one query; by the codes as given, in their order.
	 */
	@Transactional(readOnly = true)
	public Map<String, Denominators> denominators(Collection<String> areaCodes, int year) {
		Map<String, String> codes = new LinkedHashMap<>();
		for (String given : areaCodes) {
			String code = normalise(given);
			codes.put(given, (code != null) ? code : "");
		}
		EstimateTree tree = new EstimateTree(entries(codes.values(), year));
		Map<String, Denominators> result = new LinkedHashMap<>();
		codes.forEach((given, code) -> result.put(given, code.isEmpty() ? Denominators.NONE : tree.of(code)));
		return result;
	}

	/** Today in the user's time zone. */
	public LocalDate today(@Nullable PulihUser user) {
		return LocalDate.now(this.clock.withZone(PulihUser.zoneOf(user)));
	}

	/** The figures entered for a year for the areas and everything below them. */
	private List<EstimateTree.Entry> entries(Collection<String> codes, int year) {
		Set<String> provinces = codes.stream()
			.filter(code -> !code.isEmpty() && !code.equals(NATION))
			.map(EstimateTree::provinceOf)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		boolean nation = codes.contains(NATION);
		if (!nation && provinces.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder(
				"SELECT area_code, pwid, opioid_pwid, pwid_hiv FROM rpt_population_estimate WHERE estimate_year = ?");
		List<Object> params = new ArrayList<>();
		params.add(year);
		if (!nation) {
			sql.append(" AND province_code IN (")
				.append(provinces.stream().map(p -> "?").collect(Collectors.joining(", ")))
				.append(")");
			params.addAll(provinces);
		}
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, row) -> new EstimateTree.Entry(rs.getString(1), nullableLong(rs, 2), nullableLong(rs, 3),
					nullableLong(rs, 4)))
			.list();
	}

	private List<RuleViolation> checkFields(SetEstimate command) {
		List<RuleViolation> violations = new ArrayList<>();
		String areaCode = normalise(command.areaCode());
		if (areaCode == null) {
			violations.add(new RuleViolation("areaCode", "estimate.error.areaRequired"));
		}
		else if (!isKnownArea(areaCode)) {
			violations.add(new RuleViolation("areaCode", "estimate.error.areaUnknown"));
		}
		Integer year = command.year();
		if (year == null) {
			violations.add(new RuleViolation("year", "estimate.error.yearRequired"));
		}
		else if (year < FIRST_YEAR || year > LAST_YEAR) {
			violations.add(new RuleViolation("year", "estimate.error.yearRange", String.valueOf(FIRST_YEAR),
					String.valueOf(LAST_YEAR)));
		}
		boolean pwidValid = checkFigure("pwid", command.pwid(), violations);
		boolean opioidValid = checkFigure("opioidPwid", command.opioidPwid(), violations);
		boolean hivValid = checkFigure("pwidHiv", command.pwidHiv(), violations);
		if (command.pwid() == null && command.opioidPwid() == null && command.pwidHiv() == null) {
			violations.add(RuleViolation.of(FIGURE_REQUIRED));
		}
		if (pwidValid && opioidValid && command.pwid() != null && command.opioidPwid() != null
				&& command.opioidPwid() > command.pwid()) {
			violations.add(new RuleViolation("opioidPwid", "estimate.error.opioidAbovePwid"));
		}
		if (pwidValid && hivValid && command.pwid() != null && command.pwidHiv() != null
				&& command.pwidHiv() > command.pwid()) {
			violations.add(new RuleViolation("pwidHiv", "estimate.error.hivAbovePwid"));
		}
		if (command.sourceNote() != null && command.sourceNote().strip().length() > NOTE_MAX) {
			violations.add(new RuleViolation("sourceNote", "estimate.error.noteTooLong", String.valueOf(NOTE_MAX)));
		}
		return violations;
	}

	/**
	 * Adds what is wrong with one figure; answers whether it is a valid figure or none.
	 */
	private static boolean checkFigure(String field, @Nullable Long figure, List<RuleViolation> violations) {
		if (figure == null) {
			return true;
		}
		if (figure < 1) {
			violations.add(new RuleViolation(field, "estimate.error.figureMin"));
			return false;
		}
		if (figure > FIGURE_MAX) {
			violations.add(new RuleViolation(field, "estimate.error.figureMax"));
			return false;
		}
		return true;
	}

	private boolean isKnownArea(String code) {
		return code.equals(NATION) || this.areas.find(code).isPresent();
	}

	/**
	 * Inserts a new estimate. Two managers entering the same area and year at once: the
	 * second finds the first's row in the unique index and is told it exists.
	 */
	private PopulationEstimate insert(PopulationEstimate estimate) {
		try {
			return this.estimates.save(estimate);
		}
		catch (DataAccessException ex) {
			if (ex instanceof DuplicateKeyException || ex.getCause() instanceof DuplicateKeyException) {
				throw new Conflict("areaCode", "estimate.error.exists");
			}
			throw ex;
		}
	}

	private Estimate view(PopulationEstimate estimate) {
		Integer version = estimate.version();
		return new Estimate(estimate.id(), estimate.areaCode(), areaName(estimate.areaCode()), estimate.year(),
				estimate.pwid(), estimate.opioidPwid(), estimate.pwidHiv(), estimate.sourceNote(), estimate.updatedAt(),
				estimate.updatedBy(), (version != null) ? version : 0);
	}

	private Estimate estimate(ResultSet rs, int row) throws SQLException {
		String areaCode = rs.getString(2);
		return new Estimate(rs.getObject(1, UUID.class), areaCode, areaName(areaCode), rs.getInt(3),
				nullableLong(rs, 4), nullableLong(rs, 5), nullableLong(rs, 6), rs.getString(7),
				rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getString(9), rs.getInt(10));
	}

	private @Nullable String areaName(String code) {
		return code.equals(NATION) ? null : this.areas.find(code).map(Area::name).orElse(null);
	}

	private void audit(PopulationEstimate estimate, String detail) {
		this.events.publishEvent(new Audited("estimate.set", "rpt_population_estimate", estimate.id(), detail));
	}

	private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable String provinceOf(String areaCode) {
		return areaCode.equals(NATION) ? null : EstimateTree.provinceOf(areaCode);
	}

	/** An area code as typed: stripped, the nation in any case; null when blank. */
	static @Nullable String normalise(@Nullable String areaCode) {
		if (areaCode == null || areaCode.isBlank()) {
			return null;
		}
		String code = areaCode.strip();
		return code.equalsIgnoreCase(NATION) ? NATION : code.toUpperCase(Locale.ROOT);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** What entering an estimate did. */
	enum Change {

		CREATED, CORRECTED, UNCHANGED

	}

	/** The estimate after it was entered, and what entering it did. */
	record Outcome(Estimate estimate, Change change) {

	}

}
