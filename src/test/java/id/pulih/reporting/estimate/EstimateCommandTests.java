package id.pulih.reporting.estimate;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.pulih.demo.DemoUsers;
import id.pulih.shared.Conflict;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Entering population estimates: a programme manager enters an area's estimate, enters it
 * again unchanged, and corrects it with the version read; a stale or missing version is a
 * conflict; broken rules are refused all at once in the user's language; an area outside
 * the manager's scope is not found; nothing refused is written. The year 2091 and these
 * areas belong to these tests alone.
 */
@PulihSpringTest
class EstimateCommandTests {

	private static final int YEAR = 2091;

	private static final Locale INDONESIAN = Locale.of("id");

	@Autowired
	private PopulationEstimates estimates;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MessageSource messages;

	private PulihUser jabar() {
		return this.users.load(DemoUsers.PROGRAMME_MANAGER);
	}

	static PulihUser nationalManager() {
		return new PulihUser(UUID.randomUUID(), "t.estimate.national", null, "Pengelola Nasional",
				Role.PROGRAMME_MANAGER, Scope.national(), null, "Asia/Jakarta", false, true, false);
	}

	@Test
	void anEstimateIsEnteredEnteredAgainAndCorrectedWithItsVersion() {
		PulihUser manager = jabar();
		SetEstimate banjar = new SetEstimate("32.79", YEAR, 500L, 300L, 40L, "Estimasi Kemenkes 2024", null);
		PopulationEstimates.Outcome created = this.estimates.apply(manager, banjar);
		assertThat(created.change()).isEqualTo(PopulationEstimates.Change.CREATED);
		Estimate estimate = created.estimate();
		assertThat(estimate.areaCode()).isEqualTo("32.79");
		assertThat(estimate.areaName()).isEqualTo("Kota Banjar");
		assertThat(estimate.year()).isEqualTo(YEAR);
		assertThat(estimate.pwid()).isEqualTo(500L);
		assertThat(estimate.opioidPwid()).isEqualTo(300L);
		assertThat(estimate.pwidHiv()).isEqualTo(40L);
		assertThat(estimate.sourceNote()).isEqualTo("Estimasi Kemenkes 2024");
		assertThat(estimate.updatedBy()).isEqualTo(DemoUsers.PROGRAMME_MANAGER);
		assertThat(estimate.version()).isZero();
		assertThat(audits(estimate.id())).isOne();

		// the same again, with or without the version: nothing changes, nothing is
		// audited
		assertThat(this.estimates.apply(manager, banjar).change()).isEqualTo(PopulationEstimates.Change.UNCHANGED);
		assertThat(this.estimates.set(manager,
				new SetEstimate(" 32.79 ", YEAR, 500L, 300L, 40L, " Estimasi Kemenkes 2024 ", 0)))
			.satisfies(e -> assertThat(e.version()).isZero());
		assertThat(audits(estimate.id())).isOne();

		// corrected with the version read; a figure may be left out
		Estimate corrected = this.estimates.set(manager,
				new SetEstimate("32.79", YEAR, 600L, 300L, null, "Estimasi Kemenkes 2025", 0));
		assertThat(corrected.id()).isEqualTo(estimate.id());
		assertThat(corrected.pwid()).isEqualTo(600L);
		assertThat(corrected.pwidHiv()).isNull();
		assertThat(corrected.version()).isOne();
		assertThat(audits(estimate.id())).isEqualTo(2);
		assertThat(this.estimates.find("32.79", YEAR)).get()
			.extracting(Estimate::pwid, Estimate::pwidHiv, Estimate::sourceNote)
			.containsExactly(600L, null, "Estimasi Kemenkes 2025");
		assertThat(rows("32.79")).isOne();
		assertThat(this.jdbc.sql("SELECT detail FROM audit_event WHERE entity_id = ? ORDER BY occurred_at DESC")
			.param(estimate.id())
			.query(String.class)
			.list()
			.getFirst()).contains("pwid=600").contains("was pwid=500");
	}

