package id.pulih.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.pulih.activity.ActivityKind;
import id.pulih.harmreduction.TestResult;
import id.pulih.organisation.UnitYearStatus;
import id.pulih.workforce.PersonRole;
import org.jspecify.annotations.Nullable;

import static id.pulih.organisation.UnitYearStatus.DEVELOPED;
import static id.pulih.organisation.UnitYearStatus.FORMED;

/**
 * The known data set of the report figure tests, in one place: IBM units of Kalimantan
 * Utara (province 65, which neither the demo data nor any other test uses) with their
 * yearly status, recovery agents and chairs with the days they worked, community
 * activities, IBM pathways, and two Puskesmas with their harm reduction visits, methadone
 * courses and the province's population estimate, 2021 to 2025. {@link FiguresWorld}
 * records these through the product's services; every figure the tests expect is computed
 * below from these lists alone, in Java, by the definitions the reports state
 * (messages/reporting.properties).
 * <p>
 * A second, tiny set lives in Papua Pegunungan (province 95): one unit whose agent
 * stopped working on the first day of a year, and a socialization of the BNNP itself.
 */
final class FiguresDataSet {

	static final String PROVINCE = "65";

	static final String PROVINCE_NAME = "Kalimantan Utara";

	static final String BULUNGAN = "65.01";

	static final String BULUNGAN_NAME = "Kabupaten Bulungan";

	static final String TARAKAN = "65.71";

	static final String TARAKAN_NAME = "Kota Tarakan";

	/** The province of the outside programme manager and of the boundary unit. */
	static final String OTHER_PROVINCE = "95";

	private FiguresDataSet() {
	}

	// ---------------------------------------------------------------- IBM units

	/**
	 * An IBM unit: its village (so its regency), formation date, and what a BNNP/BNNK
	 * recorded it as each year.
	 */
	record Unit(String key, String village, LocalDate formedOn, Map<Integer, UnitYearStatus> statuses) {

		String regency() {
			return this.village.substring(0, 5);
		}

	}

	static final List<Unit> UNITS = List.of(
			new Unit("U1", "65.01.01.1001", date(2022, 3, 15),
					Map.of(2022, FORMED, 2023, DEVELOPED, 2024, DEVELOPED, 2025, DEVELOPED)),
			new Unit("U2", "65.01.02.2001", date(2023, 5, 10), Map.of(2023, FORMED, 2025, DEVELOPED)),
			new Unit("U3", "65.71.01.1001", date(2024, 2, 1), Map.of(2024, FORMED, 2025, DEVELOPED)),
			new Unit("U4", "65.71.02.1002", date(2025, 1, 20), Map.of(2025, FORMED)),
			// formed before the years reported: its 2021 status is outside them
			new Unit("U5", "65.01.01.2005", date(2021, 6, 1), Map.of(2021, FORMED, 2022, DEVELOPED)),
			new Unit("U6", "65.71.01.1002", date(2022, 8, 1), Map.of(2022, FORMED, 2023, DEVELOPED)));

	/**
	 * A recovery agent or unit chair of a unit, working from {@code activeSince} and no
	 * longer from {@code inactiveSince} (null: still working). The one who signs in
	 * registers and enrols the unit's clients.
	 */
	record Agent(String key, String unit, PersonRole role, LocalDate activeSince, @Nullable LocalDate inactiveSince,
			boolean signsIn) {

	}

