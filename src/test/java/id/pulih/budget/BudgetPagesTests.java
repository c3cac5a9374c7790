package id.pulih.budget;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import id.pulih.access.AccessManagement;
import id.pulih.demo.DemoUsers;
import id.pulih.organisation.Organisations;
import id.pulih.shared.FundingSource;
import id.pulih.stock.Commodities;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The budget page ("Anggaran") as a programme manager and a Puskesmas health worker use
 * it: the empty state, the table with totals and the chart once there is money, forms
 * that keep what was typed and show each error beside its field, voiding a cost with a
 * confirmation and a reason, and another Puskesmas's page not found.
 */
@PulihSpringTest
class BudgetPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private Organisations organisations;

	@Autowired
	private AccessManagement access;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Budgets budgets;

	private BudgetWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new BudgetWorld(this.users, this.organisations, this.access, this.events, this.transaction,
				this.jdbc);
	}

	private MockHttpServletRequestBuilder postForm(String path, Map<String, String> fields, String username) {
		MockHttpServletRequestBuilder request = post(path).with(csrf()).with(this.users.as(username));
		fields.forEach(request::param);
		return request;
	}

	@Test
	void anEmptyYearSaysNothingIsAllocatedAndDrawsNoChart() throws Exception {
		this.mvc.perform(get("/budget").with(this.users.as(this.world.nurseAName)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Anggaran</h1>")))
			.andExpect(content().string(containsString("Puskesmas Uji A " + this.world.suffix)))
			.andExpect(content().string(containsString("id=\"budget-empty\"")))
			.andExpect(content()
				.string(containsString("Belum ada anggaran yang dialokasikan untuk tahun " + this.world.year + ".")))
			.andExpect(content().string(containsString("Belum ada alokasi maupun realisasi pada tahun ini.")))
			.andExpect(content().string(not(containsString("id=\"budget-chart\""))))
			.andExpect(content().string(not(containsString("chart.umd.min.js"))))
			// a health worker records costs but sets no allocations
			.andExpect(content().string(containsString("id=\"cost-form\"")))
			.andExpect(content().string(not(containsString("id=\"allocation-form\""))));
	}

	@Test
	void receiptsAddingUpBeyondWhatALongHoldsNeverBreakThePage() throws Exception {
		int year = this.world.year - 20;
		LocalDate day = LocalDate.of(year, 6, 1);
		// receipts recorded before their value was capped: together beyond 9.2 x 10^18
		long huge = 9_000_000_000_000_000_000L;
		this.world.receive(this.world.puskesmasA, Commodities.SYRINGE, FundingSource.APBD, 1, huge, day);
		this.world.receive(this.world.puskesmasA, Commodities.SYRINGE, FundingSource.APBD, 1, huge, day);
		this.world.receive(this.world.puskesmasA, Commodities.TB_MEDICINE, FundingSource.APBN, 1, huge, day);
		this.budgets.setAllocation(new SetAllocation(year, this.world.puskesmasA, FundingSource.APBD,
				BudgetLine.SYRINGES, 10_000_000L, null, null), this.world.manager);

		this.mvc
			.perform(get("/budget").param("year", String.valueOf(year))
				.param("organisationId", this.world.puskesmasA.toString())
				.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"budget-table\"")))
			.andExpect(content().string(containsString("Rp 1.000.000.000.000.000.000")));
		this.mvc.perform(get("/budget").param("year", String.valueOf(year)).with(this.users.as(this.world.nurseAName)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rp 1.000.000.000.000.000.000")));
		this.mvc
			.perform(
					get("/budget").param("year", String.valueOf(year)).with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/budget/realisation").param("year", String.valueOf(year))
				.param("organisationId", this.world.puskesmasA.toString())
				.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.allocated").value(10_000_000L))
			.andExpect(jsonPath("$.total.realised").value(Figures.MAX))
			.andExpect(jsonPath("$.total.remaining").value(10_000_000L - Figures.MAX))
			.andExpect(jsonPath("$.total.overspent").value(true));
	}

	@Test
	void theTableShowsTotalsAndTheChartOnceThereIsMoney() throws Exception {
		this.budgets.setAllocation(new SetAllocation(this.world.year, this.world.puskesmasA, FundingSource.APBD,
				BudgetLine.SYRINGES, 10_000_000L, null, null), this.world.manager);
		this.budgets.setAllocation(new SetAllocation(this.world.year, this.world.puskesmasA, FundingSource.APBN,
				BudgetLine.TB, 4_000_000L, null, null), this.world.manager);
		this.world.receive(this.world.puskesmasA, Commodities.SYRINGE, FundingSource.APBD, 5_000, 2_500_000,
				this.world.today);
		this.world.receive(this.world.puskesmasA, Commodities.GENEXPERT_CARTRIDGE, FundingSource.APBN, 50, 5_000_000,
				this.world.today);
		this.world.receive(this.world.puskesmasA, Commodities.TB_MEDICINE, FundingSource.APBN, 10, 0, this.world.today);

		this.mvc
			.perform(get("/budget").param("year", String.valueOf(this.world.year))
				.param("organisationId", this.world.puskesmasA.toString())
				.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"budget-empty\""))))
			// the chart: Chart.js from the WebJar, drawn from the table of lines
			.andExpect(content().string(containsString("id=\"budget-chart\"")))
			.andExpect(content().string(matchesPattern(
					"(?s).*<script src=\"/webjars/chart\\.js/[0-9.]+/dist/chart\\.umd\\.min\\.js\" defer>.*")))
			.andExpect(content().string(containsString("/js/budget-chart.js")))
			.andExpect(content().string(containsString(
					"data-line=\"SYRINGES\" data-label=\"Jarum suntik steril (LASS)\" data-allocated=\"10000000\" data-realised=\"2500000\"")))
			.andExpect(content()
				.string(containsString("data-line=\"TB\" data-label=\"TB (pencegahan, diagnosis, pengobatan)\" "
						+ "data-allocated=\"4000000\" data-realised=\"5000000\"")))
			// the table: line x source with percentages, the over-spend, the unknown
			// value
			.andExpect(content().string(containsString("Rp 10.000.000")))
			.andExpect(content().string(containsString("25,0%")))
			.andExpect(content().string(containsString("125,0%")))
			.andExpect(content().string(containsString("Melebihi anggaran")))
			.andExpect(content().string(containsString("1 penerimaan tanpa nilai")))
			.andExpect(content().string(containsString("Rp -1.000.000")))
			// totals: 14,000,000 allocated, 7,500,000 realised, 53.6 %, 6,500,000 left
			.andExpect(content().string(containsString("<th>Rp 14.000.000</th>")))
			.andExpect(content().string(containsString("<th>Rp 7.500.000</th>")))
			.andExpect(content().string(containsString("53,6%")))
			.andExpect(content().string(containsString("<th>Rp 6.500.000</th>")))
			.andExpect(content().string(containsString("id=\"allocation-form\"")));

		// in English, with English number formatting
		this.mvc
			.perform(get("/budget").param("lang", "en")
				.param("organisationId", this.world.puskesmasA.toString())
				.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Budget versus realisation")))
			.andExpect(content().string(containsString("Rp 14,000,000")))
			.andExpect(content().string(containsString("53.6%")));
	}

	@Test
	void theChartScriptsAreServed() throws Exception {
		this.mvc.perform(get("/webjars/chart.js/dist/chart.umd.min.js").with(this.users.as(this.world.nurseAName)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/js/budget-chart.js").with(this.users.as(this.world.nurseAName)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/javascript"))
			.andExpect(content().string(containsString("new window.Chart(canvas")));
	}

	@Test
	void aRefusedFormKeepsWhatWasTypedAndShowsEachErrorBesideItsField() throws Exception {
		this.mvc
			.perform(postForm("/budget/allocations",
					Map.of("year", String.valueOf(this.world.year), "organisationId", this.world.puskesmasA.toString(),
							"source", "", "line", "PARKIR", "amount", "-5", "note", "Catatan saya"),
					DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"allocation-source-error\"")))
			.andExpect(content().string(containsString("Pilih sumber dana.")))
			.andExpect(content().string(containsString("id=\"allocation-line-error\"")))
			.andExpect(content().string(containsString("Kegiatan tidak dikenal. Pilih dari daftar.")))
			.andExpect(content().string(containsString("id=\"allocation-amount-error\"")))
			.andExpect(content().string(containsString("Jumlah harus lebih dari 0.")))
			.andExpect(content().string(containsString("value=\"-5\"")))
			.andExpect(content().string(containsString("value=\"Catatan saya\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		this.mvc
			.perform(postForm("/budget/allocations",
					Map.of("year", "dua ribu", "organisationId", this.world.puskesmasA.toString(), "source", "APBD",
							"line", "KIE", "amount", "satu juta"),
					DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tulis tahun dengan angka, misalnya 2026.")))
			.andExpect(content().string(containsString("Tulis jumlah rupiah bulat dengan angka")))
			.andExpect(content().string(containsString("value=\"satu juta\"")));
		this.mvc
			.perform(postForm("/budget/costs",
					Map.of("spentOn", this.world.today.plusDays(3).toString(), "source", "APBD", "line", "KIE",
							"amount", "0", "description", ""),
					this.world.nurseAName))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tanggal tidak boleh di masa depan.")))
			.andExpect(content().string(containsString("Jumlah harus lebih dari 0.")))
			.andExpect(content().string(containsString("Tulis untuk apa biaya ini.")));
		assertThat(this.world.allocationsOf(this.world.puskesmasA)).isZero();
		assertThat(this.world.costsOf(this.world.puskesmasA)).isZero();

		// typed with thousands separators, saved
		this.mvc
			.perform(postForm("/budget/allocations",
					Map.of("year", String.valueOf(this.world.year), "organisationId", this.world.puskesmasA.toString(),
							"source", "APBD", "line", "KIE", "amount", "Rp 1.500.000", "view",
							this.world.puskesmasA.toString()),
					DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/budget?year=" + this.world.year + "&organisationId=" + this.world.puskesmasA))
			.andExpect(flash().attribute("message", "budget.allocation.saved"));
		assertThat(this.budgets.allocations(this.world.manager.scope(), this.world.year, this.world.puskesmasA, 10))
			.singleElement()
			.satisfies(a -> assertThat(a.amount()).isEqualTo(1_500_000L));
	}

	@Test
	void aCostIsRecordedAndVoidedWithAConfirmationAndAReason() throws Exception {
		this.mvc
			.perform(postForm("/budget/costs",
					Map.of("spentOn", this.world.today.toString(), "source", "APBD", "line", "KIE", "amount", "750.000",
							"description", "Cetak leaflet KIE"),
					this.world.nurseAName))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "budget.cost.saved"));
		UUID id = this.jdbc.sql("SELECT id FROM budget_cost WHERE organisation_id = ?")
			.param(this.world.puskesmasA)
			.query(UUID.class)
			.single();
		this.mvc.perform(get("/budget").with(this.users.as(this.world.nurseAName)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cetak leaflet KIE")))
			.andExpect(content().string(containsString("action=\"/budget/costs/" + id + "/void\"")))
			.andExpect(content().string(containsString(
					"data-confirm=\"Batalkan biaya ini? Biaya tetap tercatat, tetapi tidak lagi dihitung sebagai realisasi.\"")));
		this.mvc.perform(postForm("/budget/costs/" + id + "/void", Map.of("reason", " "), this.world.nurseAName))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tulis alasan pembatalan.")))
			.andExpect(content().string(containsString("id=\"void-reason-error-" + id + "\"")));
		this.mvc.perform(postForm("/budget/costs/" + id + "/void", Map.of("reason", "Dobel"), this.world.nurseBName))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(
					postForm("/budget/costs/" + id + "/void", Map.of("reason", "Dobel dicatat"), this.world.nurseAName))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "budget.cost.voided"));
		this.mvc.perform(get("/budget").with(this.users.as(this.world.nurseAName)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Alasan pembatalan: Dobel dicatat")))
			.andExpect(content().string(not(containsString("action=\"/budget/costs/" + id + "/void\""))));
	}

	@Test
	void aPuskesmasSeesItsOwnPageAndNotAnothers() throws Exception {
		this.mvc
			.perform(get("/budget").param("organisationId", this.world.puskesmasB.toString())
				.with(this.users.as(this.world.nurseAName)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/budget").param("organisationId", "bukan-id").with(this.users.as(this.world.nurseAName)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/budget").param("organisationId", this.world.puskesmasA.toString())
				.with(this.users.as(this.world.nurseAName)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/budget").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/").with(this.users.as(this.world.nurseAName)))
			.andExpect(content().string(containsString("href=\"/budget\"")));
	}

}
