package id.pulih.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import id.pulih.budget.BudgetReports;
import id.pulih.budget.RealisationTable;
import id.pulih.evaluation.BenefitMeans;
import id.pulih.evaluation.EvaluationReports;
import id.pulih.evaluation.InsaniCategories;
import id.pulih.geography.Area;
import id.pulih.geography.Areas;
import id.pulih.organisation.DevelopmentPhase;
import id.pulih.reporting.ReportTable.Cell;
import id.pulih.reporting.ReportTable.Column;
import id.pulih.reporting.ReportTable.Measure;
import id.pulih.reporting.ReportTable.Row;
import id.pulih.reporting.RollupFigures.Figures;
import id.pulih.reporting.RollupFigures.Grouping;
import id.pulih.reporting.estimate.Denominators;
import id.pulih.reporting.estimate.PopulationEstimates;
import id.pulih.reporting.rollup.Rollups;
import id.pulih.shared.FundingSource;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds every published report as a {@link ReportTable}: the figures of a selection over
 * a period, exact when the selection lies within the user's scope, and otherwise (or when
 * asked to publish) with small cells suppressed: counts from 1 to
 * {@code pulih.reporting.suppress-up-to} (10) are hidden, with any further cell that
 * would let a hidden one be worked out from a total, and any mean or percentage over so
 * few.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

	/** The key figures the overview shows for every child area. */
	static final List<String> OVERVIEW = List.of("IBM_CLIENTS_SERVED", "SOCIALIZATION_RECIPIENTS", "OUTREACH_REACHED",
			"HR_CLIENTS", "NSP_CLIENTS", "NEEDLES_DISTRIBUTED", "OST_ACTIVE", "HIV_TESTS");

	static final List<String> IBM_ACTIVITIES = List.of("SOCIALIZATION_SESSIONS", "SOCIALIZATION_RECIPIENTS",
			"MAPPING_SESSIONS", "OUTREACH_REACHED", "IBM_CLIENTS_SERVED");

	/** The monthly Puskesmas harm reduction report, in the order of the form. */
	static final List<String> HARM_REDUCTION_MONTHLY = List.of("HR_VISITS", "HR_CLIENTS", "HR_ANONYMOUS_CONTACTS",
			"NSP_VISITS", "NSP_CLIENTS", "NSP_PACKS", "NEEDLES_DISTRIBUTED", "NEEDLES_RETURNED", "METHADONE_CLIENTS",
			"METHADONE_DOSES", "OST_ACTIVE", "HIV_TESTS", "HIV_POSITIVE", "HIV_LINKED_TO_ARV", "ARV_CLIENTS",
			"PLHIV_KNOWN", "STI_SCREENED", "STI_TREATED", "CONDOMS_DISTRIBUTED", "LUBRICANT_DISTRIBUTED",
			"HEPATITIS_B_VACCINE_DOSES", "HEPATITIS_TESTS", "HEPATITIS_C_TREATMENTS", "TB_SCREENED",
			"TB_GENEXPERT_TESTS", "TB_TREATMENTS", "KIE_SESSIONS", "ASSIST_SCREENINGS", "COUNSELLING_SESSIONS");

	/** Figures of people (the rest of the monthly report counts services or items). */
	static final Set<String> PEOPLE = Set.of("IBM_CLIENTS_SERVED", "SOCIALIZATION_RECIPIENTS", "OUTREACH_REACHED",
			"HR_CLIENTS", "HR_ANONYMOUS_CONTACTS", "NSP_CLIENTS", "NSP_REGULAR_CLIENTS", "METHADONE_CLIENTS",
			"OST_ACTIVE", "HIV_POSITIVE", "HIV_LINKED_TO_ARV", "HIV_TESTED_CLIENTS", "HIV_TESTED_12_MONTHS",
			"ARV_CLIENTS", "PLHIV_KNOWN", "RECOVERY_AGENTS", "WHOQOL_PAIRS");

	/** Report readers who may also open the activity records behind a figure. */
	private static final Set<Role> ACTIVITY_READERS = Set.of(Role.UNIT_CHAIR, Role.REHABILITATION_OFFICER);

	static final List<String> WHOQOL_DOMAINS = List.of("PHYSICAL", "PSYCHOLOGICAL", "SOCIAL", "ENVIRONMENT");

	private final RollupFigures figures;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Areas areas;

	private final EvaluationReports evaluations;

	private final BudgetReports budgets;

	private final PopulationEstimates estimates;

	private final int suppressUpTo;

	private static final BigDecimal FIVE = BigDecimal.valueOf(5);

	private final Clock clock = Clock.systemUTC();

	private final Rollups rollups;

	private final Duration cacheFor;

	/** Recently built tables by what was asked, the most recently used kept. */
	private final Map<String, Cached> cache = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
			return size() > CACHED_TABLES;
		}

	});

	private static final int CACHED_TABLES = 500;

	/** The tables being built, by key. */
	private final Map<String, ReentrantLock> building = new ConcurrentHashMap<>();

	/** A table and the rollups' version it was read from. */
	private record Cached(@Nullable Instant version, ReportTable table) {

	}

	Reports(RollupFigures figures, JdbcClient jdbc, MessageSource messages, Areas areas, EvaluationReports evaluations,
			BudgetReports budgets, PopulationEstimates estimates, Rollups rollups,
			@Value("${pulih.reporting.suppress-up-to:10}") int suppressUpTo,
			@Value("${pulih.reporting.cache-for:PT1M}") Duration cacheFor) {
		this.figures = figures;
		this.rollups = rollups;
		this.cacheFor = cacheFor;
		this.jdbc = jdbc;
		this.messages = messages;
		this.areas = areas;
		this.evaluations = evaluations;
		this.budgets = budgets;
		this.estimates = estimates;
		this.suppressUpTo = suppressUpTo;
	}

	/** The largest count that publication hides (counts from 1 up to it). */
	public int suppressUpTo() {
		return this.suppressUpTo;
	}

	/** Builds a report for a user: exact within their scope, suppressed beyond it. */
	public ReportTable build(ReportRequest request, PulihUser user, Locale locale) {
		boolean published = request.publish() || !request.selection().within(user.scope());
		// The same figures for everyone who asks the same thing, until the rollups move
		// on
		// or the figures are older than pulih.reporting.cache-for (the rollups' own
		// delay).
		String key = request + "|" + published + "|" + locale + "|" + ACTIVITY_READERS.contains(user.role());
		ReportTable hit = cached(key, this.rollups.refreshedTo(), user);
		if (hit != null) {
			return hit;
		}
		// One build per table at a time: readers who ask for a table being built wait for
		// it instead of all building it at once (a national dashboard when the figures
		// move
		// on, with many managers looking).
		ReentrantLock lock = this.building.computeIfAbsent(key, k -> new ReentrantLock());
		lock.lock();
		try {
			Instant version = this.rollups.refreshedTo();
			hit = cached(key, version, user);
			if (hit != null) {
				return hit;
			}
			ReportTable table = compute(request, published, user, locale);
			this.cache.put(key, new Cached(version, table));
			return table;
		}
		finally {
			lock.unlock();
			this.building.remove(key, lock);
		}
	}

	/** The table built for this key from these rollups, still fresh; else null. */
	private @Nullable ReportTable cached(String key, @Nullable Instant version, PulihUser user) {
		Cached cached = this.cache.get(key);
		if (cached == null || !Objects.equals(cached.version(), version)
				|| !cached.table().generatedAt().plus(this.cacheFor).isAfter(Instant.now(this.clock))) {
			return null;
		}
		ReportTable t = cached.table();
		return new ReportTable(t.report(), t.title(), t.area(), t.periodLabel(), t.rowHeader(), t.columns(), t.rows(),
				t.published(), t.notes(), t.generatedAt(), user.getUsername());
	}

	private ReportTable compute(ReportRequest request, boolean published, PulihUser user, Locale locale) {
		Builder builder = new Builder(request, published, locale, user);
		ReportKind kind = ReportKind.of(request.report()).orElseThrow();
		switch (kind) {
			case OVERVIEW -> overview(builder);
			case IBM_UNITS -> ibmUnits(builder);
			case IBM_ACTIVITIES -> ibmActivities(builder);
			case WHOQOL -> whoqol(builder);
			case PHASES -> phases(builder);
			case COMPLIANCE -> compliance(builder);
			case BENEFIT -> benefit(builder);
			case HARM_REDUCTION_INDICATORS -> harmReductionIndicators(builder);
			case HARM_REDUCTION_MONTHLY -> harmReductionMonthly(builder);
			case COMMODITIES -> commodities(builder);
			case BUDGET -> budget(builder);
		}
		return builder.table(kind);
	}

	/**
	 * The child areas (or organisations) of a selection that the overview lists, by key.
	 */
	Map<String, String> childNames(Selection selection, Set<String> keys, Locale locale) {
		Map<String, String> names = new HashMap<>();
		List<String> organisationIds = new ArrayList<>();
		for (String key : keys) {
			if (key.isEmpty()) {
				names.put(key, text(locale, (selection.kind() == Selection.Kind.ORGANISATION)
						? "reporting.row.ownRecords" : "reporting.row.thisLevel"));
			}
			else if (key.length() == 36) {
				organisationIds.add(key);
			}
			else {
				names.put(key, this.areas.find(key).map(Area::name).orElse(key));
			}
		}
		if (!organisationIds.isEmpty()) {
			this.jdbc
				.sql("SELECT CAST(id AS VARCHAR(36)), name FROM organisation WHERE CAST(id AS VARCHAR(36)) IN (:ids)")
				.param("ids", organisationIds)
				.query((rs, n) -> names.put(rs.getString(1), rs.getString(2)))
				.list();
		}
		return names;
	}

	private void overview(Builder b) {
		// Beyond the reader's scope, a village's organisations are not named one by one.
		boolean namesOrganisations = b.selection().kind() == Selection.Kind.ORGANISATION
				|| (b.selection().kind() == Selection.Kind.AREA && b.selection().code().length() >= 13);
		Grouping grouping = (b.published() && namesOrganisations) ? Grouping.NONE : Grouping.CHILD;
		Figures children = this.figures.read(b.selection(), b.period(), grouping, OVERVIEW);
		// every organisation's figure lies in exactly one child, so the children add up
		// to
		// the total, distinct counts included (they are counted per organisation)
		Map<String, BigDecimal> total = new HashMap<>();
		children.groups()
			.values()
			.forEach(figures -> figures.forEach((key, amount) -> total.merge(key, amount, BigDecimal::add)));
		b.rowHeader(childHeader(b.selection(), b.locale()));
		for (String indicator : OVERVIEW) {
			b.column(indicator, measureOf(indicator));
		}
		Map<String, String> names = childNames(b.selection(), children.groups().keySet(), b.locale());
		List<String> keys = new ArrayList<>(children.groups().keySet());
		keys.sort(Comparator.comparing((String key) -> key.isEmpty() ? "" : names.getOrDefault(key, key)));
		for (String key : keys) {
			List<Cell> cells = new ArrayList<>();
			String orgUnit = key.isEmpty() ? b.selection().code() : key;
			for (String indicator : OVERVIEW) {
				cells.add(b.count(indicator, "", b.period(), orgUnit, children.get(key, indicator)));
			}
			b.row(names.getOrDefault(key, key), cells, false);
		}
		List<Cell> totals = new ArrayList<>();
		for (String indicator : OVERVIEW) {
			totals.add(b.count(indicator, "", b.period(), b.selection().code(),
					total.getOrDefault(indicator + "|", BigDecimal.ZERO)));
		}
		b.row(text(b.locale(), "reporting.row.total"), totals, true);
		b.suppressComplements();
		b.definitions(OVERVIEW);
	}

	private void ibmUnits(Builder b) {
		int[] years = b.years();
		b.rowHeader(text(b.locale(), "reporting.column.data"));
		for (int year = years[0]; year <= years[1]; year++) {
			b.column("Y" + year, Integer.toString(year), Measure.COUNT);
		}
		Map<String, Map<Integer, Long>> counts = new HashMap<>();
		List<Object> params = new ArrayList<>(List.of(years[0], years[1]));
		params.addAll(b.selection().parameters());
		this.jdbc.sql("""
				SELECT s.status, s.status_year, COUNT(*) FROM ibm_unit_year_status s
				JOIN organisation o ON o.id = s.organisation_id
				WHERE o.voided_at IS NULL AND s.status_year BETWEEN ? AND ? AND %s
				GROUP BY s.status, s.status_year""".formatted(b.selection().condition()))
			.params(params)
			.query((rs, n) -> counts.computeIfAbsent("UNITS_" + rs.getString(1), k -> new HashMap<>())
				.put(rs.getInt(2), rs.getLong(3)))
			.list();
		for (int year = years[0]; year <= years[1]; year++) {
			List<Object> agentParams = new ArrayList<>(List.of(LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1)));
			agentParams.addAll(b.selection().parameters());
			long agents = this.jdbc
				.sql("""
						SELECT COUNT(*) FROM person p JOIN organisation o ON o.id = p.organisation_id
						WHERE o.org_type = 'IBM_UNIT' AND p.person_role IN ('RECOVERY_AGENT', 'UNIT_CHAIR')
						AND p.active_since <= ? AND (p.inactive_since IS NULL OR p.inactive_since > ?) AND %s"""
					.formatted(b.selection().condition()))
				.params(agentParams)
				.query(Long.class)
				.single();
			counts.computeIfAbsent("RECOVERY_AGENTS", k -> new HashMap<>()).put(year, agents);
		}
		for (String indicator : List.of("UNITS_FORMED", "UNITS_DEVELOPED", "RECOVERY_AGENTS")) {
			List<Cell> cells = new ArrayList<>();
			for (int year = years[0]; year <= years[1]; year++) {
				long count = counts.getOrDefault(indicator, Map.of()).getOrDefault(year, 0L);
				cells.add(b.count(indicator, "", ReportPeriod.year(year), b.selection().code(),
						BigDecimal.valueOf(count)));
			}
			b.row(text(b.locale(), "reporting.indicator." + indicator), cells, false);
		}
		b.definitions(List.of("UNITS_FORMED", "UNITS_DEVELOPED", "RECOVERY_AGENTS"));
	}

	private void ibmActivities(Builder b) {
		int[] years = b.years();
		Figures perYear = this.figures.readYears(b.selection(), years[0], years[1], IBM_ACTIVITIES);
		b.rowHeader(text(b.locale(), "reporting.column.year"));
		for (String indicator : IBM_ACTIVITIES) {
			b.column(indicator, measureOf(indicator));
		}
		Map<String, BigDecimal> totals = new HashMap<>();
		for (int year = years[0]; year <= years[1]; year++) {
			String key = LocalDate.of(year, 1, 1).toString();
			List<Cell> cells = new ArrayList<>();
			for (String indicator : IBM_ACTIVITIES) {
				BigDecimal value = perYear.get(key, indicator);
				totals.merge(indicator, value, BigDecimal::add);
				Cell cell = b.count(indicator, "", ReportPeriod.year(year), b.selection().code(), value);
				cells.add(b.linked(cell, indicator, year));
			}
			b.row(Integer.toString(year), cells, false);
		}
		List<Cell> totalCells = new ArrayList<>();
		ReportPeriod all = new ReportPeriod(ReportPeriod.Kind.CUSTOM, LocalDate.of(years[0], 1, 1),
				LocalDate.of(years[1], 12, 31));
		for (String indicator : IBM_ACTIVITIES) {
			totalCells
				.add(b.count(null, "", all, b.selection().code(), totals.getOrDefault(indicator, BigDecimal.ZERO)));
		}
		b.row(text(b.locale(), "reporting.row.total"), totalCells, true);
		b.suppressComplements();
		b.definitions(IBM_ACTIVITIES);
		b.note("reporting.note.clientsServedTotal");
	}

	private void whoqol(Builder b) {
		Figures sums = this.figures.read(b.selection(), b.period(), Grouping.NONE,
				List.of("WHOQOL_PAIRS", "WHOQOL_INTAKE_SUM", "WHOQOL_END_SUM"));
		b.rowHeader(text(b.locale(), "reporting.column.domain"));
		b.column("WHOQOL_PAIRS", Measure.PEOPLE);
		b.column("WHOQOL_INTAKE_MEAN", Measure.DECIMAL);
		b.column("WHOQOL_END_MEAN", Measure.DECIMAL);
		b.column("WHOQOL_MEAN_CHANGE", Measure.DECIMAL);
		for (String domain : WHOQOL_DOMAINS) {
			BigDecimal pairs = sums.get(Figures.ALL, "WHOQOL_PAIRS", domain);
			BigDecimal intake = mean(sums.get(Figures.ALL, "WHOQOL_INTAKE_SUM", domain), pairs);
			BigDecimal end = mean(sums.get(Figures.ALL, "WHOQOL_END_SUM", domain), pairs);
			BigDecimal change = (intake != null && end != null) ? mean(sums.get(Figures.ALL, "WHOQOL_END_SUM", domain)
				.subtract(sums.get(Figures.ALL, "WHOQOL_INTAKE_SUM", domain)), pairs) : null;
			String org = b.selection().code();
			b.row(text(b.locale(), "reporting.domain." + domain),
					List.of(b.count("WHOQOL_PAIRS", domain, b.period(), org, pairs),
							b.derived("WHOQOL_INTAKE_MEAN", domain, b.period(), org, intake, pairs),
							b.derived("WHOQOL_END_MEAN", domain, b.period(), org, end, pairs),
							b.derived("WHOQOL_MEAN_CHANGE", domain, b.period(), org, change, pairs)),
					false);
		}
		b.definitions(List.of("WHOQOL_PAIRS", "WHOQOL_MEAN_CHANGE"));
	}

	private void phases(Builder b) {
		LocalDate end = b.period().end();
		List<Object> params = new ArrayList<>(List.of(end, end));
		params.addAll(b.selection().parameters());
		Map<String, Long> units = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					SELECT COALESCE((SELECT p.phase FROM ibm_unit_phase p WHERE p.organisation_id = o.id AND p.assessed_on <= ?
					  ORDER BY p.assessed_on DESC, p.id DESC FETCH FIRST 1 ROWS ONLY), 'NOT_ASSESSED') AS phase, COUNT(*)
					FROM organisation o JOIN ibm_unit u ON u.organisation_id = o.id
					WHERE o.org_type = 'IBM_UNIT' AND o.voided_at IS NULL AND u.formed_on <= ? AND %s
					GROUP BY 1"""
				.formatted(b.selection().condition()))
			.params(params)
			.query((rs, n) -> units.put(rs.getString(1), rs.getLong(2)))
			.list();
		b.rowHeader(text(b.locale(), "reporting.column.phase"));
		b.column("UNITS_IN_PHASE", Measure.COUNT);
		List<String> phases = new ArrayList<>();
		for (DevelopmentPhase phase : DevelopmentPhase.values()) {
			phases.add(phase.name());
		}
		phases.add("NOT_ASSESSED");
		long total = 0;
		for (String phase : phases) {
			long count = units.getOrDefault(phase, 0L);
			total += count;
			b.row(text(b.locale(), "reporting.phase." + phase), List
				.of(b.count("UNITS_IN_PHASE", phase, b.period(), b.selection().code(), BigDecimal.valueOf(count))),
					false);
		}
		b.row(text(b.locale(), "reporting.row.total"),
				List.of(b.count(null, "", b.period(), b.selection().code(), BigDecimal.valueOf(total))), true);
		b.suppressComplements();
		b.definitions(List.of("UNITS_IN_PHASE"));
	}

	private void compliance(Builder b) {
		int year = b.period().end().getYear();
		InsaniCategories insani = this.evaluations.insaniCategories(b.selection().asScope(), year);
		b.rowHeader(text(b.locale(), "reporting.column.component"));
		b.column("INSANI_RESPONSES", Measure.COUNT);
		b.column("INSANI_MEAN", Measure.DECIMAL);
		b.column("INSANI_CATEGORY", Measure.COUNT);
		ReportPeriod period = ReportPeriod.year(year);
		String org = b.selection().code();
		for (InsaniCategories.Component component : insani.components()) {
			BigDecimal n = BigDecimal.valueOf(component.responses());
			b.row(component.title(), List.of(b.count("INSANI_RESPONSES", component.code(), period, org, n),
					b.derived("INSANI_MEAN", component.code(), period, org, component.mean(), n),
					b.derived("INSANI_CATEGORY", component.code(), period, org,
							(component.category() != null) ? BigDecimal.valueOf(component.category()) : null, n)),
					false);
		}
		BigDecimal all = BigDecimal.valueOf(insani.responses());
		b.row(text(b.locale(), "reporting.row.overall"), List.of(b.count(null, "", period, org, all),
				b.derived("INSANI_MEAN", "OVERALL", period, org, insani.overall(), all),
				b.derived("INSANI_CATEGORY", "OVERALL", period, org,
						(insani.overallCategory() != null) ? BigDecimal.valueOf(insani.overallCategory()) : null, all)),
				true);
		b.definitions(List.of("INSANI_MEAN", "INSANI_CATEGORY"));
		b.yearOnly(year);
	}

	private void benefit(Builder b) {
		int year = b.period().end().getYear();
		BenefitMeans means = this.evaluations.benefitMeans(b.selection().asScope(), year);
		b.rowHeader(text(b.locale(), "reporting.column.statement"));
		b.column("BENEFIT_ANSWERS", Measure.COUNT);
		b.column("BENEFIT_MEAN", Measure.DECIMAL);
		String org = b.selection().code();
		for (BenefitMeans.StatementMean statement : means.statements()) {
			BigDecimal n = BigDecimal.valueOf(statement.answers());
			b.row(statement.text(), List.of(
					b.count("BENEFIT_ANSWERS", statement.itemCode(), ReportPeriod.year(year), org, n),
					b.derived("BENEFIT_MEAN", statement.itemCode(), ReportPeriod.year(year), org, statement.mean(), n)),
					false);
		}
		b.definitions(List.of("BENEFIT_MEAN"));
		b.yearOnly(year);
	}

	private void harmReductionIndicators(Builder b) {
		Figures f = this.figures.read(b.selection(), b.period(), Grouping.NONE, List.of("NEEDLES_DISTRIBUTED",
				"NSP_CLIENTS", "NSP_REGULAR_CLIENTS", "OST_ACTIVE", "HIV_TESTED_12_MONTHS", "ARV_CLIENTS"));
		String area = b.selection().estimateArea();
		Denominators d = (area != null) ? this.estimates.denominators(area, b.period().end().getYear()) : null;
		b.rowHeader(text(b.locale(), "reporting.column.indicator"));
		b.column("NUMERATOR", Measure.COUNT);
		b.column("DENOMINATOR", Measure.PEOPLE);
		b.column("INDICATOR_VALUE", Measure.DECIMAL);
		b.column("BAND", Measure.BAND);
		BigDecimal annualise = BigDecimal.valueOf(12)
			.divide(BigDecimal.valueOf(b.period().months()), 10, RoundingMode.HALF_UP);
		b.indicator("SYRINGES_PER_PWID", f.get(Figures.ALL, "NEEDLES_DISTRIBUTED"), (d != null) ? d.pwid() : null,
				annualise, 100, 200, false);
		b.indicator("NSP_COVERAGE", f.get(Figures.ALL, "NSP_CLIENTS"), (d != null) ? d.pwid() : null, null, 20, 60,
				true);
		b.indicator("NSP_REGULAR_ACCESS", f.get(Figures.ALL, "NSP_REGULAR_CLIENTS"), (d != null) ? d.pwid() : null,
				null, 20, 60, true);
		b.indicator("OST_COVERAGE", f.get(Figures.ALL, "OST_ACTIVE"), (d != null) ? d.opioidPwid() : null, null, 20, 40,
				true);
		b.indicator("HIV_TESTING_COVERAGE", f.get(Figures.ALL, "HIV_TESTED_12_MONTHS"), (d != null) ? d.pwid() : null,
				null, 40, 75, true);
		b.indicator("ART_COVERAGE", f.get(Figures.ALL, "ARV_CLIENTS"), (d != null) ? d.pwidHiv() : null, null, 25, 75,
				true);
		b.definitions(List.of("SYRINGES_PER_PWID", "NSP_COVERAGE", "NSP_REGULAR_ACCESS", "OST_COVERAGE",
				"HIV_TESTING_COVERAGE", "ART_COVERAGE"));
		if (area == null) {
			b.note("reporting.note.noEstimateForOrganisation");
		}
		else if (d == null || d.isEmpty()) {
			b.note("reporting.note.noEstimate");
		}
		else {
			b.note("reporting.note.estimateYear", b.period().end().getYear());
			if (d.anySummed()) {
				b.note("reporting.note.estimateSummed");
			}
		}
	}

	private void harmReductionMonthly(Builder b) {
		Figures f = this.figures.read(b.selection(), b.period(), Grouping.NONE, HARM_REDUCTION_MONTHLY);
		b.rowHeader(text(b.locale(), "reporting.column.service"));
		b.column("AMOUNT", Measure.COUNT);
		for (String indicator : HARM_REDUCTION_MONTHLY) {
			b.row(text(b.locale(), "reporting.indicator." + indicator),
					List.of(b.count(indicator, "", b.period(), b.selection().code(), f.get(Figures.ALL, indicator))),
					false);
		}
		b.definitions(HARM_REDUCTION_MONTHLY);
	}

	private void commodities(Builder b) {
		Figures f = this.figures.read(b.selection(), b.period(), Grouping.NONE, List.of("COMMODITY_ISSUED"));
		Map<String, BigDecimal> issued = f.dimensions(Figures.ALL, "COMMODITY_ISSUED");
		Map<String, Map<FundingSource, BigDecimal>> byItem = new TreeMap<>();
		Set<FundingSource> sources = new TreeSet<>();
		issued.forEach((dimension, amount) -> {
			int dot = dimension.lastIndexOf('.');
			FundingSource source = FundingSource.valueOf(dimension.substring(dot + 1));
			sources.add(source);
			byItem.computeIfAbsent(dimension.substring(0, dot), k -> new EnumMap<>(FundingSource.class))
				.put(source, amount);
		});
		b.rowHeader(text(b.locale(), "reporting.column.item"));
		for (FundingSource source : sources) {
			b.column(source.name(), text(b.locale(), "reporting.source." + source.name()), Measure.COUNT);
		}
		b.column("TOTAL", text(b.locale(), "reporting.row.total"), Measure.COUNT);
		String org = b.selection().code();
		Map<FundingSource, BigDecimal> columnTotals = new EnumMap<>(FundingSource.class);
		for (Map.Entry<String, Map<FundingSource, BigDecimal>> item : byItem.entrySet()) {
			List<Cell> cells = new ArrayList<>();
			BigDecimal rowTotal = BigDecimal.ZERO;
			for (FundingSource source : sources) {
				BigDecimal amount = item.getValue().getOrDefault(source, BigDecimal.ZERO);
				rowTotal = rowTotal.add(amount);
				columnTotals.merge(source, amount, BigDecimal::add);
				cells.add(b.count("COMMODITY_ISSUED", item.getKey() + "." + source.name(), b.period(), org, amount));
			}
			cells.add(b.count(null, "", b.period(), org, rowTotal));
			b.row(itemName(item.getKey(), b.locale()), cells, false);
		}
		if (byItem.isEmpty()) {
			b.note("reporting.note.empty");
		}
		b.suppressComplements();
		b.definitions(List.of("COMMODITY_ISSUED"));
	}

	private void budget(Builder b) {
		int year = b.period().end().getYear();
		RealisationTable table = this.budgets.table(b.selection().asScope(), year, null);
		b.rowHeader(text(b.locale(), "reporting.column.source"));
		b.column("BUDGET_ALLOCATED", Measure.MONEY);
		b.column("BUDGET_REALISED", Measure.MONEY);
		b.column("BUDGET_REALISED_PERCENT", Measure.PERCENT);
		String org = b.selection().code();
		ReportPeriod period = ReportPeriod.year(year);
		for (RealisationTable.SourceTotal source : table.sources()) {
			b.row(text(b.locale(), "reporting.source." + source.source().name()), List.of(
					b.money("BUDGET_ALLOCATED", source.source().name(), period, org, source.figures().allocated()),
					b.money("BUDGET_REALISED", source.source().name(), period, org, source.figures().realised()),
					b.plain(null, source.source().name(), period, org, source.figures().percent())), false);
		}
		b.row(text(b.locale(), "reporting.row.total"),
				List.of(b.money(null, "", period, org, table.total().allocated()),
						b.money(null, "", period, org, table.total().realised()),
						b.plain(null, "", period, org, table.total().percent())),
				true);
		b.definitions(List.of("BUDGET_ALLOCATED", "BUDGET_REALISED"));
		b.yearOnly(year);
	}

	private String itemName(String code, Locale locale) {
		return this.messages.getMessage("stock.item." + code, null, code, locale);
	}

	private static @Nullable BigDecimal mean(BigDecimal sum, BigDecimal count) {
		if (count.signum() == 0) {
			return null;
		}
		return sum.divide(count, 2, RoundingMode.HALF_UP);
	}

	static Measure measureOf(String indicator) {
		return PEOPLE.contains(indicator) ? Measure.PEOPLE : Measure.COUNT;
	}

	private String childHeader(Selection selection, Locale locale) {
		String level = switch (selection.kind()) {
			case NATIONAL -> "province";
			case AREA -> switch (selection.code().length()) {
				case 2 -> "regency";
				case 5 -> "district";
				case 8 -> "village";
				default -> "organisation";
			};
			case ORGANISATION -> "organisation";
		};
		return text(locale, "reporting.level." + level);
	}

	private String text(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/** Collects a report's columns, rows and notes, and applies suppression. */
	private final class Builder {

		private final ReportRequest request;

		private final boolean published;

		private final Locale locale;

		private final PulihUser user;

		private String rowHeader = "";

		private final List<Column> columns = new ArrayList<>();

		private final List<Row> rows = new ArrayList<>();

		private final List<String> notes = new ArrayList<>();

		private boolean anySuppressed;

		private boolean anyRounded;

		Builder(ReportRequest request, boolean published, Locale locale, PulihUser user) {
			this.request = request;
			this.published = published;
			this.locale = locale;
			this.user = user;
		}

		Selection selection() {
			return this.request.selection();
		}

		ReportPeriod period() {
			return this.request.period();
		}

		Locale locale() {
			return this.locale;
		}

		/**
		 * The years of a yearly table: five years up to a chosen year, or a custom run.
		 */
		int[] years() {
			int last = period().end().getYear();
			int first = (period().kind() == ReportPeriod.Kind.CUSTOM) ? period().start().getYear() : last - 4;
			return new int[] { first, last };
		}

		void rowHeader(String header) {
			this.rowHeader = header;
		}

		void column(String code, Measure measure) {
			column(code, text(this.locale, "reporting.indicator." + code), measure);
		}

		void column(String code, String label, Measure measure) {
			this.columns.add(new Column(code, label, measure));
		}

		void row(String label, List<Cell> cells, boolean total) {
			this.rows.add(new Row(label, List.copyOf(cells), total));
		}

		void note(String key, Object... args) {
			this.notes.add(text(this.locale, key, args));
		}

		void definitions(List<String> indicators) {
			for (String indicator : indicators) {
				this.notes.add(text(this.locale, "reporting.indicator." + indicator) + ": "
						+ text(this.locale, "reporting.definition." + indicator));
			}
		}

		void yearOnly(int year) {
			if (period().kind() != ReportPeriod.Kind.YEAR) {
				note("reporting.note.yearOnly", year);
			}
		}

		/**
		 * A count. Published, it is hidden from 1 to the threshold and otherwise rounded
		 * to a multiple of 5, so that no hidden count can be worked out exactly by taking
		 * one published figure from another (a quarter less two of its months, a range of
		 * months less a shorter one, a total less its visible rows).
		 */
		Cell count(@Nullable String indicator, String dimension, ReportPeriod period, String orgUnit,
				BigDecimal value) {
			return new Cell(indicator, dimension, period, orgUnit, published(value), isHidden(value), null, null);
		}

		/** Whether publication hides this count. */
		boolean isHidden(BigDecimal value) {
			return this.published && value.signum() > 0 && value.compareTo(BigDecimal.valueOf(suppressUpTo)) <= 0;
		}

		/**
		 * A count as shown: exact, or published (null when hidden, else rounded to 5).
		 */
		@Nullable BigDecimal published(BigDecimal value) {
			if (isHidden(value)) {
				this.anySuppressed = true;
				return null;
			}
			BigDecimal whole = value.setScale(0, RoundingMode.HALF_UP);
			if (!this.published) {
				return whole;
			}
			this.anyRounded = this.anyRounded || whole.signum() != 0;
			return whole.divide(FIVE, 0, RoundingMode.HALF_UP).multiply(FIVE);
		}

		Cell money(@Nullable String indicator, String dimension, ReportPeriod period, String orgUnit, long value) {
			return new Cell(indicator, dimension, period, orgUnit, BigDecimal.valueOf(value), false, null, null);
		}

		Cell plain(@Nullable String indicator, String dimension, ReportPeriod period, String orgUnit,
				@Nullable BigDecimal value) {
			return new Cell(indicator, dimension, period, orgUnit, value, false, null, null);
		}

		/**
		 * A mean or ratio over {@code basis} people or answers: hidden with a small
		 * basis.
		 */
		Cell derived(@Nullable String indicator, String dimension, ReportPeriod period, String orgUnit,
				@Nullable BigDecimal value, BigDecimal basis) {
			if (this.published && basis.signum() > 0 && basis.compareTo(BigDecimal.valueOf(suppressUpTo)) <= 0) {
				this.anySuppressed = true;
				return new Cell(indicator, dimension, period, orgUnit, null, true, null, null);
			}
			return new Cell(indicator, dimension, period, orgUnit, value, false, null, null);
		}

		boolean published() {
			return this.published;
		}

		/**
		 * Adds the link to the records behind an activity figure, where the user may see
		 * them.
		 */
		Cell linked(Cell cell, String indicator, int year) {
			String kind = switch (indicator) {
				case "SOCIALIZATION_SESSIONS", "SOCIALIZATION_RECIPIENTS" -> "SOCIALIZATION";
				case "MAPPING_SESSIONS" -> "MAPPING";
				case "OUTREACH_REACHED" -> "OUTREACH";
				default -> null;
			};
			if (kind == null || this.published || selection().kind() != Selection.Kind.ORGANISATION
					|| cell.value() == null || cell.value().signum() == 0
					|| !ACTIVITY_READERS.contains(this.user.role())) {
				return cell;
			}
			return new Cell(cell.indicator(), cell.dimension(), cell.period(), cell.orgUnit(), cell.value(), false,
					null,
					"/activities?kind=" + kind + "&year=" + year + "&organisationId=" + selection().organisationId());
		}

		/**
		 * One row of the harm reduction indicators: numerator, denominator, value and
		 * band.
		 * @param percent whether the value is a percentage (else a ratio per person)
		 */
		void indicator(String code, BigDecimal numerator, @Nullable Long denominator, @Nullable BigDecimal factor,
				int low, int high, boolean percent) {
			String org = selection().code();
			Cell numeratorCell = count(code, "NUMERATOR", period(), org, numerator);
			Cell denominatorCell = new Cell(null, "DENOMINATOR", period(), org,
					(denominator != null) ? BigDecimal.valueOf(denominator) : null, false,
					(denominator == null) ? text(this.locale, "reporting.band.noEstimate") : null, null);
			// published, the value is worked out from the numerator as shown (rounded),
			// so
			// it tells no more than the numerator does
			BigDecimal shown = (numeratorCell.value() != null) ? numeratorCell.value() : BigDecimal.ZERO;
			BigDecimal exact = null;
			BigDecimal value = null;
			if (denominator != null && denominator > 0) {
				BigDecimal scale = ((factor != null) ? factor : BigDecimal.ONE)
					.multiply(percent ? BigDecimal.valueOf(100) : BigDecimal.ONE);
				exact = shown.multiply(scale).divide(BigDecimal.valueOf(denominator), 10, RoundingMode.HALF_UP);
				value = exact.setScale(1, RoundingMode.HALF_UP);
			}
			boolean hidden = numeratorCell.suppressed();
			String band = null;
			if (exact != null && !hidden) {
				band = (exact.compareTo(BigDecimal.valueOf(low)) < 0) ? "LOW"
						: (exact.compareTo(BigDecimal.valueOf(high)) <= 0) ? "MEDIUM" : "HIGH";
			}
			this.rows.add(new Row(text(this.locale, "reporting.indicator." + code),
					List.of(numeratorCell, denominatorCell,
							new Cell(code, "", period(), org, hidden ? null : value, hidden, null, null),
							new Cell(null, "", period(), org, null, hidden,
									(band != null) ? text(this.locale, "reporting.band." + band) : null, null)),
					false));
		}

		/**
		 * Secondary suppression: where a column has exactly one hidden cell among rows
		 * that add up to a totals row, the smallest other non-zero cell of the column is
		 * hidden too, so the total cannot give the hidden one away.
		 */
		void suppressComplements() {
			if (!this.published) {
				return;
			}
			int width = this.columns.size();
			for (int c = 0; c < width; c++) {
				int hidden = 0;
				int smallest = -1;
				for (int r = 0; r < this.rows.size(); r++) {
					Row row = this.rows.get(r);
					if (row.total()) {
						continue;
					}
					Cell cell = row.cells().get(c);
					if (cell.suppressed()) {
						hidden++;
					}
					else if (cell.value() != null && cell.value().signum() > 0 && (smallest < 0
							|| cell.value().compareTo(this.rows.get(smallest).cells().get(c).value()) < 0)) {
						smallest = r;
					}
				}
				if (hidden == 1 && smallest >= 0) {
					Row row = this.rows.get(smallest);
					List<Cell> cells = new ArrayList<>(row.cells());
					Cell cell = cells.get(c);
					cells.set(c, new Cell(cell.indicator(), cell.dimension(), cell.period(), cell.orgUnit(), null, true,
							null, null));
					this.rows.set(smallest, new Row(row.label(), List.copyOf(cells), row.total()));
				}
			}
		}

		ReportTable table(ReportKind kind) {
			if (this.anyRounded) {
				this.notes.add(0, text(this.locale, "reporting.note.rounded"));
			}
			if (this.anySuppressed) {
				this.notes.add(0, text(this.locale, "reporting.note.suppressed", suppressUpTo));
			}
			if (this.published) {
				this.notes.add(0, text(this.locale, "reporting.note.published"));
			}
			return new ReportTable(kind.id(), text(this.locale, "reporting.report." + kind.id() + ".title"),
					(selection().kind() == Selection.Kind.NATIONAL) ? text(this.locale, "reporting.nation")
							: selection().name(),
					period().label(Reports.this.messages, this.locale), this.rowHeader, List.copyOf(this.columns),
					List.copyOf(this.rows), this.published, List.copyOf(this.notes), Instant.now(Reports.this.clock),
					this.user.getUsername());
		}

	}

}