	static final List<Agent> AGENTS = List.of(
			new Agent("A1", "U1", PersonRole.UNIT_CHAIR, date(2022, 3, 20), null, true),
			new Agent("A2", "U1", PersonRole.RECOVERY_AGENT, date(2022, 4, 1), date(2023, 8, 31), false),
			new Agent("A3", "U1", PersonRole.RECOVERY_AGENT, date(2023, 9, 1), null, false),
			new Agent("A4", "U1", PersonRole.RECOVERY_AGENT, date(2024, 7, 1), date(2025, 2, 28), false),
			new Agent("A5", "U2", PersonRole.UNIT_CHAIR, date(2023, 5, 15), null, true),
			new Agent("A6", "U2", PersonRole.RECOVERY_AGENT, date(2023, 6, 1), date(2024, 12, 31), false),
			new Agent("A7", "U3", PersonRole.RECOVERY_AGENT, date(2024, 2, 10), null, true),
			new Agent("A8", "U3", PersonRole.UNIT_CHAIR, date(2024, 2, 10), null, false),
			new Agent("A9", "U4", PersonRole.RECOVERY_AGENT, date(2025, 1, 25), null, false),
			new Agent("A10", "U5", PersonRole.RECOVERY_AGENT, date(2021, 6, 5), date(2022, 6, 30), false),
			// stopped on the last day of 2021: worked in 2021 only
			new Agent("A11", "U5", PersonRole.RECOVERY_AGENT, date(2021, 6, 5), date(2021, 12, 31), false),
			new Agent("A12", "U5", PersonRole.UNIT_CHAIR, date(2021, 6, 5), null, true),
			new Agent("A13", "U6", PersonRole.RECOVERY_AGENT, date(2022, 8, 5), null, false));

	/** A community activity of a unit (or office); a voided one counts nowhere. */
	record Act(String unit, ActivityKind kind, LocalDate heldOn, int people, boolean voided) {

		Act asVoided() {
			return new Act(this.unit, this.kind, this.heldOn, this.people, true);
		}

	}

	static final List<Act> ACTIVITIES = List.of(
			// outside the years reported
			act("U5", ActivityKind.SOCIALIZATION, date(2021, 7, 7), 20),
			act("U1", ActivityKind.SOCIALIZATION, date(2022, 4, 10), 12),
			act("U6", ActivityKind.SOCIALIZATION, date(2022, 9, 1), 13),
			act("U1", ActivityKind.SOCIALIZATION, date(2022, 5, 5), 30).asVoided(),
			act("U1", ActivityKind.MAPPING, date(2022, 4, 20), 0),
			act("U5", ActivityKind.OUTREACH, date(2022, 6, 6), 9).asVoided(),
			act("U2", ActivityKind.SOCIALIZATION, date(2023, 6, 10), 7),
			act("U1", ActivityKind.OUTREACH, date(2023, 1, 1), 4),
			act("U2", ActivityKind.MAPPING, date(2023, 7, 7), 0).asVoided(),
			act("U1", ActivityKind.SOCIALIZATION, date(2024, 2, 2), 15),
			act("U3", ActivityKind.SOCIALIZATION, date(2024, 3, 3), 25),
			act("U3", ActivityKind.MAPPING, date(2024, 3, 10), 0),
			act("U1", ActivityKind.MAPPING, date(2024, 12, 31), 0),
			act("U3", ActivityKind.OUTREACH, date(2024, 5, 5), 22),
			act("U4", ActivityKind.SOCIALIZATION, date(2025, 2, 14), 31),
			act("U2", ActivityKind.OUTREACH, date(2025, 3, 3), 12),
			act("U4", ActivityKind.MAPPING, date(2025, 2, 20), 0),
			act("U2", ActivityKind.SOCIALIZATION, date(2025, 4, 4), 50).asVoided());

	/**
	 * An IBM pathway of a unit's client, open from {@code startedOn} to the day of its
	 * outcome ({@code endedOn}, null while open). A client may have several, one after
	 * another.
	 */
	record Pathway(String unit, String client, LocalDate startedOn, @Nullable LocalDate endedOn) {

	}

	static final List<Pathway> PATHWAYS = List.of(new Pathway("U5", "K9", date(2021, 8, 1), date(2021, 11, 30)),
			new Pathway("U1", "K1", date(2022, 10, 1), date(2023, 2, 15)),
			new Pathway("U1", "K1", date(2023, 6, 1), date(2023, 9, 30)),
			new Pathway("U1", "K2", date(2022, 11, 20), date(2022, 12, 31)),
			new Pathway("U1", "K3", date(2023, 12, 20), date(2024, 1, 1)),
			new Pathway("U1", "K4", date(2024, 3, 1), null),
			new Pathway("U2", "K5", date(2024, 11, 1), date(2025, 2, 20)),
			new Pathway("U2", "K6", date(2025, 1, 10), date(2025, 3, 10)),
			new Pathway("U3", "K7", date(2024, 6, 1), date(2024, 9, 20)),
			new Pathway("U3", "K8", date(2025, 2, 1), null));

