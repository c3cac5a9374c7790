package id.pulih.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import id.pulih.access.AccessManagement;
import id.pulih.access.NewUser;
import id.pulih.activity.Activities;
import id.pulih.activity.Activity;
import id.pulih.activity.Audience;
import id.pulih.activity.NewActivity;
import id.pulih.client.ClientRegistry;
import id.pulih.client.ClientSource;
import id.pulih.client.NewClient;
import id.pulih.client.UicFacts;
import id.pulih.harmreduction.AgeBand;
import id.pulih.harmreduction.HarmReductionVisits;
import id.pulih.harmreduction.NewVisit;
import id.pulih.harmreduction.OstCourses;
import id.pulih.harmreduction.TestResult;
import id.pulih.organisation.NewOrganisation;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.recovery.Enrolment;
import id.pulih.recovery.NewEnrolment;
import id.pulih.recovery.Outcome;
import id.pulih.recovery.OutcomeCommand;
import id.pulih.recovery.Pathways;
import id.pulih.reporting.rollup.RollupRow;
import id.pulih.reporting.rollup.Rollups;
import id.pulih.shared.FundingSource;
import id.pulih.shared.Sex;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;
import id.pulih.stock.Commodities;
import id.pulih.stock.NewReceipt;
import id.pulih.stock.StockLedger;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import id.pulih.workforce.NewPerson;
import id.pulih.workforce.PersonRole;
import id.pulih.workforce.Workforce;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rollups stay equal to a fresh count of the records through a run of changes made
 * the way people make them (record, move an activity to another year, void a visit, void
 * an activity, end a pathway, add a methadone dose, stop the course), each followed by a
 * refresh; and a full rebuild afterwards gives the very rows the refreshes left. The
 * organisations are a unit and a Puskesmas of their own in Papua Barat Daya (province
 * 96), which neither the demo data nor any other test uses, and only their rows are
 * compared.
 */
@PulihSpringTest
class RollupConsistencyTests {

	private static final String PASSWORD = "Rahasia-2026-ok";

	private static final String VILLAGE = "96.01.01.1001";

