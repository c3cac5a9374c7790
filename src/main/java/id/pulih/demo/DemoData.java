package id.pulih.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import id.pulih.access.AccessManagement;
import id.pulih.access.NewUser;
import id.pulih.geography.Area;
import id.pulih.geography.Areas;
import id.pulih.organisation.DevelopmentPhase;
import id.pulih.organisation.NewOrganisation;
import id.pulih.organisation.Organisation;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.reporting.estimate.PopulationEstimates;
import id.pulih.reporting.estimate.SetEstimate;
import id.pulih.organisation.UnitYearStatus;
import id.pulih.shared.FundingSource;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;
import id.pulih.workforce.NewPerson;
import id.pulih.workforce.Person;
import id.pulih.workforce.PersonRole;
import id.pulih.shared.Sex;
import id.pulih.workforce.Workforce;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data set through the product's own services (so every rule and audit
 * entry applies), in one transaction, from a fixed random seed: the same data on every
 * machine. Runs only on a database without users.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "pulih.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

	private static final String[] FIRST_FEMALE = { "Euis", "Neneng", "Siti", "Rina", "Dewi", "Lilis", "Nining", "Yanti",
			"Tati", "Imas", "Rini", "Wulan", "Sri", "Nurul", "Ratna" };

	private static final String[] FIRST_MALE = { "Asep", "Dadang", "Ujang", "Cecep", "Yayan", "Agus", "Budi", "Hendra",
			"Iwan", "Ade", "Dedi", "Rudi", "Wawan", "Jajang", "Deden" };

	private static final String[] LAST = { "Suryana", "Hidayat", "Nugraha", "Permana", "Saputra", "Kurniawan",
			"Setiawan", "Rahmawati", "Lestari", "Wijaya", "Gunawan", "Maulana", "Firmansyah", "Sopandi", "Rukmana" };

	private static final String[] UNIT_VILLAGES = { "32.01.02.2004", "32.01.02.2007", "32.01.02.2003", "32.01.02.2002",
			"32.01.03.2001", "32.01.01.1001" };

	private static final String[][] PUSKESMAS = { { "32.73.01", "Sukasari" }, { "32.73.02", "Coblong" },
			{ "32.73.05", "Andir" }, { "32.73.06", "Cicendo" }, { "32.73.16", "Kiaracondong" } };

	private final Organisations organisations;

	private final Workforce workforce;

	private final AccessManagement access;

	private final Areas areas;

	private final TransactionTemplate transaction;

	private final DemoPathways pathways;

	private final DemoHarmReduction harmReduction;

	private final DemoActivities activities;

	private final PopulationEstimates estimates;

	private final Random random = new Random(2026);

	private final Scope all = Scope.national();

	DemoData(Organisations organisations, Workforce workforce, AccessManagement access, Areas areas,
			TransactionTemplate transaction, DemoPathways pathways, DemoHarmReduction harmReduction,
			DemoActivities activities, PopulationEstimates estimates) {
		this.activities = activities;
		this.estimates = estimates;
		this.pathways = pathways;
		this.harmReduction = harmReduction;
		this.organisations = organisations;
		this.workforce = workforce;
		this.access = access;
		this.areas = areas;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.access.count() == 0) {
			this.transaction.executeWithoutResult(status -> load());
		}
		if (!this.access.list(this.all, DemoUsers.ADMINISTRATOR).isEmpty()) {
			printLogins();
		}
	}

	private void load() {
		Organisation bnn = org("BNN-RI", "Badan Narkotika Nasional RI", OrganisationType.BNN, null, null, null);
		Organisation bnnp = org("BNNP-32", "BNNP Jawa Barat", OrganisationType.BNNP, bnn, "32", null);
		Organisation bnnkBogor = org("BNNK-3201", "BNNK Bogor", OrganisationType.BNNK, bnnp, "32.01", null);
		Organisation bnnKotaBandung = org("BNNK-3273", "BNN Kota Bandung", OrganisationType.BNNK, bnnp, "32.73", null);
		Organisation dinkesJabar = org("DINKES-32", "Dinas Kesehatan Provinsi Jawa Barat",
				OrganisationType.DINKES_PROVINCE, null, "32", null);
		Organisation dinkesBandung = org("DINKES-3273", "Dinas Kesehatan Kota Bandung", OrganisationType.DINKES_REGENCY,
				dinkesJabar, "32.73", null);
		org("IPWL-3201", "Klinik Pratama BNNK Bogor (IPWL)", OrganisationType.IPWL, bnnkBogor, "32.01", null);
		org("RS-3201-CBN", "RSUD Cibinong", OrganisationType.HOSPITAL, dinkesJabar, "32.01.01", null);
		Organisation lrkm = org("LRKM-3273", "Yayasan Rumah Harapan Bandung (LRKM)", OrganisationType.LRKM,
				bnnKotaBandung, "32.73", null);
		org("LAPAS-3273", "Lapas Narkotika Kelas IIA Bandung", OrganisationType.LAPAS, null, "32.73", null);
		Organisation lsm = org("LSM-3273", "LSM Sahabat Sehat Bandung", OrganisationType.LSM, dinkesBandung, "32.73",
				null);
		org("WPA-3273-0101", "WPA Kelurahan Sukarasa", OrganisationType.WPA_GROUP, dinkesBandung, "32.73.01.1001",
				null);
		org("MITRA-KEMENAKER", "Kementerian Ketenagakerjaan RI", OrganisationType.NETWORK_PARTNER, null, "31", null);

		List<Organisation> puskesmas = new ArrayList<>();
		for (String[] p : PUSKESMAS) {
			puskesmas.add(org("PKM-" + p[0].replace(".", ""), "Puskesmas " + p[1], OrganisationType.PUSKESMAS,
					dinkesBandung, p[0], null));
		}
		Organisation sukasari = puskesmas.getFirst();

		List<Organisation> units = new ArrayList<>();
		for (int i = 0; i < UNIT_VILLAGES.length; i++) {
			Area village = this.areas.get(UNIT_VILLAGES[i]);
			LocalDate formed = LocalDate.of(2021 + (i % 4), 1 + this.random.nextInt(11), 1 + this.random.nextInt(27));
			units.add(org("IBM-" + village.code().replace(".", ""), "IBM Desa " + village.name(),
					OrganisationType.IBM_UNIT, bnnkBogor, village.code(), formed));
		}
		Organisation gunungputri = units.getFirst();
		describeGunungputri(gunungputri, bnnkBogor);
		for (Organisation unit : units.subList(1, units.size())) {
			describeUnit(unit, bnnkBogor);
		}

		// The people: agents per unit, BNNK officers, Puskesmas staff and NGO field
		// officers.
		List<Person> gunungputriAgents = agents(gunungputri, 7, "20 Tahun 2021", LocalDate.of(2021, 3, 15));
		List<Person> cicadasAgents = agents(units.get(1), 5, "141/05/Kpts/III/2022", LocalDate.of(2022, 3, 8));
		for (Organisation unit : units.subList(2, units.size())) {
			agents(unit, 4 + this.random.nextInt(3), "SK/" + unit.unit().formedOn().getYear(), unit.unit().formedOn());
		}
		this.workforce.deactivate(gunungputriAgents.getLast().id(), "Pindah domisili ke luar desa",
				LocalDate.of(2024, 6, 30), this.all);
		Person rehabOfficer = person(PersonRole.REHABILITATION_OFFICER, bnnkBogor);
		Person healthWorker = person(PersonRole.HEALTH_WORKER, sukasari);
		Person fieldOfficer = person(PersonRole.FIELD_OFFICER, sukasari);
		Person peer = person(PersonRole.PEER_SUPPORT_OFFICER, sukasari);
		for (Organisation pkm : puskesmas.subList(1, puskesmas.size())) {
			person(PersonRole.HEALTH_WORKER, pkm);
			person(PersonRole.FIELD_OFFICER, pkm);
		}
		person(PersonRole.FIELD_OFFICER, lsm);

		// One user per role.
		user(DemoUsers.ADMINISTRATOR, "Admin Pulih", Role.ADMINISTRATOR, Scope.Kind.NATIONAL, null, null, null);
		UUID admin = this.access.list(this.all, DemoUsers.ADMINISTRATOR).getFirst().id();
		this.access.enrolSecondFactorWithSecret(admin, DemoUsers.ADMIN_TOTP_SECRET);
		user(DemoUsers.PROGRAMME_MANAGER, "Pengelola Program Jawa Barat", Role.PROGRAMME_MANAGER, Scope.Kind.AREA, null,
				"32", null);
		user(DemoUsers.NATIONAL_MANAGER, "Pengelola Program BNN Pusat", Role.PROGRAMME_MANAGER, Scope.Kind.NATIONAL,
				null, null, null);
		user(DemoUsers.REHABILITATION_OFFICER, rehabOfficer.fullName(), Role.REHABILITATION_OFFICER,
				Scope.Kind.ORGANISATION, bnnkBogor.id(), null, rehabOfficer.id());
		user(DemoUsers.UNIT_CHAIR, gunungputriAgents.getFirst().fullName(), Role.UNIT_CHAIR, Scope.Kind.ORGANISATION,
				gunungputri.id(), null, gunungputriAgents.getFirst().id());
		user(DemoUsers.RECOVERY_AGENT, gunungputriAgents.get(1).fullName(), Role.RECOVERY_AGENT,
				Scope.Kind.ORGANISATION, gunungputri.id(), null, gunungputriAgents.get(1).id());
		user(DemoUsers.OTHER_RECOVERY_AGENT, cicadasAgents.getFirst().fullName(), Role.RECOVERY_AGENT,
				Scope.Kind.ORGANISATION, units.get(1).id(), null, cicadasAgents.getFirst().id());
		user(DemoUsers.FIELD_OFFICER, fieldOfficer.fullName(), Role.FIELD_OFFICER, Scope.Kind.ORGANISATION,
				sukasari.id(), null, fieldOfficer.id());
		user(DemoUsers.PEER_SUPPORT_OFFICER, peer.fullName(), Role.PEER_SUPPORT_OFFICER, Scope.Kind.ORGANISATION,
				sukasari.id(), null, peer.id());
		user(DemoUsers.HEALTH_WORKER, healthWorker.fullName(), Role.HEALTH_WORKER, Scope.Kind.ORGANISATION,
				sukasari.id(), null, healthWorker.id());

		// Clients of the Gunungputri unit at every stage of the pathway.
		UUID agentUser = this.access.list(this.all, DemoUsers.RECOVERY_AGENT).getFirst().id();
		this.pathways.load(gunungputri, gunungputriAgents.get(1), DemoUsers.RECOVERY_AGENT, agentUser, lrkm,
				this.random);

		// A year of the unit's community activities.
		this.activities.load(gunungputri,
				userOf(DemoUsers.RECOVERY_AGENT, Role.RECOVERY_AGENT, gunungputriAgents.get(1), gunungputri),
				this.random);

		// Commodities, budgets, visits and referrals of the Kota Bandung Puskesmas.
		this.harmReduction.load(
				new DemoHarmReduction.Places(dinkesBandung, sukasari, puskesmas.subList(1, puskesmas.size()),
						gunungputri),
				new DemoHarmReduction.Staff(userOf(DemoUsers.HEALTH_WORKER, Role.HEALTH_WORKER, healthWorker, sukasari),
						userOf(DemoUsers.FIELD_OFFICER, Role.FIELD_OFFICER, fieldOfficer, sukasari),
						userOf(DemoUsers.PEER_SUPPORT_OFFICER, Role.PEER_SUPPORT_OFFICER, peer, sukasari),
						userOf(DemoUsers.PROGRAMME_MANAGER, Role.PROGRAMME_MANAGER, null, dinkesBandung)),
				this.random);

		// Population estimates of this year for the harm reduction indicators: sample
		// figures, not published ones, entered by the provincial manager.
		UUID managerId = this.access.list(this.all, DemoUsers.PROGRAMME_MANAGER).getFirst().id();
		PulihUser provincial = new PulihUser(managerId, DemoUsers.PROGRAMME_MANAGER, null, DemoUsers.PROGRAMME_MANAGER,
				Role.PROGRAMME_MANAGER, Scope.area("32"), null, "Asia/Jakarta", false, true, false);
		int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
		String note = "Contoh data demo, bukan estimasi resmi";
		this.estimates.set(provincial, new SetEstimate("32", year, 6_800L, 4_900L, 1_750L, note, null));
		this.estimates.set(provincial, new SetEstimate("32.73", year, 2_150L, 1_600L, 560L, note, null));
	}

	/**
	 * A demo user as the services see them when the demo records work in their name (the
	 * manager's scope here is the Kota Bandung health office, where the demo budgets
	 * are).
	 */
	private PulihUser userOf(String username, Role role, @Nullable Person person, Organisation organisation) {
		UUID id = this.access.list(this.all, username).getFirst().id();
		return new PulihUser(id, username, null, (person != null) ? person.fullName() : username, role,
				Scope.organisation(organisation.id(), organisation.path()), (person != null) ? person.id() : null,
				"Asia/Jakarta", false, true, false);
	}

	/**
	 * Gunungputri, Kabupaten Bogor: the good-practice unit of seed 003, as it was
	 * reported.
	 */
	private void describeGunungputri(Organisation unit, Organisation bnnk) {
		UUID id = unit.id();
		this.organisations.addDecree(id, "20 Tahun 2021", LocalDate.of(2021, 3, 15), this.all);
		this.organisations.addDecree(id, "354/12/Kpts/IV/2022", LocalDate.of(2022, 4, 12), this.all);
		this.organisations.addDecree(id, "100.3.1.7/19/Kpts/II/2023", LocalDate.of(2023, 2, 20), this.all);
		this.organisations.addDecree(id, "100.3.1.7/10/Kpts/II/2024", LocalDate.of(2024, 2, 14), this.all);
		this.organisations.addPartner(id, "Balai Latihan Kerja (Training Center)", "Pelatihan", null, this.all);
		this.organisations.addPartner(id, "Kementerian Ketenagakerjaan RI (KEMENAKER)", "Kementerian", null, this.all);
		this.organisations.addPartner(id, "PT Indocement Tunggal Prakarsa Tbk", "CSR", null, this.all);
		this.organisations.addPartner(id, "Puskesmas Gunung Putri", "Layanan kesehatan", null, this.all);
		this.organisations.addFunding(id, FundingSource.VILLAGE_FUND, 30_000_000L, 2024, "Dana desa Gunungputri",
				this.all);
		this.organisations.recordYearStatus(id, 2021, UnitYearStatus.FORMED, bnnk.id(), this.all);
		for (int year = 2022; year <= 2025; year++) {
			this.organisations.recordYearStatus(id, year, UnitYearStatus.DEVELOPED, bnnk.id(), this.all);
		}
		this.organisations.recordPhase(id, DevelopmentPhase.PRE_PHASE, LocalDate.of(2021, 3, 1), null, this.all);
		this.organisations.recordPhase(id, DevelopmentPhase.PHASE_1_PILOT, LocalDate.of(2021, 11, 20), null, this.all);
		this.organisations.recordPhase(id, DevelopmentPhase.PHASE_2_GROWTH, LocalDate.of(2022, 11, 18), null, this.all);
		this.organisations.recordPhase(id, DevelopmentPhase.PHASE_3_DEVELOPMENT, LocalDate.of(2024, 11, 22), null,
				this.all);
	}

	private void describeUnit(Organisation unit, Organisation bnnk) {
		UUID id = unit.id();
		LocalDate formed = unit.unit().formedOn();
		this.organisations.addDecree(id, this.random.nextInt(400) + "/Kpts/" + formed.getYear(), formed, this.all);
		this.organisations.recordYearStatus(id, formed.getYear(), UnitYearStatus.FORMED, bnnk.id(), this.all);
		for (int year = formed.getYear() + 1; year <= 2025; year++) {
			this.organisations.recordYearStatus(id, year, UnitYearStatus.DEVELOPED, bnnk.id(), this.all);
		}
		this.organisations.recordPhase(id, DevelopmentPhase.PRE_PHASE, formed, null, this.all);
		if (formed.getYear() < 2024) {
			this.organisations.recordPhase(id, DevelopmentPhase.PHASE_1_PILOT, formed.plusMonths(9), null, this.all);
		}
		this.organisations.addFunding(id, FundingSource.VILLAGE_FUND, 5_000_000L * (1 + this.random.nextInt(5)), 2025,
				null, this.all);
	}

	private List<Person> agents(Organisation unit, int count, String decree, LocalDate decreeDate) {
		List<Person> agents = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Person agent = person(i == 0 ? PersonRole.UNIT_CHAIR : PersonRole.RECOVERY_AGENT, unit);
			this.workforce.appoint(agent.id(), decree, decreeDate, unit.id(), this.all);
			this.workforce.addTraining(agent.id(), "Pelatihan Agen Pemulihan IBM", decreeDate.minusDays(20),
					BigDecimal.valueOf(24), "BNNK Bogor", this.all);
			if (this.random.nextBoolean()) {
				this.workforce.addTraining(agent.id(), "Bimbingan teknis layanan bina lanjut", decreeDate.plusMonths(6),
						BigDecimal.valueOf(8), "BNNP Jawa Barat", this.all);
			}
			agents.add(agent);
		}
		return agents;
	}

	private Person person(PersonRole role, Organisation organisation) {
		boolean female = this.random.nextBoolean();
		String[] first = female ? FIRST_FEMALE : FIRST_MALE;
		String name = first[this.random.nextInt(first.length)] + " " + LAST[this.random.nextInt(LAST.length)];
		String phone = "08" + (1_100_000_000L + this.random.nextInt(800_000_000));
		return this.workforce.register(new NewPerson(null, name, female ? Sex.FEMALE : Sex.MALE, role,
				organisation.id(), phone, LocalDate.of(2021 + this.random.nextInt(4), 1, 10)), this.all);
	}

	private Organisation org(String code, String name, OrganisationType type, Organisation parent, String areaCode,
			LocalDate formedOn) {
		return this.organisations.register(
				new NewOrganisation(null, code, name, type, (parent != null) ? parent.id() : null, areaCode, formedOn),
				this.all);
	}

	private void user(String username, String displayName, Role role, Scope.Kind kind, UUID organisationId,
			String areaCode, UUID personId) {
		this.access.create(
				new NewUser(username, displayName, DemoUsers.PASSWORD, role, kind, organisationId, areaCode, personId),
				this.all);
	}

	private void printLogins() {
		StringBuilder out = new StringBuilder(
				"\n  Pulih demo data loaded. Sign in at http://localhost:8080 with password ")
			.append(DemoUsers.PASSWORD)
			.append(":\n");
		String[][] logins = { { DemoUsers.ADMINISTRATOR, "ADMINISTRATOR (+ TOTP)" },
				{ DemoUsers.PROGRAMME_MANAGER, "PROGRAMME_MANAGER, Jawa Barat" },
				{ DemoUsers.NATIONAL_MANAGER, "PROGRAMME_MANAGER, national" },
				{ DemoUsers.REHABILITATION_OFFICER, "REHABILITATION_OFFICER, BNNK Bogor" },
				{ DemoUsers.UNIT_CHAIR, "UNIT_CHAIR, IBM Desa Gunungputri" },
				{ DemoUsers.RECOVERY_AGENT, "RECOVERY_AGENT, IBM Desa Gunungputri" },
				{ DemoUsers.OTHER_RECOVERY_AGENT, "RECOVERY_AGENT, IBM Desa Cicadas" },
				{ DemoUsers.FIELD_OFFICER, "FIELD_OFFICER, Puskesmas Sukasari" },
				{ DemoUsers.PEER_SUPPORT_OFFICER, "PEER_SUPPORT_OFFICER, Puskesmas Sukasari" },
				{ DemoUsers.HEALTH_WORKER, "HEALTH_WORKER, Puskesmas Sukasari" } };
		for (String[] login : logins) {
			out.append(String.format("    %-20s %s%n", login[0], login[1]));
		}
		out.append("  The administrator also needs a TOTP code: add the secret ")
			.append(DemoUsers.ADMIN_TOTP_SECRET)
			.append(" to an authenticator app.\n");
		System.out.println(out);
	}

}