	@Test
	void aStaleOrMissingVersionIsAConflictAndChangesNothing() {
		PulihUser manager = jabar();
		this.estimates.set(manager, new SetEstimate("32.78", YEAR, 800L, null, null, null, null));
		this.estimates.set(manager, new SetEstimate("32.78", YEAR, 900L, null, null, null, 0));

		Conflict stale = catchThrowableOfType(Conflict.class,
				() -> this.estimates.set(manager, new SetEstimate("32.78", YEAR, 700L, null, null, null, 0)));
		assertThat(stale.field()).isEqualTo("version");
		assertThat(text(stale))
			.isEqualTo("Estimasi ini baru saja diubah orang lain. Muat estimasi terbaru, lalu coba lagi.");
		Conflict exists = catchThrowableOfType(Conflict.class,
				() -> this.estimates.set(manager, new SetEstimate("32.78", YEAR, 700L, null, null, null, null)));
		assertThat(exists.field()).isEqualTo("areaCode");
		assertThat(text(exists)).isEqualTo("Estimasi wilayah ini untuk tahun ini sudah ada. Ubah dari daftar di atas.");
		assertThat(this.estimates.find("32.78", YEAR)).get()
			.extracting(Estimate::pwid, Estimate::version)
			.containsExactly(900L, 1);

		// a version for an estimate nobody entered: the caller read something else
		assertThatThrownBy(() -> this.estimates.set(manager, new SetEstimate("32.77", YEAR, 100L, null, null, null, 3)))
			.isInstanceOf(Conflict.class)
			.extracting(ex -> ((Conflict) ex).field())
			.isEqualTo("version");
		assertThat(rows("32.77")).isZero();
	}

	@Test
	void brokenRulesAreRefusedAllAtOnceInTheUsersLanguageAndNothingIsWritten() {
		PulihUser manager = jabar();
		assertThat(refused(manager, new SetEstimate("32.76", YEAR, 0L, 2_000_000_000L, -3L, "x".repeat(501), null)))
			.extracting(RuleViolation::field, this::text)
			.containsExactly(tuple("pwid", "Jumlah orang paling sedikit 1."),
					tuple("opioidPwid", "Jumlah orang paling banyak 1.000.000.000."),
					tuple("pwidHiv", "Jumlah orang paling sedikit 1."),
					tuple("sourceNote", "Sumber paling banyak 500 karakter."));
		assertThat(refused(manager, new SetEstimate("32.76", YEAR, 100L, 101L, 150L, null, null)))
			.extracting(RuleViolation::field, this::text)
			.containsExactly(tuple("opioidPwid", "Penasun opioid tidak boleh lebih banyak daripada jumlah penasun."),
					tuple("pwidHiv", "Penasun dengan HIV tidak boleh lebih banyak daripada jumlah penasun."));
		assertThat(refused(manager, new SetEstimate("32.76", YEAR, null, null, null, "  ", null)))
			.extracting(RuleViolation::field, this::text)
			.containsExactly(tuple(null, "Isi paling sedikit satu angka estimasi."));
		assertThat(refused(manager, new SetEstimate("32.76", 1999, 10L, null, null, null, null)))
			.extracting(RuleViolation::field, this::text)
			.containsExactly(tuple("year", "Tahun harus antara 2000 dan 2100."));
		assertThat(refused(manager, new SetEstimate("32.76", 2101, 10L, null, null, null, null)))
			.extracting(RuleViolation::field)
			.containsExactly("year");
		assertThat(refused(manager, new SetEstimate(" ", null, 10L, null, null, null, null)))
			.extracting(RuleViolation::field, this::text)
			.containsExactly(tuple("areaCode", "Isi kode wilayah."), tuple("year", "Isi tahun."));
		assertThat(refused(manager, new SetEstimate("32.99", YEAR, 10L, null, null, null, null)))
			.extracting(RuleViolation::field, this::text)
			.containsExactly(tuple("areaCode", "Kode wilayah tidak dikenal. Cari wilayahnya, lalu salin kodenya."));
		// in English for a user reading English
		assertThat(this.messages.getMessage("estimate.error.opioidAbovePwid", null, Locale.ENGLISH))
			.isEqualTo("Opioid PWID cannot be more than the number of people who inject drugs.");

		// the parts may equal the whole, and each figure may stand alone
		assertThat(this.estimates.check(manager, new SetEstimate("32.76", YEAR, 100L, 100L, 100L, null, null)))
			.isEmpty();
		assertThat(this.estimates.check(manager, new SetEstimate("32.76", YEAR, null, null, 1L, null, null))).isEmpty();
		assertThat(rows("32.76")).isZero();
		assertThat(rows("32.99")).isZero();
	}

