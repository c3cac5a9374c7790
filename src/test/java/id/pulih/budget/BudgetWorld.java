package id.pulih.budget;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.pulih.access.AccessManagement;
import id.pulih.access.NewUser;
import id.pulih.demo.DemoUsers;
import id.pulih.organisation.NewOrganisation;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.shared.FundingSource;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;
import id.pulih.stock.StockReceived;
import id.pulih.support.TestUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A budget world of its own for one test: a district health office of its own under the
 * demo provincial one, two Puskesmas under it, a BNNK under the demo BNNP, and users
 * scoped to each (a health worker per Puskesmas, a rehabilitation officer of the BNNK);
 * the demo programme manager of Jawa Barat sees all of it. Codes and usernames carry a
 * random suffix, so tests never meet each other's figures.
 */
final class BudgetWorld {

	static final String PASSWORD = "Rahasia-2026-ok";

	final String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));

	final UUID dinkes;

	final UUID puskesmasA;

	final UUID puskesmasB;

	final UUID bnnk;

	final String nurseAName;

	final String nurseBName;

	final String rehabName;

	final PulihUser manager;

	final PulihUser nurseA;

	final PulihUser nurseB;

	final PulihUser rehab;

	final LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));

	final int year = this.today.getYear();

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	BudgetWorld(TestUsers users, Organisations organisations, AccessManagement access, ApplicationEventPublisher events,
			TransactionTemplate transaction, JdbcClient jdbc) {
		this.events = events;
		this.transaction = transaction;
		this.jdbc = jdbc;
		Scope national = Scope.national();
		UUID dinkesJabar = organisations.findByCode("DINKES-32", national).orElseThrow().id();
		UUID bnnp = organisations.findByCode("BNNP-32", national).orElseThrow().id();
		this.dinkes = organisations
			.register(new NewOrganisation(null, code("DINKES"), "Dinkes Uji " + this.suffix,
					OrganisationType.DINKES_REGENCY, dinkesJabar, "32.73", null), national)
			.id();
		this.puskesmasA = organisations
			.register(new NewOrganisation(null, code("PKM-A"), "Puskesmas Uji A " + this.suffix,
					OrganisationType.PUSKESMAS, this.dinkes, "32.73", null), national)
			.id();
		this.puskesmasB = organisations
			.register(new NewOrganisation(null, code("PKM-B"), "Puskesmas Uji B " + this.suffix,
					OrganisationType.PUSKESMAS, this.dinkes, "32.73", null), national)
			.id();
		this.bnnk = organisations
			.register(new NewOrganisation(null, code("BNNK"), "BNNK Uji " + this.suffix, OrganisationType.BNNK, bnnp,
					"32.73", null), national)
			.id();
		this.nurseAName = user(access, "nakes.a", Role.HEALTH_WORKER, this.puskesmasA);
		this.nurseBName = user(access, "nakes.b", Role.HEALTH_WORKER, this.puskesmasB);
		this.rehabName = user(access, "rehab", Role.REHABILITATION_OFFICER, this.bnnk);
		this.manager = users.load(DemoUsers.PROGRAMME_MANAGER);
		this.nurseA = users.load(this.nurseAName);
		this.nurseB = users.load(this.nurseBName);
		this.rehab = users.load(this.rehabName);
	}

	String code(String prefix) {
		return "TB" + prefix + "-" + this.suffix;
	}

	/** A user of the role scoped to the organisation; answers the username. */
	String user(AccessManagement access, String name, Role role, UUID organisationId) {
		String username = "t.budget." + name + "." + this.suffix;
		access.create(new NewUser(username, name + " " + this.suffix, PASSWORD, role, Scope.Kind.ORGANISATION,
				organisationId, null, null), Scope.national());
		return username;
	}

	/** Publishes a receipt as the stock module does: inside a transaction. */
	StockReceived receive(UUID facility, String itemCode, FundingSource source, long quantity, long value,
			LocalDate on) {
		StockReceived event = new StockReceived(UUID.randomUUID(), facility, itemCode, source, quantity, value, on);
		publish(event);
		return event;
	}

	void publish(StockReceived event) {
		this.transaction.executeWithoutResult(status -> this.events.publishEvent(event));
	}

	long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	long allocationsOf(UUID organisation) {
		return count("SELECT COUNT(*) FROM budget_allocation WHERE organisation_id = ?", organisation);
	}

	long revisionsOf(UUID organisation) {
		return count("SELECT COUNT(*) FROM budget_allocation_revision WHERE organisation_id = ?", organisation);
	}

	long costsOf(UUID organisation) {
		return count("SELECT COUNT(*) FROM budget_cost WHERE organisation_id = ?", organisation);
	}

	long receiptsOf(UUID organisation) {
		return count("SELECT COUNT(*) FROM budget_receipt WHERE organisation_id = ?", organisation);
	}

	long audits(UUID entityId, String action) {
		return count("SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = ?", entityId, action);
	}

}
