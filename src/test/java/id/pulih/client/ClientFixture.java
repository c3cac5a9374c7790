package id.pulih.client;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.pulih.shared.Sex;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Facts for test clients: random parents' names and birth dates, so that codes made by
 * different tests (and runs on the same database) do not meet by chance; and counts read
 * straight from the tables.
 */
final class ClientFixture {

	/** The villages of the demo units and of the demo Puskesmas' area. */
	static final String GUNUNGPUTRI = "32.01.02.2004";

	static final String CICADAS = "32.01.02.2007";

	static final String SUKARASA = "32.73.01.1001";

	private final JdbcClient jdbc;

	ClientFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A made-up first name with random first two letters, e.g. "Qwmah". */
	static String name() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "" + (char) ('A' + random.nextInt(26)) + (char) ('a' + random.nextInt(26)) + "mah";
	}

	static LocalDate birthDate() {
		return LocalDate.of(1970, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 35));
	}

	static UicFacts facts(Sex sex) {
		return new UicFacts(name(), name(), sex, birthDate());
	}

	static NewClient outreach(UicFacts facts, String village) {
		return new NewClient(null, facts, facts.sex(), facts.birthDate(), null, village, ClientSource.OUTREACH, null,
				null);
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Jakarta"));
	}

	long clientsWithUic(String uic) {
		return this.jdbc.sql("SELECT COUNT(*) FROM client WHERE uic = ?").param(uic).query(Long.class).single();
	}

	long clients() {
		return this.jdbc.sql("SELECT COUNT(*) FROM client").query(Long.class).single();
	}

	long audits(UUID clientId, String action) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = ?")
			.params(clientId, action)
			.query(Long.class)
			.single();
	}

	long openFlags(UUID clientId) {
		return this.jdbc.sql(
				"SELECT COUNT(*) FROM duplicate_flag WHERE resolved_at IS NULL AND (client_id = ? OR other_client_id = ?)")
			.params(clientId, clientId)
			.query(Long.class)
			.single();
	}

}