	private final String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));

	private final Scope national = Scope.national();

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
	private Rollups rollups;

	@Autowired
	private JdbcClient jdbc;

	private UUID unit;

	private UUID puskesmas;

	@Test
	void everyRefreshLeavesTheRollupsEqualToAFreshCountAndARebuildChangesNothing() {
		UUID bnn = register("BNN", OrganisationType.BNN, null, null, null);
		UUID bnnp = register("BNNP", OrganisationType.BNNP, bnn, "96", null);
		UUID bnnk = register("BNNK", OrganisationType.BNNK, bnnp, "96.01", null);
		this.unit = register("IBM", OrganisationType.IBM_UNIT, bnnk, VILLAGE, LocalDate.of(2022, 5, 2));
		UUID dinkes = register("DINKES", OrganisationType.DINKES_PROVINCE, null, "96", null);
		UUID dinkesRegency = register("DINKES-K", OrganisationType.DINKES_REGENCY, dinkes, "96.01", null);
		this.puskesmas = register("PKM", OrganisationType.PUSKESMAS, dinkesRegency, "96.01.01", null);
		PulihUser chair = user("chair", Role.UNIT_CHAIR, PersonRole.UNIT_CHAIR, this.unit);
		PulihUser nurse = user("nakes", Role.HEALTH_WORKER, PersonRole.HEALTH_WORKER, this.puskesmas);
		for (String item : List.of(Commodities.SYRINGE, Commodities.METHADONE, Commodities.HIV_TEST_KIT)) {
			this.ledger.receive(
					new NewReceipt(null, this.puskesmas, item, "R-" + item + "-" + this.suffix,
							LocalDate.of(2030, 12, 31), FundingSource.APBN, 10_000L, 0L, LocalDate.of(2022, 1, 3)),
					nurse);
		}

		// 1. record
		Activity socialization = this.activities.record(
				NewActivity.socialization(this.unit, LocalDate.of(2023, 5, 5), VILLAGE, Audience.FAMILIES, 10), chair);
		Activity outreach = this.activities
			.record(NewActivity.outreach(this.unit, LocalDate.of(2024, 2, 2), VILLAGE, 8, 2, null), chair);
		UUID ibmClient = client(chair, ClientSource.AFTERCARE, bnnk, 1);
		Enrolment pathway = this.pathways
			.enrol(new NewEnrolment(null, ibmClient, null, LocalDate.of(2024, 1, 10), null), chair);
		UUID hrClient = client(nurse, ClientSource.OUTREACH, null, 2);
		NewVisit.HivTest positive = new NewVisit.HivTest(true, true, TestResult.POSITIVE, null);
		UUID needlesAndTest = this.visits
			.record(visit(hrClient, null, LocalDate.of(2024, 3, 3), new NewVisit.Nsp(1, 50, 0, true), null, positive),
					nurse)
			.id();
		this.visits.record(
				visit(hrClient, null, LocalDate.of(2024, 3, 4), null, new NewVisit.Methadone(40, true, 0), null),
				nurse);
		this.visits.record(visit(null, new NewVisit.Anonymous(Sex.FEMALE, AgeBand.AGE_25_29), LocalDate.of(2024, 3, 5),
				new NewVisit.Nsp(1, 20, 0, true), null, null), nurse);
		refreshedAndEqual("record");
		assertThat(stored("SOCIALIZATION_SESSIONS", this.unit, 'Y', LocalDate.of(2023, 1, 1))).isEqualTo(1);
		assertThat(stored("NEEDLES_DISTRIBUTED", this.puskesmas, 'Y', LocalDate.of(2024, 1, 1))).isEqualTo(70);
		assertThat(stored("IBM_CLIENTS_SERVED", this.unit, 'M', LocalDate.of(2024, 6, 1))).isEqualTo(1);

		// 2. an activity moves to another year
		this.activities.edit(socialization.id(), socialization.version(),
				NewActivity.socialization(this.unit, LocalDate.of(2024, 7, 7), VILLAGE, Audience.FAMILIES, 10), chair);
		refreshedAndEqual("activity moved to 2024");
		assertThat(stored("SOCIALIZATION_SESSIONS", this.unit, 'Y', LocalDate.of(2023, 1, 1))).isNull();
		assertThat(stored("SOCIALIZATION_RECIPIENTS", this.unit, 'Q', LocalDate.of(2024, 7, 1))).isEqualTo(10);

		// 3. a visit is voided
		this.visits.voidVisit(needlesAndTest, "Salah klien", nurse);
		refreshedAndEqual("visit voided");
		assertThat(stored("NEEDLES_DISTRIBUTED", this.puskesmas, 'Y', LocalDate.of(2024, 1, 1))).isEqualTo(20);
		assertThat(stored("HIV_TESTS", this.puskesmas, 'Y', LocalDate.of(2024, 1, 1))).isNull();
		assertThat(stored("PLHIV_KNOWN", this.puskesmas, 'Y', LocalDate.of(2024, 1, 1))).isNull();

		// 4. an activity is voided
		this.activities.voidActivity(outreach.id(), "Tercatat dua kali", chair);
		refreshedAndEqual("activity voided");
		assertThat(stored("OUTREACH_REACHED", this.unit, 'Y', LocalDate.of(2024, 1, 1))).isNull();

		// 5. the pathway ends
		this.pathways.finish(pathway.id(),
				new OutcomeCommand(Outcome.DROPPED_OUT, LocalDate.of(2024, 4, 30), "Tidak datang lagi", null, null),
				chair);
		refreshedAndEqual("pathway ended");
		assertThat(stored("IBM_CLIENTS_SERVED", this.unit, 'M', LocalDate.of(2024, 4, 1))).isEqualTo(1);
		assertThat(stored("IBM_CLIENTS_SERVED", this.unit, 'M', LocalDate.of(2024, 5, 1))).isNull();

		// 6. another methadone dose
		this.visits.record(
				visit(hrClient, null, LocalDate.of(2024, 3, 5), null, new NewVisit.Methadone(45, true, 0), null),
				nurse);
		refreshedAndEqual("dose added");
		assertThat(stored("METHADONE_DOSES", this.puskesmas, 'Y', LocalDate.of(2024, 1, 1))).isEqualTo(2);
		assertThat(stored("OST_ACTIVE", this.puskesmas, 'M', LocalDate.of(2024, 12, 1))).isEqualTo(1);

		// 7. the course stops (only the course changes, no visit)
		this.courses.stop(hrClient, LocalDate.of(2024, 3, 20), "Pindah ke layanan lain", nurse);
		refreshedAndEqual("course stopped");
		assertThat(stored("OST_ACTIVE", this.puskesmas, 'M', LocalDate.of(2024, 3, 1))).isNull();
		assertThat(stored("OST_ACTIVE", this.puskesmas, 'M', LocalDate.of(2024, 12, 1))).isNull();

		Map<String, BigDecimal> refreshed = byKey(storedRows());
		this.rollups.rebuild();
		Map<String, BigDecimal> rebuilt = byKey(storedRows());
		assertSame("rebuild against the refreshes", rebuilt, refreshed);
		assertSame("rebuild against a fresh count", rebuilt, byKey(this.rollups.count(organisations())));
	}

	/**
	 * Refreshes, then compares the rollups of the two organisations with a fresh count.
	 */
	private void refreshedAndEqual(String step) {
		this.rollups.refresh();
		Map<String, BigDecimal> stored = byKey(storedRows());
		Map<String, BigDecimal> fresh = byKey(this.rollups.count(organisations()));
		assertThat(fresh).as(step + ": the records count something").isNotEmpty();
		assertSame(step, stored, fresh);
	}

	private static void assertSame(String step, Map<String, BigDecimal> actual, Map<String, BigDecimal> expected) {
		assertThat(actual.keySet()).as(step + ": rows").containsExactlyInAnyOrderElementsOf(expected.keySet());
		actual
			.forEach((key, amount) -> assertThat(amount).as(step + ": " + key).isEqualByComparingTo(expected.get(key)));
	}

	/**
	 * Rows by (indicator, dimension, organisation, kind, start); a duplicate key fails.
	 */
	private static Map<String, BigDecimal> byKey(List<RollupRow> rows) {
		return rows.stream().collect(Collectors.toMap(RollupRow::key, RollupRow::amount));
	}

	private List<UUID> organisations() {
		return List.of(this.unit, this.puskesmas);
	}

	private List<RollupRow> storedRows() {
		return this.jdbc.sql("""
				SELECT indicator, dimension, organisation_id, period_kind, period_start, amount FROM rpt_rollup
				WHERE organisation_id IN (:orgs)""")
			.param("orgs", organisations())
			.query((rs, n) -> new RollupRow(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getString(4).charAt(0), rs.getObject(5, LocalDate.class), rs.getBigDecimal(6)))
			.list();
	}

	/**
	 * The stored figure of an indicator (no disaggregation), or null when none is stored.
	 */
	private @Nullable Integer stored(String indicator, UUID organisation, char kind, LocalDate start) {
		return storedRows().stream()
			.filter(row -> row.indicator().equals(indicator) && row.dimension().isEmpty()
					&& row.organisationId().equals(organisation) && row.periodKind() == kind
					&& row.periodStart().equals(start))
			.map(row -> row.amount().intValueExact())
			.findFirst()
			.orElse(null);
	}

	private static NewVisit visit(@Nullable UUID client, NewVisit.@Nullable Anonymous anonymous, LocalDate on,
			NewVisit.@Nullable Nsp nsp, NewVisit.@Nullable Methadone methadone, NewVisit.@Nullable HivTest hiv) {
		return new NewVisit(null, client, anonymous, on, null, null, nsp, methadone, hiv, null, null, null, null, null,
				null, null, null);
	}

	private UUID client(PulihUser by, ClientSource source, @Nullable UUID from, int index) {
		Sex sex = (index % 2 == 0) ? Sex.FEMALE : Sex.MALE;
		LocalDate birth = LocalDate.of(1990, 2, 1).plusDays(index);
		return this.clients
			.register(new NewClient(null, new UicFacts("Yohana", "Markus", sex, birth), sex, birth, null, VILLAGE,
					source, from, LocalDate.of(2023, 12, 1)), by)
			.client()
			.id();
	}

	private UUID register(String code, OrganisationType type, @Nullable UUID parent, @Nullable String area,
			@Nullable LocalDate formedOn) {
		return this.organisations
			.register(new NewOrganisation(null, "TR" + code + "-" + this.suffix,
					"Uji rollup " + code + " " + this.suffix, type, parent, area, formedOn), this.national)
			.id();
	}

	private PulihUser user(String name, Role role, PersonRole personRole, UUID organisation) {
		UUID person = this.workforce
			.register(new NewPerson(null, "Uji " + name + " " + this.suffix, Sex.MALE, personRole, organisation, null,
					LocalDate.of(2022, 6, 1)), this.national)
			.id();
		String username = "t.rollup." + name + "." + this.suffix;
		this.access.create(new NewUser(username, "Uji " + name + " " + this.suffix, PASSWORD, role,
				Scope.Kind.ORGANISATION, organisation, null, person), this.national);
		return this.users.load(username);
	}

}