	// ---------------------------------------------------------------- Harm reduction

	/** A Puskesmas and the area it is registered in. */
	record Facility(String key, String area) {

	}

	static final List<Facility> FACILITIES = List.of(new Facility("PKM-T", "65.71.01"),
			new Facility("PKM-B", "65.01.01"));

	/**
	 * A harm reduction visit at a facility, of a client or (client null) an anonymous
	 * contact: needles given (0: no needle and syringe service), an HIV test (with its
	 * result, or null for counselling without a result), ARV (on treatment or not).
	 */
	record Visit(String facility, @Nullable String client, LocalDate on, int needles, boolean hivTest,
			@Nullable TestResult hivResult, @Nullable Boolean onArv, boolean voided) {

		Visit asVoided() {
			return new Visit(this.facility, this.client, this.on, this.needles, this.hivTest, this.hivResult,
					this.onArv, true);
		}

		boolean nsp() {
			return this.needles > 0;
		}

	}

	static final List<Visit> VISITS = visits();

	/**
	 * A methadone course at a facility: started by its first dose, stopped on a day
	 * (null: still on methadone), or voided because the visit of its only dose was
	 * voided.
	 */
	record Course(String facility, String client, List<LocalDate> doses, @Nullable LocalDate stoppedOn,
			boolean onlyDoseVoided) {

		LocalDate startedOn() {
			return this.doses.getFirst();
		}

	}

	static final List<Course> COURSES = List.of(
			new Course("PKM-T", "H5", List.of(date(2023, 11, 1), date(2023, 11, 2)), null, false),
			// stopped on the last day of June: no longer on methadone that day
			new Course("PKM-T", "H6", List.of(date(2024, 3, 1)), date(2024, 6, 30), false),
			new Course("PKM-T", "H7", List.of(date(2024, 5, 10)), date(2024, 9, 15), false),
			new Course("PKM-T", "H8", List.of(date(2024, 4, 4)), null, true),
			new Course("PKM-B", "B2", List.of(date(2024, 12, 31)), null, false));

	/** The methadone dose, in mg, of every dose visit. */
	static final int DOSE_MG = 40;

	/** The population estimate entered for an area and year. */
	record Estimate(String area, int year, long pwid, long opioidPwid, long pwidHiv) {

	}

	static final List<Estimate> ESTIMATES = List.of(new Estimate(PROVINCE, 2024, 40, 8, 2));

	// ---------------------------------------------------------------- The boundary unit

	/** The unit in Papua Pegunungan: one agent stops on 1 January 2024, one works on. */
	static final String BOUNDARY_VILLAGE = "95.01.01.1001";

	static final List<Agent> BOUNDARY_AGENTS = List.of(
			new Agent("B1", "UB", PersonRole.RECOVERY_AGENT, date(2023, 3, 1), date(2024, 1, 1), false),
			new Agent("B2", "UB", PersonRole.RECOVERY_AGENT, date(2023, 3, 1), null, false));

	/**
	 * A socialization the BNNP of Papua Pegunungan held itself: a record of the
	 * province's own level, not of any regency below it.
	 */
	static final Act OFFICE_ACTIVITY = new Act("BNNP-95", ActivityKind.SOCIALIZATION, date(2024, 8, 8), 30, false);

