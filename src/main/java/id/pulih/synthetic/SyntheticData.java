package id.pulih.synthetic;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import id.pulih.access.AccessManagement;
import id.pulih.access.NewUser;
import id.pulih.client.UicBuilder;
import id.pulih.demo.DemoUsers;
import id.pulih.instrument.CustomInstruments;
import id.pulih.reporting.RollupRebuild;
import id.pulih.shared.Audited;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with a realistic, deterministic synthetic data set of the size
 * {@code pulih.synthetic.size} ({@link SyntheticSize}: T for tests, S a regency, M a
 * province, L the nation), for benchmarks. Absent that property this component does not
 * exist.
 * <p>
 * Run it:
 * <ul>
 * <li>H2:
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.arguments="--pulih.synthetic.size=S"}</li>
 * <li>PostgreSQL:
 * {@code PULIH_CRYPTO_KEY=<key> PULIH_DEMO=true java -jar target/pulih.jar
 * --spring.profiles.active=postgres --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/<db>
 * --spring.datasource.username=postgres --spring.datasource.password= --pulih.synthetic.size=L
 * --pulih.synthetic.exit=true} (the postgres profile needs a crypto key, and demo data
 * only with {@code PULIH_DEMO=true})</li>
 * </ul>
 * {@code pulih.synthetic.seed} (default 2026) fixes every draw: the same seed and size
 * give the same rows, ids included (UUID version 7 built from each record's own date and
 * bits of the seeded stream, never from the clock). {@code pulih.synthetic.exit=true}
 * stops the application (exit code 0) once done; otherwise it keeps serving.
 * <p>
 * It needs the demo data ({@code pulih.demo.enabled=true}) and otherwise fails the start,
 * so it never writes into a production database. It runs when the application is ready,
 * after every start-up runner including the demo data (so its users and organisations
 * exist), and refuses, with an error and a failed start (non-zero exit), when synthetic
 * organisations (code prefix {@value Generator#PREFIX}) are already present.
 * <p>
 * <b>Rules.</b> Rows are written in bulk (JDBC batches on H2, COPY on PostgreSQL) in a
 * few large transactions, not through the services, but every stored figure is what the
 * product computes: client codes by the client module's {@link UicBuilder}; ASSIST and
 * WHOQOL-BREF scores, risks and routes by the instrument module's scoring; pathway weeks
 * by the recovery module's {@code Schedule}; evaluation scores and bands by the published
 * instruments ({@link CustomInstruments#score}). Rules that live only inside services
 * that need a signed-in user are applied here in the same way, namely: a low-risk
 * screening enrols, a moderate or high one records the referral recommendation and a
 * referral from the screening (draft, sent, then accepted with the client registered at
 * the receiver, declined, or lost to follow-up); a completed pathway has every mandatory
 * service at least twice and both WHOQOL-BREF ({@code SessionType.MANDATORY_TIMES}); an
 * open pathway holds {@code open_client_id}; a code is registered once per organisation;
 * visits draw their items first expiry first out under {@code visit:<id>}
 * ({@code HarmReductionVisits}'s items: needles, methadone mg, an HIV test kit per
 * result, condoms and lubricant), a receipt coming first when the usable stock would not
 * cover the visit, so no balance is negative; a positive HIV test marks the client as
 * living with HIV and assigns the peer support officer; an assessment's band decides the
 * unit's phase, added to its phase history.
 * <p>
 * <b>Audit.</b> One audit-trail entry per stage (actor {@code synthetic}), not one per
 * row: the rows carry {@code created_by = 'synthetic'}, which tells them apart.
 * <p>
 * Afterwards the report rollups are rebuilt, the benchmark logins created through the
 * access module (password {@link DemoUsers#PASSWORD}), and a summary is logged and
 * printed: rows per table, time and rows per second per stage, the logins with the number
 * of clients in their scope, and a busy client of {@code nakes.sintetis} for a timeline
 * benchmark.
 */
@Component
@ConditionalOnProperty(name = "pulih.synthetic.size")
class SyntheticData {

	private static final Logger log = LoggerFactory.getLogger(SyntheticData.class);

	private final DataSource dataSource;

	private final UicBuilder uic;

	private final CustomInstruments instruments;

	private final AccessManagement access;

	private final RollupRebuild rollups;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final ApplicationContext context;

	private final SyntheticSize size;

	private final long seed;

	private final boolean exit;

	SyntheticData(DataSource dataSource, UicBuilder uic, CustomInstruments instruments, AccessManagement access,
			RollupRebuild rollups, TransactionTemplate transaction, ApplicationEventPublisher events,
			ApplicationContext context, @Value("${pulih.synthetic.size}") String size,
			@Value("${pulih.synthetic.seed:2026}") long seed, @Value("${pulih.synthetic.exit:false}") boolean exit,
			@Value("${pulih.demo.enabled:false}") boolean demo) {
		if (!demo) {
			// Never beside real records: the generator only adds to the demo data set,
			// which a
			// production database (demo off) does not have.
			throw new IllegalStateException("pulih.synthetic.size needs pulih.demo.enabled=true (PULIH_DEMO=true): "
					+ "synthetic data is only generated beside the demo data, never into a production database");
		}
		this.dataSource = dataSource;
		this.uic = uic;
		this.instruments = instruments;
		this.access = access;
		this.rollups = rollups;
		this.transaction = transaction;
		this.events = events;
		this.context = context;
		this.size = SyntheticSize.valueOf(size.strip().toUpperCase());
		this.seed = seed;
		this.exit = exit;
	}

	/**
	 * Generates once the application is ready: after every start-up runner, the demo data
	 * ({@code DemoData}, highest precedence) and the shipped evaluation instruments among
	 * them, whose order among runners of equal precedence is not defined. A failure here
	 * fails the start (non-zero exit).
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void run() throws SQLException {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		Long present = jdbc.queryForObject("SELECT COUNT(*) FROM organisation WHERE code LIKE ?", Long.class,
				Generator.PREFIX + "%");
		if (present != null && present > 0) {
			log.error("Synthetic data is already present ({} organisations with code prefix {}): refusing to generate "
					+ "again. Use an empty database.", present, Generator.PREFIX);
			throw new IllegalStateException("Synthetic data already present");
		}
		long started = System.nanoTime();
		log.info("Generating synthetic data: size {}, seed {}", this.size, this.seed);
		Generator generator = new Generator(this.dataSource, this.uic, this.instruments, this.seed, this.size);
		generator.generate();
		List<Stage> stages = new ArrayList<>(generator.stages());
		long t = System.nanoTime();
		this.rollups.rebuild();
		stages.add(new Stage("report rollups",
				Map.of("rpt_rollup", jdbc.queryForObject("SELECT COUNT(*) FROM rpt_rollup", Long.class)),
				(System.nanoTime() - t) / 1_000_000));
		t = System.nanoTime();
		List<String> logins = logins(generator, jdbc);
		stages.add(new Stage("benchmark logins", Map.of("app_user", (long) 4), (System.nanoTime() - t) / 1_000_000));
		audit(stages);
		String summary = summary(stages, logins, (System.nanoTime() - started) / 1_000_000);
		log.info(summary);
		System.out.println(summary);
		if (this.exit) {
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}
	}

	private PulihUser synthetic() {
		return new PulihUser(new UUID(0, 0), Generator.AUTHOR, null, Generator.AUTHOR, Role.ADMINISTRATOR,
				Scope.national(), null, "Asia/Jakarta", false, true, false);
	}

	private <T> T asSynthetic(java.util.function.Supplier<T> work) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		PulihUser user = synthetic();
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	private void audit(List<Stage> stages) {
		asSynthetic(() -> this.transaction.execute(status -> {
			for (Stage stage : stages) {
				this.events.publishEvent(
						new Audited("synthetic.generated", "synthetic", null, "size " + this.size + " seed " + this.seed
								+ ": " + stage.name() + ", " + stage.total() + " rows in " + stage.millis() + " ms"));
			}
			return null;
		}));
	}

	private List<String> logins(Generator generator, JdbcTemplate jdbc) {
		Generator.Pkm pkm = generator.busiestPkm;
		String area = this.size.areaPrefix();
		List<String> lines = new ArrayList<>();
		// The still active agent with the most open pathways (an agent who left keeps
		// theirs
		// until they are handed over), and the chair of that agent's unit.
		List<Map<String, Object>> busiest = jdbc.queryForList("""
				SELECT e.organisation_id AS unit, e.agent_id AS agent, COUNT(*) AS open_pathways
				FROM recovery_enrolment e JOIN person p ON p.id = e.agent_id AND p.inactive_since IS NULL
				WHERE e.outcome IS NULL AND e.created_by = ?
				GROUP BY e.organisation_id, e.agent_id ORDER BY COUNT(*) DESC, e.organisation_id, e.agent_id
				FETCH FIRST 1 ROWS ONLY""", Generator.AUTHOR);
		UUID unit = busiest.isEmpty() ? null : (UUID) busiest.getFirst().get("unit");
		asSynthetic(() -> this.transaction.execute(status -> {
			if (unit != null) {
				UUID chair = jdbc.queryForObject(
						"SELECT MIN(CAST(id AS VARCHAR(36))) FROM person WHERE organisation_id = ? AND person_role = 'UNIT_CHAIR'",
						String.class, unit) instanceof String id ? UUID.fromString(id) : null;
				user("agen.sintetis", "Agen Sintetis", Role.RECOVERY_AGENT, Scope.Kind.ORGANISATION, unit, null,
						(UUID) busiest.getFirst().get("agent"));
				user("ketua.sintetis", "Ketua Sintetis", Role.UNIT_CHAIR, Scope.Kind.ORGANISATION, unit, null, chair);
			}
			if (pkm != null) {
				user("nakes.sintetis", "Nakes Sintetis", Role.HEALTH_WORKER, Scope.Kind.ORGANISATION, pkm.org.id(),
						null, pkm.healthWorker);
			}
			user("manajer.sintetis", "Manajer Sintetis", Role.PROGRAMME_MANAGER,
					area.isEmpty() ? Scope.Kind.NATIONAL : Scope.Kind.AREA, null, area.isEmpty() ? null : area, null);
			return null;
		}));
		if (unit != null) {
			long clients = count(jdbc, "SELECT COUNT(*) FROM client WHERE organisation_id = ?", unit);
			String name = jdbc.queryForObject("SELECT name FROM organisation WHERE id = ?", String.class, unit);
			lines.add(String.format("agen.sintetis     RECOVERY_AGENT    %s (%s open pathways), %d clients", name,
					busiest.getFirst().get("open_pathways"), clients));
			lines.add(String.format("ketua.sintetis    UNIT_CHAIR        %s, %d clients", name, clients));
		}
		if (pkm != null) {
			long clients = count(jdbc, "SELECT COUNT(*) FROM client WHERE organisation_id = ?", pkm.org.id());
			lines.add(String.format(
					"nakes.sintetis    HEALTH_WORKER     %s (%d visits), %d clients; busy client %s (%d visits)",
					pkm.org.name(), pkm.visits, clients, pkm.busiestClient, pkm.busiestVisits));
		}
		long scoped = area.isEmpty() ? count(jdbc, "SELECT COUNT(*) FROM client")
				: count(jdbc, "SELECT COUNT(*) FROM client c JOIN organisation o ON o.id = c.organisation_id "
						+ "WHERE o.area_code LIKE ?", area + "%");
		lines.add(String.format("manajer.sintetis  PROGRAMME_MANAGER %s, %d clients",
				area.isEmpty() ? "national" : "area " + area, scoped));
		return lines;
	}

	private static long count(JdbcTemplate jdbc, String sql, Object... args) {
		Long count = jdbc.queryForObject(sql, Long.class, args);
		return (count != null) ? count : 0;
	}

	private void user(String username, String name, Role role, Scope.Kind kind, UUID organisation, String area,
			UUID person) {
		this.access.create(new NewUser(username, name, DemoUsers.PASSWORD, role, kind, organisation, area, person),
				Scope.national());
	}

	private String summary(List<Stage> stages, List<String> logins, long millis) {
		StringBuilder out = new StringBuilder("\n  Pulih synthetic data, size ").append(this.size)
			.append(", seed ")
			.append(this.seed)
			.append(", ")
			.append(millis / 1000.0)
			.append(" s\n");
		Map<String, Long> tables = new LinkedHashMap<>();
		for (Stage stage : stages) {
			out.append(String.format("  stage %-52s %,12d rows %,9d ms %,10d rows/s%n", stage.name(), stage.total(),
					stage.millis(), stage.rowsPerSecond()));
			stage.rows().forEach((table, rows) -> tables.merge(table, rows, Long::sum));
		}
		out.append("  rows per table:\n");
		tables.forEach((table, rows) -> out.append(String.format("    %-30s %,12d%n", table, rows)));
		out.append("  benchmark logins (password ").append(DemoUsers.PASSWORD).append("):\n");
		logins.forEach(line -> out.append("    ").append(line).append('\n'));
		return out.toString();
	}

}
