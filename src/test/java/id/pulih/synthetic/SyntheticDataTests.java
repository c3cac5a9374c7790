package id.pulih.synthetic;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import javax.sql.DataSource;

import id.pulih.PulihApplication;
import id.pulih.instrument.AssistAnswers;
import id.pulih.instrument.AssistScoring;
import id.pulih.instrument.WhoqolAnswers;
import id.pulih.instrument.WhoqolBrefScoring;
import id.pulih.instrument.WhoqolDomain;
import id.pulih.instrument.WhoqolResult;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The synthetic data set (size T) on databases of its own, never the suite's shared one:
 * each run starts the whole application on a private in-memory H2 with the demo data and
 * {@code pulih.synthetic.size=T}. Two runs with the same seed give the same rows (counts
 * and a checksum over ids and key columns); the product's rules hold in what was written;
 * a report figure read from the rollups equals a raw count; and a second generation on
 * the same database is refused.
 */
class SyntheticDataTests {

	private static final List<String> CHECKED = List.of(
			"SELECT id, code, org_type, parent_id IS NULL FROM organisation WHERE code LIKE 'SYN-%' ORDER BY id",
			"SELECT id, uic, organisation_id, registered_on FROM client WHERE created_by = 'synthetic' ORDER BY id",
			"SELECT id, client_id, overall_risk, route FROM recovery_screening WHERE created_by = 'synthetic' ORDER BY id",
			"SELECT id, started_on, outcome, outcome_on FROM recovery_enrolment WHERE created_by = 'synthetic' ORDER BY id",
			"SELECT id, session_type, held_on FROM recovery_session WHERE created_by = 'synthetic' ORDER BY id",
			"SELECT id, enrolment_id, physical FROM recovery_whoqol r WHERE EXISTS (SELECT 1 FROM recovery_enrolment e "
					+ "WHERE e.id = r.enrolment_id AND e.created_by = 'synthetic') ORDER BY id",
			"SELECT id, state, to_organisation_id FROM referral WHERE created_by = 'synthetic' ORDER BY id",
			"SELECT id, kind, held_on FROM activity WHERE created_by = 'synthetic' ORDER BY id",
			"SELECT id, client_id, visit_on FROM hr_visit WHERE created_by = 'synthetic' ORDER BY id",
			"SELECT id, batch_id, quantity, balance_after, reference FROM stock_entry WHERE created_by = 'synthetic' ORDER BY id",
			"SELECT id, kind, score, phase FROM evaluation_response WHERE created_by = 'synthetic' ORDER BY id");

	@Test
	void theSameSeedGivesTheSameRowsTheRulesHoldAndTheReportsAddUp() {
		Map<String, String> first;
		Map<String, String> second;
		try (ConfigurableApplicationContext app = start()) {
			JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
			first = snapshot(jdbc);
			assertRulesHold(jdbc);
			assertRollupsEqualRawCounts(jdbc);
			assertThat(app.getBean(SyntheticData.class)).isNotNull();
		}
		try (ConfigurableApplicationContext app = start()) {
			second = snapshot(new JdbcTemplate(app.getBean(DataSource.class)));
		}
		assertThat(first.get("SELECT COUNT(*) FROM hr_visit WHERE created_by = 'synthetic'")).isNotEqualTo("0");
		assertThat(second).isEqualTo(first);
	}

	@Test
	void aSecondGenerationOnTheSameDatabaseIsRefused() {
		String url = url();
		try (ConfigurableApplicationContext app = start(url)) {
			assertThat(app.isRunning()).isTrue();
			assertThatThrownBy(() -> start(url).close()).hasStackTraceContaining("Synthetic data already present");
		}
	}