	private static List<Visit> visits() {
		List<Visit> visits = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			// H1 comes for needles every month of 2024: regular access
			visits.add(nsp("PKM-T", "H1", date(2024, month, 10), 100));
			// H2 every month but August
			if (month != 8) {
				visits.add(nsp("PKM-T", "H2", date(2024, month, 12), 150));
			}
		}
		visits.add(nsp("PKM-T", "H1", date(2023, 11, 10), 100));
		visits.add(nsp("PKM-T", "H3", date(2024, 6, 5), 500).asVoided());
		visits.add(nsp("PKM-T", "H3", date(2024, 6, 20), 300));
		visits.add(nsp("PKM-T", "H4", date(2025, 1, 15), 100));
		visits.add(nsp("PKM-T", null, date(2024, 6, 15), 400));
		visits.add(nsp("PKM-T", null, date(2024, 3, 2), 250));
		visits.add(nsp("PKM-T", null, date(2023, 12, 30), 150));
		visits.add(nsp("PKM-T", null, date(2024, 7, 1), 1000).asVoided());
		visits.add(nsp("PKM-B", "B1", date(2024, 2, 11), 600));
		visits.add(nsp("PKM-B", "B1", date(2024, 6, 11), 600));

		visits.add(hiv("PKM-T", "H1", date(2023, 5, 10), TestResult.NEGATIVE));
		visits.add(hiv("PKM-T", "H1", date(2024, 8, 1), TestResult.NEGATIVE));
		visits.add(hiv("PKM-T", "H2", date(2023, 7, 15), TestResult.NEGATIVE));
		visits.add(hiv("PKM-T", "H2", date(2024, 3, 3), TestResult.NEGATIVE));
		visits.add(hiv("PKM-T", "H3", date(2024, 2, 2), TestResult.POSITIVE));
		// counselled, no result: not tested
		visits.add(hiv("PKM-T", "H4", date(2024, 6, 30), null));
		// twelve months and a day before the end of June 2024
		visits.add(hiv("PKM-T", "H6", date(2023, 6, 30), TestResult.NEGATIVE));
		visits.add(hiv("PKM-T", "H7", date(2024, 6, 30), TestResult.NEGATIVE).asVoided());
		visits.add(hiv("PKM-B", "B3", date(2024, 11, 11), TestResult.INDETERMINATE));

