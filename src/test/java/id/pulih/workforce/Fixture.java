package id.pulih.workforce;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.pulih.access.AccessManagement;
import id.pulih.access.NewUser;
import id.pulih.organisation.NewOrganisation;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small world of its own for one test: a BNN with a BNNP (Jawa Barat) and a BNNK
 * (Kabupaten Bogor), two IBM units below it (Gunungputri, A, and Cicadas, B), and a user
 * for each role the tests need. Codes and usernames carry a random suffix, so fixtures
 * never collide with each other or with the demo data.
 */
final class Fixture {

	static final String PASSWORD = "Rahasia-2026-ok";

	final String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));

	final UUID bnnk;

	final UUID unitA;

	final UUID unitB;

	/** A rehabilitation officer of the BNNK: sees and changes both units. */
	final String rehab;

	/** The chair of unit A: sees and changes unit A only. */
	final String chairA;

	final String agentA;

	final String agentB;

	/** A national administrator. */
	final String admin;

	private final JdbcClient jdbc;

	Fixture(Organisations organisations, AccessManagement access, JdbcClient jdbc) {
		this.jdbc = jdbc;
		Scope national = Scope.national();
		LocalDate formed = today().minusYears(2);
		UUID bnn = organisations
			.register(new NewOrganisation(null, "TBNN-" + this.suffix, "BNN uji " + this.suffix, OrganisationType.BNN,
					null, null, null), national)
			.id();
		UUID bnnp = organisations
			.register(new NewOrganisation(null, "TBNNP-" + this.suffix, "BNNP Jawa Barat " + this.suffix,
					OrganisationType.BNNP, bnn, "32", null), national)
			.id();
		this.bnnk = organisations
			.register(new NewOrganisation(null, "TBNNK-" + this.suffix, "BNNK Bogor " + this.suffix,
					OrganisationType.BNNK, bnnp, "32.01", null), national)
			.id();
		this.unitA = organisations
			.register(new NewOrganisation(null, "TIBM-A-" + this.suffix, "IBM Gunungputri " + this.suffix,
					OrganisationType.IBM_UNIT, this.bnnk, "32.01.02.2004", formed), national)
			.id();
		this.unitB = organisations
			.register(new NewOrganisation(null, "TIBM-B-" + this.suffix, "IBM Cicadas " + this.suffix,
					OrganisationType.IBM_UNIT, this.bnnk, "32.01.02.2007", formed), national)
			.id();
		this.rehab = user(access, "rehab", Role.REHABILITATION_OFFICER, this.bnnk);
		this.chairA = user(access, "chair", Role.UNIT_CHAIR, this.unitA);
		this.agentA = user(access, "agenta", Role.RECOVERY_AGENT, this.unitA);
		this.agentB = user(access, "agentb", Role.RECOVERY_AGENT, this.unitB);
		String adminName = "t.admin." + this.suffix;
		access.create(new NewUser(adminName, "Admin " + this.suffix, PASSWORD, Role.ADMINISTRATOR, Scope.Kind.NATIONAL,
				null, null, null), national);
		this.admin = adminName;
	}

	private String user(AccessManagement access, String name, Role role, UUID organisationId) {
		String username = "t." + name + "." + this.suffix;
		access.create(new NewUser(username, name + " " + this.suffix, PASSWORD, role, Scope.Kind.ORGANISATION,
				organisationId, null, null), Scope.national());
		return username;
	}

	/** A date safely in the past or present everywhere in Indonesia. */
	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Jakarta"));
	}

	long peopleIn(UUID organisationId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM person WHERE organisation_id = ?")
			.param(organisationId)
			.query(Long.class)
			.single();
	}

	long appointmentsOf(UUID personId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM person_appointment WHERE person_id = ?")
			.param(personId)
			.query(Long.class)
			.single();
	}

	long trainingsOf(UUID personId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM person_training WHERE person_id = ?")
			.param(personId)
			.query(Long.class)
			.single();
	}

	long audits(UUID personId, String action) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = ?")
			.params(personId, action)
			.query(Long.class)
			.single();
	}

}