	@Test
	void aManagerEntersOnlyTheAreasOfTheirScope() {
		PulihUser jabar = jabar();
		assertThatThrownBy(
				() -> this.estimates.set(jabar, new SetEstimate("31.71", YEAR, 100L, null, null, null, null)))
			.isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> this.estimates.set(jabar, new SetEstimate("ID", YEAR, 100L, null, null, null, null)))
			.isInstanceOf(RecordNotFound.class);
		// out of scope is not found, whatever else is wrong with the command
		assertThatThrownBy(() -> this.estimates.set(jabar, new SetEstimate("31.71", YEAR, -1L, null, null, null, null)))
			.isInstanceOf(RecordNotFound.class);
		assertThat(this.estimates.check(jabar, new SetEstimate("31.71", YEAR, 100L, null, null, null, null)))
			.extracting(RuleViolation::field, this::text)
			.containsExactly(tuple("areaCode", "Wilayah ini berada di luar wilayah kerja Anda."));
		assertThat(this.estimates.mayEstimate(jabar, "32")).isTrue();
		assertThat(this.estimates.mayEstimate(jabar, "32.75.01")).isTrue();
		assertThat(this.estimates.mayEstimate(jabar, "ID")).isFalse();
		assertThat(rows("31.71")).isZero();

		PulihUser nation = nationalManager();
		assertThat(this.estimates.set(nation, new SetEstimate("id", YEAR, 50_000L, null, null, "Kemenkes", null)))
			.extracting(Estimate::areaCode, Estimate::areaName)
			.containsExactly("ID", null);
		assertThat(this.estimates.set(nation, new SetEstimate("31.71", YEAR, 100L, null, null, null, null)).pwid())
			.isEqualTo(100L);
		assertThat(this.jdbc
			.sql("SELECT province_code FROM rpt_population_estimate WHERE area_code = ? AND estimate_year = ?")
			.params("31.71", YEAR)
			.query(String.class)
			.single()).isEqualTo("31");

		PulihUser nurse = this.users.load(DemoUsers.HEALTH_WORKER);
		assertThatThrownBy(
				() -> this.estimates.set(nurse, new SetEstimate("32.75", YEAR, 100L, null, null, null, null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(rows("32.75")).isZero();
	}

	private List<RuleViolation> refused(PulihUser user, SetEstimate command) {
		RuleViolation refusal = catchThrowableOfType(RuleViolation.class, () -> this.estimates.set(user, command));
		assertThat(refusal).as("refused: %s", command).isNotNull();
		return InvalidEstimate.all(refusal);
	}

	private String text(RuleViolation violation) {
		return this.messages.getMessage(violation.messageKey(), violation.arguments(), INDONESIAN);
	}

	private long rows(String areaCode) {
		return this.jdbc.sql("SELECT COUNT(*) FROM rpt_population_estimate WHERE area_code = ? AND estimate_year = ?")
			.params(areaCode, YEAR)
			.query(Long.class)
			.single();
	}

	private long audits(UUID id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = 'estimate.set'")
			.param(id)
			.query(Long.class)
			.single();
	}

}
