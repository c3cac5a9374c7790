package id.pulih.organisation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.pulih.access.AccessManagement;
import id.pulih.access.NewUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small world of its own for one test: a national BNN root of its own, two IBM units
 * under a BNNP (Jawa Barat) and BNNK (Kabupaten Bogor) for scope checks, and the users
 * the tests sign in as. Codes and usernames carry a random suffix, so worlds never
 * collide with each other or with the demo data.
 */
final class World {

	static final String PASSWORD = "Rahasia-2026-ok";

	static final String GUNUNGPUTRI = "32.01.02.2004";

	static final String CICADAS = "32.01.02.2007";

	final String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));

	final UUID bnn;

	final UUID bnnp;

	final UUID bnnk;

	final UUID unitA;

	final UUID unitB;

	/** A national administrator. */
	final String admin;

	/** A rehabilitation officer of the BNNP: sees and changes everything below it. */
	final String rehab;

	/** A recovery agent of unit A: sees unit A only. */
	final String agentA;

	private final JdbcClient jdbc;

	World(Organisations organisations, AccessManagement access, JdbcClient jdbc) {
		this.jdbc = jdbc;
		Scope national = Scope.national();
		LocalDate formed = today().minusYears(2);
		this.bnn = organisations
			.register(new NewOrganisation(null, code("BNN"), "BNN uji " + this.suffix, OrganisationType.BNN, null, null,
					null), national)
			.id();
		this.bnnp = organisations
			.register(new NewOrganisation(null, code("BNNP"), "BNNP Jawa Barat " + this.suffix, OrganisationType.BNNP,
					this.bnn, "32", null), national)
			.id();
		this.bnnk = organisations
			.register(new NewOrganisation(null, code("BNNK"), "BNNK Bogor " + this.suffix, OrganisationType.BNNK,
					this.bnnp, "32.01", null), national)
			.id();
		this.unitA = organisations
			.register(new NewOrganisation(null, code("IBM-A"), "IBM Gunungputri " + this.suffix,
					OrganisationType.IBM_UNIT, this.bnnk, GUNUNGPUTRI, formed), national)
			.id();
		this.unitB = organisations
			.register(new NewOrganisation(null, code("IBM-B"), "IBM Cicadas " + this.suffix, OrganisationType.IBM_UNIT,
					this.bnnk, CICADAS, formed), national)
			.id();
		this.admin = user(access, "admin", Role.ADMINISTRATOR, null);
		this.rehab = user(access, "rehab", Role.REHABILITATION_OFFICER, this.bnnp);
		this.agentA = user(access, "agent", Role.RECOVERY_AGENT, this.unitA);
	}

	/** A code unique to this world. */
	String code(String prefix) {
		return "T" + prefix + "-" + this.suffix;
	}

	private String user(AccessManagement access, String name, Role role, UUID organisationId) {
		String username = "t.org." + name + "." + this.suffix;
		Scope.Kind kind = (organisationId != null) ? Scope.Kind.ORGANISATION : Scope.Kind.NATIONAL;
		access.create(new NewUser(username, name + " " + this.suffix, PASSWORD, role, kind, organisationId, null, null),
				Scope.national());
		return username;
	}

	/** Today in Indonesia's westernmost zone: never in the future anywhere there. */
	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Jakarta"));
	}

	long organisationsWithCode(String code) {
		return count("SELECT COUNT(*) FROM organisation WHERE code = ?", code);
	}

	long organisationsNamed(String name) {
		return count("SELECT COUNT(*) FROM organisation WHERE name = ?", name);
	}

	long rows(String table, UUID organisationId) {
		return count("SELECT COUNT(*) FROM " + table + " WHERE organisation_id = ?", organisationId);
	}

	long audits(UUID organisationId, String action) {
		return count("SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = ?", organisationId, action);
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