		visits.add(arv("PKM-T", "H3", date(2024, 3, 1), true));
		visits.add(arv("PKM-T", "H3", date(2024, 6, 10), true));
		visits.add(arv("PKM-T", "H5", date(2024, 9, 9), true));
		visits.add(arv("PKM-T", "H6", date(2024, 6, 1), true).asVoided());
		visits.add(arv("PKM-B", "B1", date(2024, 6, 25), false));
		return List.copyOf(visits);
	}

	// ---------------------------------------------------------------- Expected figures

	/** Whether an area code lies in (or is) the selected area. */
	static boolean inArea(String code, String area) {
		return code.equals(area) || code.startsWith(area + ".");
	}

	static Unit unit(String key) {
		return UNITS.stream().filter(u -> u.key().equals(key)).findFirst().orElseThrow();
	}

	static Facility facility(String key) {
		return FACILITIES.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
	}

	/** Units recorded with the status in the year. */
	static long units(UnitYearStatus status, int year, String area) {
		return UNITS.stream()
			.filter(u -> inArea(u.village(), area))
			.filter(u -> u.statuses().get(year) == status)
			.count();
	}

	/** Agents and chairs who worked on at least one day of the year. */
	static long recoveryAgents(int year, String area) {
		return recoveryAgents(AGENTS, year, a -> inArea(unit(a.unit()).village(), area));
	}

	static long recoveryAgents(List<Agent> agents, int year, Predicate<Agent> where) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		return agents.stream()
			.filter(where)
			.filter(a -> !a.activeSince().isAfter(last))
			// inactive from that day on: a last working day before 1 January is not in
			// the year
			.filter(a -> a.inactiveSince() == null || a.inactiveSince().isAfter(first))
			.count();
	}

	private static Stream<Act> liveActivities(ActivityKind kind, LocalDate from, LocalDate to, String area) {
		return ACTIVITIES.stream()
			.filter(a -> !a.voided() && a.kind() == kind)
			.filter(a -> inArea(unit(a.unit()).village(), area))
			.filter(a -> within(a.heldOn(), from, to));
	}

	static long sessions(ActivityKind kind, LocalDate from, LocalDate to, String area) {
		return liveActivities(kind, from, to, area).count();
	}

	static long peopleReached(ActivityKind kind, LocalDate from, LocalDate to, String area) {
		return liveActivities(kind, from, to, area).mapToLong(Act::people).sum();
	}

	/** Clients with a pathway open on at least one day of the period. */
	static long clientsServed(LocalDate from, LocalDate to, String area) {
		return PATHWAYS.stream()
			.filter(p -> inArea(unit(p.unit()).village(), area))
			.filter(p -> !p.startedOn().isAfter(to) && (p.endedOn() == null || !p.endedOn().isBefore(from)))
			.map(p -> p.unit() + "/" + p.client())
			.distinct()
			.count();
	}

	/** Every visit, those of the methadone doses included. */
	static List<Visit> allVisits() {
		List<Visit> all = new ArrayList<>(VISITS);
		for (Course course : COURSES) {
			for (LocalDate dose : course.doses()) {
				all.add(new Visit(course.facility(), course.client(), dose, 0, false, null, null,
						course.onlyDoseVoided()));
			}
		}
		return all;
	}

	private static Stream<Visit> liveVisits(LocalDate from, LocalDate to, String area) {
		return allVisits().stream()
			.filter(v -> !v.voided())
			.filter(v -> inArea(facility(v.facility()).area(), area))
			.filter(v -> within(v.on(), from, to));
	}

	/** Distinct clients of a facility (a client is a record of one facility). */
	private static long distinctClients(Stream<Visit> visits) {
		return visits.filter(v -> v.client() != null).map(v -> v.facility() + "/" + v.client()).distinct().count();
	}

	static long hrClients(LocalDate from, LocalDate to, String area) {
		return distinctClients(liveVisits(from, to, area));
	}

	static long needles(LocalDate from, LocalDate to, String area) {
		return liveVisits(from, to, area).mapToLong(Visit::needles).sum();
	}

	static long nspClients(LocalDate from, LocalDate to, String area) {
		return distinctClients(liveVisits(from, to, area).filter(Visit::nsp));
	}

	/** Clients given needles in every month of the period. */
	static long nspRegularClients(LocalDate from, LocalDate to, String area) {
		YearMonth last = YearMonth.from(to);
		Set<YearMonth> months = Stream.iterate(YearMonth.from(from), m -> !m.isAfter(last), m -> m.plusMonths(1))
			.collect(Collectors.toSet());
		Map<String, Set<YearMonth>> seen = liveVisits(from, to, area).filter(Visit::nsp)
			.filter(v -> v.client() != null)
			.collect(Collectors.groupingBy(v -> v.facility() + "/" + v.client(),
					Collectors.mapping(v -> YearMonth.from(v.on()), Collectors.toSet())));
		return seen.values().stream().filter(m -> m.containsAll(months)).count();
	}

	/** People on methadone on the day: started by then and not yet stopped that day. */
	static long onMethadone(LocalDate day, String area) {
		return COURSES.stream()
			.filter(c -> !c.onlyDoseVoided())
			.filter(c -> inArea(facility(c.facility()).area(), area))
			.filter(c -> !c.startedOn().isAfter(day) && (c.stoppedOn() == null || c.stoppedOn().isAfter(day)))
			.map(c -> c.facility() + "/" + c.client())
			.distinct()
			.count();
	}

	/** HIV tests with a result. */
	static long hivTests(LocalDate from, LocalDate to, String area) {
		return liveVisits(from, to, area).filter(v -> v.hivResult() != null).count();
	}

	/** People tested with a result in the twelve months up to the day. */
	static long testedInTwelveMonths(LocalDate day, String area) {
		return distinctClients(liveVisits(day.minusYears(1).plusDays(1), day, area).filter(v -> v.hivResult() != null));
	}

	static long arvClients(LocalDate from, LocalDate to, String area) {
		return distinctClients(liveVisits(from, to, area).filter(v -> Boolean.TRUE.equals(v.onArv())));
	}

	static Optional<Estimate> estimate(String area, int year) {
		return ESTIMATES.stream().filter(e -> e.area().equals(area) && e.year() == year).findFirst();
	}

	/**
	 * One row of the harm reduction indicators as the definitions state it: the
	 * numerator, the estimate it is divided by, the value (needles per person per year,
	 * or a percentage, one decimal) and its band.
	 */
	record Indicator(String code, long numerator, @Nullable Long denominator, @Nullable BigDecimal value,
			@Nullable String band) {

	}

	static List<Indicator> indicators(ReportPeriod period, String area) {
		LocalDate from = period.start();
		LocalDate to = period.end();
		Optional<Estimate> estimate = estimate(area, to.getYear());
		Long pwid = estimate.map(Estimate::pwid).orElse(null);
		Long opioid = estimate.map(Estimate::opioidPwid).orElse(null);
		Long hiv = estimate.map(Estimate::pwidHiv).orElse(null);
		int months = period.months();
		return List.of(indicator("SYRINGES_PER_PWID", needles(from, to, area), pwid, 12, months, 100, 200),
				indicator("NSP_COVERAGE", nspClients(from, to, area), pwid, 100, 1, 20, 60),
				indicator("NSP_REGULAR_ACCESS", nspRegularClients(from, to, area), pwid, 100, 1, 20, 60),
				indicator("OST_COVERAGE", onMethadone(to, area), opioid, 100, 1, 20, 40),
				indicator("HIV_TESTING_COVERAGE", testedInTwelveMonths(to, area), pwid, 100, 1, 40, 75),
				indicator("ART_COVERAGE", arvClients(from, to, area), hiv, 100, 1, 25, 75));
	}

	/**
	 * @param multiply 12 for a yearly rate (with {@code divide} the months of the
	 * period), 100 for a percentage
	 */
	private static Indicator indicator(String code, long numerator, @Nullable Long denominator, long multiply,
			long divide, int low, int high) {
		if (denominator == null) {
			return new Indicator(code, numerator, null, null, null);
		}
		BigDecimal value = BigDecimal.valueOf(numerator * multiply)
			.divide(BigDecimal.valueOf(divide * denominator), 1, RoundingMode.HALF_UP);
		String band = (value.compareTo(BigDecimal.valueOf(low)) < 0) ? "LOW"
				: (value.compareTo(BigDecimal.valueOf(high)) > 0) ? "HIGH" : "MEDIUM";
		return new Indicator(code, numerator, denominator, value, band);
	}

	// ---------------------------------------------------------------- Helpers

	static LocalDate date(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	static LocalDate yearStart(int year) {
		return LocalDate.of(year, 1, 1);
	}

	static LocalDate yearEnd(int year) {
		return LocalDate.of(year, 12, 31);
	}

	private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
		return !day.isBefore(from) && !day.isAfter(to);
	}

	private static Act act(String unit, ActivityKind kind, LocalDate heldOn, int people) {
		return new Act(unit, kind, heldOn, people, false);
	}

	private static Visit nsp(String facility, @Nullable String client, LocalDate on, int needles) {
		return new Visit(facility, client, on, needles, false, null, null, false);
	}

	private static Visit hiv(String facility, String client, LocalDate on, @Nullable TestResult result) {
		return new Visit(facility, client, on, 0, true, result, null, false);
	}

	private static Visit arv(String facility, String client, LocalDate on, boolean onTreatment) {
		return new Visit(facility, client, on, 0, false, null, onTreatment, false);
	}

	/** The clients of the data set, IBM and harm reduction, each once. */
	static List<String> clientsOf(String organisationKey) {
		Stream<String> ibm = PATHWAYS.stream().filter(p -> p.unit().equals(organisationKey)).map(Pathway::client);
		Stream<String> hr = allVisits().stream()
			.filter(v -> v.facility().equals(organisationKey))
			.map(Visit::client)
			.filter(Objects::nonNull);
		return Stream.concat(ibm, hr).distinct().toList();
	}

}