	@Test
	void withoutTheDemoDataNothingIsGenerated() {
		String url = url();
		assertThatThrownBy(() -> new SpringApplicationBuilder(PulihApplication.class)
			.run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=sa",
					"--spring.datasource.password=", "--pulih.demo.enabled=false", "--pulih.synthetic.size=T",
					"--pulih.reporting.refresh-initial-delay=PT1H")
			.close()).hasStackTraceContaining("needs pulih.demo.enabled=true");
	}

	private static String url() {
		return "jdbc:h2:mem:synthetic-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
	}

	private static ConfigurableApplicationContext start() {
		return start(url());
	}

	private static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(PulihApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--spring.datasource.username=sa", "--spring.datasource.password=",
				"--pulih.demo.enabled=true", "--pulih.synthetic.size=T", "--pulih.synthetic.seed=7",
				"--pulih.reporting.refresh-initial-delay=PT1H");
	}

	private static Map<String, String> snapshot(JdbcTemplate jdbc) {
		Map<String, String> snapshot = new LinkedHashMap<>();
		for (String sql : CHECKED) {
			String table = sql.substring(sql.indexOf(" FROM ") + 6).split(" ")[0];
			snapshot.put("SELECT COUNT(*) FROM " + table + " WHERE created_by = 'synthetic'",
					String.valueOf(jdbc.queryForList(sql).size()));
			snapshot.put(sql, checksum(jdbc, sql));
		}
		return snapshot;
	}

	private static String checksum(JdbcTemplate jdbc, String sql) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			jdbc.query(sql, rs -> {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					Object value = rs.getObject(i);
					row.append((value instanceof BigDecimal decimal) ? decimal.stripTrailingZeros().toPlainString()
							: Objects.toString(value))
						.append('|');
				}
				digest.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
			});
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void assertRulesHold(JdbcTemplate jdbc) {
		// Every code is well formed and says the client's sex and birth date.
		jdbc.query("SELECT uic, sex, birth_date, birth_year FROM client WHERE created_by = 'synthetic'", rs -> {
			String uic = rs.getString(1);
			assertThat(uic).matches("[A-Z]{4}[12][0-9]{6}");
			assertThat(uic.charAt(4)).isEqualTo("MALE".equals(rs.getString(2)) ? '1' : '2');
			LocalDate born = rs.getObject(3, LocalDate.class);
			String date = (born != null)
					? String.format("%02d%02d%02d", born.getDayOfMonth(), born.getMonthValue(), born.getYear() % 100)
					: String.format("0000%02d", rs.getInt(4) % 100);
			assertThat(uic.substring(5)).isEqualTo(date);
		});
		// Every stored ASSIST result is what the scoring makes of the stored answers.
		Map<UUID, Map<String, String>> answers = new LinkedHashMap<>();
		jdbc.query("SELECT screening_id, item_id, answer FROM recovery_screening_answer", rs -> {
			answers.computeIfAbsent(rs.getObject(1, UUID.class), id -> new LinkedHashMap<>())
				.put(rs.getString(2), rs.getString(3));
		});
		jdbc.query("SELECT id, overall_risk, route FROM recovery_screening WHERE created_by = 'synthetic'", rs -> {
			var result = AssistScoring.score(AssistAnswers.fromForm(answers.get(rs.getObject(1, UUID.class))));
			assertThat(result.overallRisk().name()).isEqualTo(rs.getString(2));
			assertThat(result.ibmRoute().name()).isEqualTo(rs.getString(3));
		});
		// Enrolled from a screening: low risk; moderate or high: a referral, no
		// enrolment.
		assertThat(count(jdbc, "SELECT COUNT(*) FROM recovery_enrolment e JOIN recovery_screening s "
				+ "ON s.id = e.screening_id WHERE s.overall_risk <> 'LOW'"))
			.isZero();
		assertThat(count(jdbc, "SELECT COUNT(*) FROM recovery_enrolment WHERE created_by = 'synthetic' "
				+ "AND entry_point = 'SCREENING' AND screening_id IS NULL"))
			.isZero();
		assertThat(count(jdbc, "SELECT COUNT(*) FROM recovery_screening s WHERE s.created_by = 'synthetic' "
				+ "AND s.overall_risk <> 'LOW' AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.screening_id = s.id)"))
			.isZero();
		assertThat(count(jdbc, "SELECT COUNT(*) FROM recovery_screening WHERE created_by = 'synthetic' "
				+ "AND overall_risk <> 'LOW'"))
			.isPositive();
		// A completed pathway has every mandatory service twice and both WHOQOL-BREF.
		assertThat(count(jdbc,
				"""
						SELECT COUNT(*) FROM recovery_enrolment e WHERE e.created_by = 'synthetic' AND e.outcome = 'COMPLETED'
						AND ((SELECT COUNT(*) FROM recovery_whoqol w WHERE w.enrolment_id = e.id) < 2
						  OR EXISTS (SELECT 1 FROM (SELECT 'KIE' AS t UNION ALL SELECT 'LIFE_SKILLS' UNION ALL SELECT 'SELF_VISIT') m
						     WHERE (SELECT COUNT(*) FROM recovery_attendance a JOIN recovery_session s ON s.id = a.session_id
						            WHERE a.enrolment_id = e.id AND s.session_type = m.t) < 2))"""))
			.isZero();
		// Every stored WHOQOL-BREF domain score is what the scoring makes of the answers.
		jdbc.query("SELECT answers, physical, environment FROM recovery_whoqol", rs -> {
			Map<String, String> form = new LinkedHashMap<>();
			for (String pair : rs.getString(1).split("&")) {
				form.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
			}
			WhoqolResult result = WhoqolBrefScoring.score(WhoqolAnswers.fromForm(form));
			assertThat(rs.getBigDecimal(2)).isEqualByComparingTo(result.domain(WhoqolDomain.PHYSICAL).score());
			assertThat(rs.getBigDecimal(3)).isEqualByComparingTo(result.domain(WhoqolDomain.ENVIRONMENT).score());
		});
		// No balance is ever negative: per batch, in date order (receipts first on a
		// day).
		long[] running = { 0 };
		UUID[] batch = { null };
		jdbc.query("SELECT batch_id, quantity, balance_after FROM stock_entry WHERE created_by = 'synthetic' "
				+ "ORDER BY batch_id, occurred_on, CASE WHEN kind = 'RECEIPT' THEN 0 ELSE 1 END, balance_after DESC",
				rs -> {
					UUID id = rs.getObject(1, UUID.class);
					if (!id.equals(batch[0])) {
						batch[0] = id;
						running[0] = 0;
					}
					running[0] += rs.getLong(2);
					assertThat(running[0]).isNotNegative();
					assertThat(rs.getLong(3)).isNotNegative();
				});
		assertThat(
				count(jdbc,
						"SELECT COUNT(*) FROM stock_balance b WHERE b.created_by = 'synthetic' AND b.on_hand <> "
								+ "(SELECT SUM(e.quantity) FROM stock_entry e WHERE e.batch_id = b.batch_id)"))
			.isZero();
		// Every needle and syringe service drew its needles under visit:<id>.
		assertThat(count(jdbc,
				"""
						SELECT COUNT(*) FROM hr_visit_nsp n JOIN hr_visit v ON v.id = n.visit_id WHERE v.created_by = 'synthetic'
						AND n.needles_given <> COALESCE((SELECT -SUM(e.quantity) FROM stock_entry e
						    WHERE e.reference = 'visit:' || CAST(n.visit_id AS VARCHAR(36)) AND e.item_code = 'SYRINGE'
						    AND e.kind = 'ISSUE'), 0)"""))
			.isZero();
		assertThat(count(jdbc, "SELECT COUNT(*) FROM hr_visit_nsp")).isPositive();
	}

	private static void assertRollupsEqualRawCounts(JdbcTemplate jdbc) {
		for (int year = 2021; year <= 2025; year++) {
			long raw = count(jdbc, "SELECT COUNT(*) FROM hr_visit_nsp n JOIN hr_visit v ON v.id = n.visit_id "
					+ "JOIN organisation o ON o.id = v.organisation_id WHERE o.code LIKE 'SYN-%' AND v.voided_at IS NULL "
					+ "AND v.visit_on BETWEEN ? AND ?", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
			BigDecimal rolled = jdbc.queryForObject(
					"SELECT COALESCE(SUM(r.amount), 0) FROM rpt_rollup r "
							+ "JOIN organisation o ON o.id = r.organisation_id WHERE o.code LIKE 'SYN-%' "
							+ "AND r.indicator = 'NSP_VISITS' AND r.period_kind = 'Y' AND r.period_start = ?",
					BigDecimal.class, LocalDate.of(year, 1, 1));
			assertThat(rolled).as("NSP visits in " + year).isEqualByComparingTo(BigDecimal.valueOf(raw));
		}
	}

	private static long count(JdbcTemplate jdbc, String sql, Object... args) {
		Long count = jdbc.queryForObject(sql, Long.class, args);
		return (count != null) ? count : 0;
	}

}
