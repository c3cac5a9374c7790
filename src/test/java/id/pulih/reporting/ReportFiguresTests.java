package id.pulih.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import id.pulih.access.AccessManagement;
import id.pulih.activity.Activities;
import id.pulih.activity.ActivityKind;
import id.pulih.client.ClientRegistry;
import id.pulih.harmreduction.HarmReductionVisits;
import id.pulih.harmreduction.OstCourses;
import id.pulih.organisation.Organisations;
import id.pulih.recovery.Pathways;
import id.pulih.reporting.FiguresDataSet.Indicator;
import id.pulih.reporting.ReportTable.Cell;
import id.pulih.reporting.ReportTable.Column;
import id.pulih.reporting.ReportTable.Row;
import id.pulih.reporting.estimate.PopulationEstimates;
import id.pulih.reporting.rollup.Rollups;
import id.pulih.shared.security.PulihUser;
import id.pulih.stock.StockLedger;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import id.pulih.workforce.Workforce;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static id.pulih.organisation.UnitYearStatus.DEVELOPED;
import static id.pulih.organisation.UnitYearStatus.FORMED;
import static id.pulih.reporting.FiguresDataSet.BULUNGAN;
import static id.pulih.reporting.FiguresDataSet.BULUNGAN_NAME;
import static id.pulih.reporting.FiguresDataSet.PROVINCE;
import static id.pulih.reporting.FiguresDataSet.TARAKAN;
import static id.pulih.reporting.FiguresDataSet.TARAKAN_NAME;
import static id.pulih.reporting.FiguresDataSet.yearEnd;
import static id.pulih.reporting.FiguresDataSet.yearStart;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published reports' figures, cell by cell, over a known data set
 * ({@link FiguresDataSet}) recorded through the product's services and rolled up: IBM
 * units and agents per year, IBM activities per year with totals, the harm reduction
 * indicators of a year and of a month (numerator, estimate, value, band), and the
 * overview's child areas against its total. Every expected figure is computed in Java
 * from the data set's lists by the definitions the reports state, never read from the
 * database. Publication hides small counts and what would give them away, and is what a
 * manager outside the area sees.
 */
@PulihSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFiguresTests {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private static final int SUPPRESS_UP_TO = 10;

	@Autowired
	private Organisations organisations;

	@Autowired
	private Workforce workforce;

	@Autowired
	private AccessManagement access;

	@Autowired
	private TestUsers users;

	@Autowired
	private Activities activities;

	@Autowired
	private ClientRegistry clients;

	@Autowired
	private Pathways pathways;

	@Autowired
	private HarmReductionVisits visits;

	@Autowired
	private OstCourses courses;

	@Autowired
	private StockLedger ledger;

	@Autowired
	private PopulationEstimates estimates;

	@Autowired
	private Rollups rollups;

	@Autowired
	private ReportRequests requests;

	@Autowired
	private Reports reports;

	@Autowired
	private MessageSource messages;

	private FiguresWorld world;

	@BeforeAll
	void recordTheDataSetAndRollItUp() {
		this.world = new FiguresWorld(this.organisations, this.workforce, this.access, this.users, this.activities,
				this.clients, this.pathways, this.visits, this.courses, this.ledger, this.estimates);
		this.rollups.refresh();
	}

	@Test
	void ibmUnitsShowsUnitsFormedAndDevelopedAndTheAgentsOfEveryYear() {
		ReportTable table = build("ibm-units", custom(2022, 2025), PROVINCE, false, this.world.manager);

		assertThat(table.published()).isFalse();
		assertThat(table.columns()).extracting(Column::code).containsExactly("Y2022", "Y2023", "Y2024", "Y2025");
		assertThat(table.rows()).extracting(row -> row.cells().getFirst().indicator())
			.containsExactly("UNITS_FORMED", "UNITS_DEVELOPED", "RECOVERY_AGENTS");
		List<Integer> years = List.of(2022, 2023, 2024, 2025);
		List<List<Long>> expected = expectedUnits(years, PROVINCE);
		assertThat(values(table.rows().get(0))).as("units formed").containsExactlyElementsOf(expected.get(0));
		assertThat(values(table.rows().get(1))).as("units developed").containsExactlyElementsOf(expected.get(1));
		assertThat(values(table.rows().get(2))).as("recovery agents").containsExactlyElementsOf(expected.get(2));
		for (Row row : table.rows()) {
			for (int i = 0; i < years.size(); i++) {
				Cell cell = row.cells().get(i);
				assertThat(cell.period()).isEqualTo(ReportPeriod.year(years.get(i)));
				assertThat(cell.orgUnit()).isEqualTo(PROVINCE);
				assertThat(cell.suppressed()).isFalse();
			}
		}
	}

	@Test
	void ibmActivitiesShowsEveryYearAndTheirTotal() {
		ReportTable table = build("ibm-activities", custom(2022, 2025), PROVINCE, false, this.world.manager);

		assertThat(table.published()).isFalse();
		assertThat(table.columns()).extracting(Column::code).containsExactlyElementsOf(Reports.IBM_ACTIVITIES);
		assertThat(table.rows()).extracting(Row::label).containsExactly("2022", "2023", "2024", "2025", "Jumlah");
		List<List<Long>> expected = expectedActivities(2022, 2025, PROVINCE);
		for (int r = 0; r < expected.size(); r++) {
			assertThat(values(table.rows().get(r))).as("row " + table.rows().get(r).label())
				.containsExactlyElementsOf(expected.get(r));
		}
		assertThat(table.rows().getLast().total()).isTrue();
		assertThat(table.rows().get(2).cells()).allSatisfy(cell -> {
			assertThat(cell.period()).isEqualTo(ReportPeriod.year(2024));
			assertThat(cell.orgUnit()).isEqualTo(PROVINCE);
		});
	}

	@Test
	void harmReductionIndicatorsOfAYearDivideByTheYearsEstimate() {
		ReportPeriod year = ReportPeriod.year(2024);
		checkIndicators(year);

		// read off the data set by hand: 12 x 100 + 11 x 150 + 300 + 400 + 250 + 2 x 600
		// needles; H1, H2, H3 and B1 given needles, H1 in every month; H5 and B2 on
		// methadone on 31 December; H1, H2, H3 and B3 tested; H3 and H5 on ARV
		assertThat(FiguresDataSet.indicators(year, PROVINCE)).extracting(Indicator::numerator)
			.containsExactly(5000L, 4L, 1L, 2L, 4L, 2L);
		assertThat(FiguresDataSet.indicators(year, PROVINCE)).extracting(Indicator::band)
			.containsExactly("MEDIUM", "LOW", "LOW", "MEDIUM", "LOW", "HIGH");
	}

	@Test
	void harmReductionIndicatorsOfAMonthAreAnnualisedAndLookBackTwelveMonths() {
		ReportPeriod june = ReportPeriod.month(YearMonth.of(2024, 6));
		checkIndicators(june);

		// June 2024: 100 + 150 + 300 + 400 + 600 needles, times 12 over 40 people; H6 was
		// stopped on 30 June; the twelve months back to 1 July 2023 hold the tests of H2
		// and H3 only (H6 was tested on 30 June 2023, H7's test was voided, H4 got no
		// result)
		assertThat(FiguresDataSet.indicators(june, PROVINCE)).extracting(Indicator::numerator)
			.containsExactly(1550L, 4L, 4L, 2L, 2L, 1L);
		assertThat(FiguresDataSet.indicators(june, PROVINCE)).extracting(Indicator::value)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("465.0"), new BigDecimal("10.0"), new BigDecimal("10.0"),
					new BigDecimal("25.0"), new BigDecimal("5.0"), new BigDecimal("50.0"));
	}

	@Test
	void harmReductionIndicatorsOfAYearWithoutEstimateHaveNoValue() {
		ReportTable table = checkIndicators(ReportPeriod.year(2023));

		assertThat(FiguresDataSet.estimate(PROVINCE, 2023)).isEmpty();
		assertThat(table.rows()).allSatisfy(row -> {
			assertThat(row.cells().get(1).value()).isNull();
			assertThat(row.cells().get(1).text()).isEqualTo(text("reporting.band.noEstimate"));
		});
	}

	@Test
	void theOverviewOfAYearListsEachRegencyAndTheyAddUpToTheTotal() {
		checkOverview(ReportPeriod.year(2024));
	}

	@Test
	void theOverviewOfARunOfMonthsIsCountedFreshAndAddsUpToo() {
		checkOverview(ReportPeriod.custom(YearMonth.of(2023, 7), YearMonth.of(2024, 6)));
	}

	@Test
	void publishedActivitiesHideSmallCountsAndTheCellThatWouldGiveOneAway() {
		ReportTable table = build("ibm-activities", custom(2022, 2025), PROVINCE, true, this.world.manager);

		assertThat(table.published()).isTrue();
		assertThat(table.notes()).contains(text("reporting.note.suppressed", SUPPRESS_UP_TO));
		List<List<Long>> exact = expectedActivities(2022, 2025, PROVINCE);
		List<List<Boolean>> hidden = suppressed(exact);
		assertPublished(table, exact, hidden);

		// the data set is built so both rules show: socialization recipients have exactly
		// one small year (2023: 7), so the smallest other year (2022: 25) is hidden too;
		// outreach has one small year (2023: 4) beside a zero (2022), so the smallest
		// non-zero year (2025: 12) is hidden, not the zero
		int recipients = Reports.IBM_ACTIVITIES.indexOf("SOCIALIZATION_RECIPIENTS");
		int outreach = Reports.IBM_ACTIVITIES.indexOf("OUTREACH_REACHED");
		assertThat(column(exact, recipients)).containsExactly(25L, 7L, 40L, 31L, 103L);
		assertThat(column(hidden, recipients)).containsExactly(true, true, false, false, false);
		assertThat(column(exact, outreach)).containsExactly(0L, 4L, 22L, 12L, 38L);
		assertThat(column(hidden, outreach)).containsExactly(false, true, false, true, false);
	}

	@Test
	void aManagerOutsideTheAreaSeesOnlyThePublishedFigures() {
		ReportTable outside = build("ibm-activities", custom(2022, 2025), PROVINCE, false, this.world.outsider);
		ReportTable published = build("ibm-activities", custom(2022, 2025), PROVINCE, true, this.world.manager);

		assertThat(outside.published()).isTrue();
		List<List<Long>> exact = expectedActivities(2022, 2025, PROVINCE);
		assertPublished(outside, exact, suppressed(exact));
		assertThat(outside.rows()).extracting(Row::cells).isEqualTo(published.rows().stream().map(Row::cells).toList());

		ReportTable units = build("ibm-units", custom(2022, 2025), PROVINCE, false, this.world.outsider);
		assertThat(units.published()).isTrue();
		List<List<Long>> exactUnits = expectedUnits(List.of(2022, 2023, 2024, 2025), PROVINCE);
		for (int r = 0; r < exactUnits.size(); r++) {
			for (int c = 0; c < exactUnits.get(r).size(); c++) {
				long exactValue = exactUnits.get(r).get(c);
				Cell cell = units.rows().get(r).cells().get(c);
				boolean small = exactValue >= 1 && exactValue <= SUPPRESS_UP_TO;
				assertThat(cell.suppressed()).isEqualTo(small);
				assertThat(cell.value()).isEqualTo(small ? null : toFive(exactValue));
			}
		}
	}

	/**
	 * The BNNP's own socialization belongs to no regency: the overview of its province
	 * shows it as the province's own level, not as a child area named like the province.
	 */
	@Test
	void recordsOfTheAreasOwnLevelAreShownAsThisLevelNotAsAChildArea() {
		ReportTable table = build("overview", ReportPeriod.year(2024), FiguresDataSet.OTHER_PROVINCE, false,
				this.world.outsider);

		assertThat(table.published()).isFalse();
		int recipients = Reports.OVERVIEW.indexOf("SOCIALIZATION_RECIPIENTS");
		assertThat(table.rows()).extracting(row -> values(row).get(recipients))
			.containsExactly((long) FiguresDataSet.OFFICE_ACTIVITY.people(),
					(long) FiguresDataSet.OFFICE_ACTIVITY.people());
		assertThat(table.rows()).extracting(Row::label).containsExactly(text("reporting.row.thisLevel"), "Jumlah");
	}

	/**
	 * Coverage is counted in people: published, a numerator of 1 to 10 is hidden, and
	 * with it the percentage and band that would give it back; larger numerators are
	 * rounded to 5.
	 */
	@Test
	void publishedCoverageHidesSmallNumbersOfPeople() {
		ReportPeriod period = ReportPeriod.year(2024);
		ReportTable table = build("hr-indicators", period, PROVINCE, true, this.world.manager);

		assertThat(table.published()).isTrue();
		List<Indicator> expected = FiguresDataSet.indicators(period, PROVINCE);
		for (int r = 0; r < expected.size(); r++) {
			Indicator indicator = expected.get(r);
			Row row = table.rows().get(r);
			boolean small = indicator.numerator() >= 1 && indicator.numerator() <= SUPPRESS_UP_TO;
			if (!small) {
				assertThat(row.cells().getFirst().value()).as(indicator.code() + " numerator")
					.isEqualByComparingTo(toFive(indicator.numerator()));
				continue;
			}
			assertThat(row.cells().get(0).suppressed()).as(indicator.code() + " numerator hidden").isTrue();
			assertThat(row.cells().get(0).value()).as(indicator.code() + " numerator").isNull();
			assertThat(row.cells().get(2).value()).as(indicator.code() + " value").isNull();
			assertThat(row.cells().get(3).text()).as(indicator.code() + " band").isNull();
		}
	}

	/**
	 * An agent who stopped working on 1 January 2024 worked no day of 2024: "active at
	 * some time in that year" counts them in 2023 only.
	 */
	@Test
	void anAgentWhoStoppedOnNewYearsDayIsNotCountedInThatYear() {
		ReportTable table = this.reports.build(
				this.requests.read("ibm-units",
						new ReportParameters("custom", null, null, null, "2023-01", "2024-12", null,
								this.world.boundaryUnit.toString(), false),
						this.world.outsider),
				this.world.outsider, INDONESIAN);

		assertThat(table.published()).isFalse();
		assertThat(values(table.rows().get(2))).as("recovery agents 2023, 2024")
			.containsExactly(FiguresDataSet.recoveryAgents(FiguresDataSet.BOUNDARY_AGENTS, 2023, agent -> true),
					FiguresDataSet.recoveryAgents(FiguresDataSet.BOUNDARY_AGENTS, 2024, agent -> true))
			.containsExactly(2L, 1L);
	}

	// ---------------------------------------------------------------- Checks

	private ReportTable checkIndicators(ReportPeriod period) {
		ReportTable table = build("hr-indicators", period, PROVINCE, false, this.world.manager);

		assertThat(table.published()).isFalse();
		assertThat(table.columns()).extracting(Column::code)
			.containsExactly("NUMERATOR", "DENOMINATOR", "INDICATOR_VALUE", "BAND");
		List<Indicator> expected = FiguresDataSet.indicators(period, PROVINCE);
		assertThat(table.rows()).hasSameSizeAs(expected);
		for (int r = 0; r < expected.size(); r++) {
			Indicator indicator = expected.get(r);
			List<Cell> cells = table.rows().get(r).cells();
			String code = indicator.code();
			assertThat(cells.get(0).indicator()).isEqualTo(code);
			assertThat(cells.get(0).value()).as(code + " numerator")
				.isEqualByComparingTo(BigDecimal.valueOf(indicator.numerator()));
			if (indicator.denominator() == null) {
				assertThat(cells.get(1).value()).as(code + " denominator").isNull();
				assertThat(cells.get(2).value()).as(code + " value").isNull();
				assertThat(cells.get(3).text()).as(code + " band").isNull();
				continue;
			}
			assertThat(cells.get(1).value()).as(code + " denominator")
				.isEqualByComparingTo(BigDecimal.valueOf(indicator.denominator()));
			assertThat(cells.get(2).value()).as(code + " value").isEqualByComparingTo(indicator.value());
			assertThat(cells.get(3).text()).as(code + " band").isEqualTo(text("reporting.band." + indicator.band()));
			assertThat(cells).allSatisfy(cell -> assertThat(cell.suppressed()).isFalse());
		}
		return table;
	}

	private void checkOverview(ReportPeriod period) {
		ReportTable table = build("overview", period, PROVINCE, false, this.world.manager);

		assertThat(table.published()).isFalse();
		assertThat(table.columns()).extracting(Column::code).containsExactlyElementsOf(Reports.OVERVIEW);
		assertThat(table.rows()).extracting(Row::label).containsExactly(BULUNGAN_NAME, TARAKAN_NAME, "Jumlah");
		List<Long> bulungan = expectedOverview(period, BULUNGAN);
		List<Long> tarakan = expectedOverview(period, TARAKAN);
		List<Long> province = expectedOverview(period, PROVINCE);
		assertThat(values(table.rows().get(0))).as(BULUNGAN_NAME).containsExactlyElementsOf(bulungan);
		assertThat(values(table.rows().get(1))).as(TARAKAN_NAME).containsExactlyElementsOf(tarakan);
		assertThat(values(table.rows().get(2))).as("total").containsExactlyElementsOf(province);
		assertThat(table.rows().get(0).cells()).allSatisfy(cell -> assertThat(cell.orgUnit()).isEqualTo(BULUNGAN));
		assertThat(table.rows().get(1).cells()).allSatisfy(cell -> assertThat(cell.orgUnit()).isEqualTo(TARAKAN));
		for (int c = 0; c < Reports.OVERVIEW.size(); c++) {
			assertThat(values(table.rows().get(0)).get(c) + values(table.rows().get(1)).get(c))
				.as("regencies add up to the total of " + Reports.OVERVIEW.get(c))
				.isEqualTo(values(table.rows().get(2)).get(c));
		}
		// a figure of every column, so no column adds up by being empty everywhere
		assertThat(province).allSatisfy(total -> assertThat(total).isPositive());
	}

	/** A published count: the nearest multiple of 5, halves up. */
	private static BigDecimal toFive(long exact) {
		return BigDecimal.valueOf((exact + 2) / 5 * 5);
	}

	/** Each cell either shows its figure rounded to 5, or is hidden without a value. */
	private static void assertPublished(ReportTable table, List<List<Long>> exact, List<List<Boolean>> hidden) {
		for (int r = 0; r < exact.size(); r++) {
			Row row = table.rows().get(r);
			for (int c = 0; c < exact.get(r).size(); c++) {
				Cell cell = row.cells().get(c);
				String where = row.label() + " / " + table.columns().get(c).code();
				assertThat(cell.suppressed()).as(where + " hidden").isEqualTo(hidden.get(r).get(c));
				if (hidden.get(r).get(c)) {
					assertThat(cell.value()).as(where).isNull();
				}
				else {
					assertThat(cell.value()).as(where).isEqualByComparingTo(toFive(exact.get(r).get(c)));
				}
			}
		}
	}

	// ---------------------------------------------------------------- Expected tables

	/** The rows of ibm-units: units formed, units developed, recovery agents per year. */
	private static List<List<Long>> expectedUnits(List<Integer> years, String area) {
		return List.of(perYear(years, year -> FiguresDataSet.units(FORMED, year, area)),
				perYear(years, year -> FiguresDataSet.units(DEVELOPED, year, area)),
				perYear(years, year -> FiguresDataSet.recoveryAgents(year, area)));
	}

	/** The rows of ibm-activities: one per year, then the totals row (their sum). */
	private static List<List<Long>> expectedActivities(int first, int last, String area) {
		List<List<Long>> rows = new ArrayList<>();
		long[] totals = new long[Reports.IBM_ACTIVITIES.size()];
		for (int year = first; year <= last; year++) {
			LocalDate from = yearStart(year);
			LocalDate to = yearEnd(year);
			List<Long> row = List.of(FiguresDataSet.sessions(ActivityKind.SOCIALIZATION, from, to, area),
					FiguresDataSet.peopleReached(ActivityKind.SOCIALIZATION, from, to, area),
					FiguresDataSet.sessions(ActivityKind.MAPPING, from, to, area),
					FiguresDataSet.peopleReached(ActivityKind.OUTREACH, from, to, area),
					FiguresDataSet.clientsServed(from, to, area));
			for (int c = 0; c < row.size(); c++) {
				totals[c] += row.get(c);
			}
			rows.add(row);
		}
		rows.add(Arrays.stream(totals).boxed().toList());
		return rows;
	}

	/** The overview's figures of an area, in the order of {@link Reports#OVERVIEW}. */
	private static List<Long> expectedOverview(ReportPeriod period, String area) {
		LocalDate from = period.start();
		LocalDate to = period.end();
		return List.of(FiguresDataSet.clientsServed(from, to, area),
				FiguresDataSet.peopleReached(ActivityKind.SOCIALIZATION, from, to, area),
				FiguresDataSet.peopleReached(ActivityKind.OUTREACH, from, to, area),
				FiguresDataSet.hrClients(from, to, area), FiguresDataSet.nspClients(from, to, area),
				FiguresDataSet.needles(from, to, area), FiguresDataSet.onMethadone(to, area),
				FiguresDataSet.hivTests(from, to, area));
	}

	/**
	 * Which cells publication hides, by its two rules: a count from 1 to the threshold;
	 * and where a column has exactly one such cell above its total, also the smallest
	 * other non-zero cell (the first of equals), so the total cannot give it away.
	 */
	private static List<List<Boolean>> suppressed(List<List<Long>> exact) {
		List<List<Boolean>> hidden = new ArrayList<>();
		for (List<Long> row : exact) {
			hidden.add(new ArrayList<>(row.stream().map(v -> v >= 1 && v <= SUPPRESS_UP_TO).toList()));
		}
		int bodyRows = exact.size() - 1;
		for (int c = 0; c < exact.getFirst().size(); c++) {
			int count = 0;
			int smallest = -1;
			for (int r = 0; r < bodyRows; r++) {
				long value = exact.get(r).get(c);
				if (hidden.get(r).get(c)) {
					count++;
				}
				else if (value > 0 && (smallest < 0 || value < exact.get(smallest).get(c))) {
					smallest = r;
				}
			}
			if (count == 1 && smallest >= 0) {
				hidden.get(smallest).set(c, true);
			}
		}
		return hidden;
	}

	// ---------------------------------------------------------------- Helpers

	private ReportTable build(String report, ReportPeriod period, String area, boolean publish, PulihUser user) {
		ReportRequest request = switch (period.kind()) {
			case YEAR -> this.requests.read(report, new ReportParameters("year",
					Integer.toString(period.start().getYear()), null, null, null, null, area, null, publish), user);
			case MONTH -> this.requests.read(report, new ReportParameters("month", null, null,
					YearMonth.from(period.start()).toString(), null, null, area, null, publish), user);
			case QUARTER -> throw new IllegalArgumentException("not used");
			case CUSTOM -> this.requests.read(report,
					new ReportParameters("custom", null, null, null, YearMonth.from(period.start()).toString(),
							YearMonth.from(period.end()).toString(), area, null, publish),
					user);
		};
		assertThat(request.period()).isEqualTo(period);
		return this.reports.build(request, user, INDONESIAN);
	}

	private static ReportPeriod custom(int firstYear, int lastYear) {
		return ReportPeriod.custom(YearMonth.of(firstYear, 1), YearMonth.of(lastYear, 12));
	}

	private static List<Long> perYear(List<Integer> years, Function<Integer, Long> figure) {
		return years.stream().map(figure).toList();
	}

	/** A row's figures as whole numbers (null for a hidden one). */
	private static List<@Nullable Long> values(Row row) {
		return row.cells().stream().map(cell -> (cell.value() != null) ? cell.value().longValueExact() : null).toList();
	}

	private static <T> List<T> column(List<List<T>> rows, int column) {
		return rows.stream().map(row -> row.get(column)).toList();
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, INDONESIAN);
	}

}
