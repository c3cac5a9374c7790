package id.pulih.harmreduction;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.pulih.access.AccessManagement;
import id.pulih.access.NewUser;
import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.client.ClientSource;
import id.pulih.client.NewClient;
import id.pulih.client.UicFacts;
import id.pulih.demo.DemoUsers;
import id.pulih.organisation.NewOrganisation;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.shared.FundingSource;
import id.pulih.shared.Sex;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;
import id.pulih.stock.NewReceipt;
import id.pulih.stock.StockBatch;
import id.pulih.stock.StockLedger;
import id.pulih.stock.StockLevels;
import id.pulih.support.TestUsers;
import id.pulih.workforce.NewPerson;
import id.pulih.workforce.PersonRole;
import id.pulih.workforce.Workforce;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The places and people the harm reduction tests meet: Puskesmas Sukasari with its demo
 * health worker, field officer and peer support officer; and, for tests that must know a
 * facility's whole stock, a new Puskesmas of the test's own (random code) with its own
 * staff and users. Clients get random facts, so tests never meet each other's codes;
 * stock is put in place through the stock module's receipts and read back through its
 * levels.
 */
final class HarmReductionWorld {

	static final String PASSWORD = "Rahasia-Layanan-2026";

	static final String SUKARASA = "32.73.01.1001";

	final PulihUser nurse;

	final PulihUser officer;

	final PulihUser peer;

	final UUID sukasari;

	final LocalDate today;

	private final TestUsers users;

	private final ClientRegistry clients;

	private final Organisations organisations;

	private final Workforce workforce;

	private final AccessManagement access;

	private final StockLedger ledger;

	private final StockLevels levels;

	private final JdbcClient jdbc;

	HarmReductionWorld(TestUsers users, ClientRegistry clients, Organisations organisations, Workforce workforce,
			AccessManagement access, StockLedger ledger, StockLevels levels, HarmReductionVisits visits,
			JdbcClient jdbc) {
		this.users = users;
		this.clients = clients;
		this.organisations = organisations;
		this.workforce = workforce;
		this.access = access;
		this.ledger = ledger;
		this.levels = levels;
		this.jdbc = jdbc;
		this.nurse = users.load(DemoUsers.HEALTH_WORKER);
		this.officer = users.load(DemoUsers.FIELD_OFFICER);
		this.peer = users.load(DemoUsers.PEER_SUPPORT_OFFICER);
		this.sukasari = organisations.findByCode("PKM-327301", Scope.national()).orElseThrow().id();
		this.today = visits.today(this.nurse);
	}

	/** A new outreach client registered by a worker, for the worker's organisation. */
	Client client(PulihUser registrar) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
		LocalDate birth = LocalDate.of(1975, 1, 1).plusDays(random.nextInt(365 * 30));
		UicFacts facts = new UicFacts(name(), name(), sex, birth);
		return this.clients
			.register(new NewClient(null, facts, sex, birth, null, SUKARASA, ClientSource.OUTREACH, null,
					this.today.minusDays(30)), registrar)
			.client();
	}

	/** A new Puskesmas in Kota Bandung with a health worker, field officer and peer. */
	Facility facility() {
		String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
		Scope national = Scope.national();
		UUID dinkes = this.organisations.findByCode("DINKES-3273", national).orElseThrow().id();
		UUID id = this.organisations
			.register(new NewOrganisation(null, "TPKM-" + suffix, "Puskesmas Uji " + suffix, OrganisationType.PUSKESMAS,
					dinkes, "32.73.01", null), national)
			.id();
		return new Facility(id, user(id, suffix, "nakes", PersonRole.HEALTH_WORKER, Role.HEALTH_WORKER),
				user(id, suffix, "petugas", PersonRole.FIELD_OFFICER, Role.FIELD_OFFICER),
				user(id, suffix, "sebaya", PersonRole.PEER_SUPPORT_OFFICER, Role.PEER_SUPPORT_OFFICER));
	}

	private String user(UUID organisationId, String suffix, String name, PersonRole personRole, Role role) {
		UUID person = this.workforce
			.register(new NewPerson(null, "Uji " + name + " " + suffix, Sex.FEMALE, personRole, organisationId, null,
					this.today.minusYears(1)), Scope.national())
			.id();
		String username = "t.hr." + name + "." + suffix;
		this.access.create(new NewUser(username, "Uji " + name + " " + suffix, PASSWORD, role, Scope.Kind.ORGANISATION,
				organisationId, null, person), Scope.national());
		return username;
	}

	PulihUser load(String username) {
		return this.users.load(username);
	}

	/**
	 * Receives a batch at a facility (by one of its users), expiring on a day. It arrived
	 * two months ago, so visits recorded for past days may draw from it (a batch is not
	 * drawn for a day before it arrived).
	 */
	UUID receive(UUID facility, PulihUser by, String itemCode, LocalDate expiresOn, long quantity) {
		String batch = "B" + ThreadLocalRandom.current().nextInt(100_000_000);
		return this.ledger
			.receive(new NewReceipt(null, facility, itemCode, batch, expiresOn, FundingSource.APBN, quantity, 0L,
					this.today.minusDays(60)), by)
			.batchId();
	}

	/** Plenty of an item at a facility, expiring in a year. */
	void stock(UUID facility, PulihUser by, String itemCode, long quantity) {
		receive(facility, by, itemCode, this.today.plusYears(1), quantity);
	}

	/**
	 * What the facility holds of an item and may use today, as the stock module reports
	 * it.
	 */
	long usable(UUID facility, String itemCode) {
		return this.levels.onHand(facility, Scope.national(), this.today)
			.stream()
			.filter(line -> line.itemCode().equals(itemCode))
			.mapToLong(line -> line.usable())
			.sum();
	}

	/** What each batch of an item at the facility holds, by batch id. */
	Map<UUID, Long> batches(UUID facility, String itemCode) {
		Map<UUID, Long> batches = new HashMap<>();
		for (StockBatch batch : this.levels.batches(facility, Scope.national(), this.today)) {
			if (batch.itemCode().equals(itemCode)) {
				batches.put(batch.id(), batch.onHand());
			}
		}
		return batches;
	}

	long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	long audits(UUID entityId, String action) {
		return count("SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = ?", entityId, action);
	}

	private static String name() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "" + (char) ('A' + random.nextInt(26)) + (char) ('a' + random.nextInt(26))
				+ (char) ('a' + random.nextInt(26)) + "ti";
	}

	/** A Puskesmas of the test's own and its users' names. */
	record Facility(UUID id, String nurse, String officer, String peer) {

	}

}
