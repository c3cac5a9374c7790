package id.pulih.budget;

import java.time.Duration;
import java.util.HashMap;
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
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The budget API: PUT sets an allocation (201, then 200 and unchanged when repeated, 409
 * for a stale version), costs may be retried by their id (201, 200, 409), bad input
 * answers 422 naming the field and writes nothing, the realisation table comes back with
 * its figures, and another Puskesmas's budget is not found (404).
 */
@PulihSpringTest
class BudgetApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

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

	private BudgetWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new BudgetWorld(this.users, this.organisations, this.access, this.events, this.transaction,
				this.jdbc);
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body, String username) {
		return request.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body))
			.with(this.users.as(username));
	}

	@Test
	void anAllocationIsPutRepeatedAndRevisedWithItsVersion() throws Exception {
		Map<String, Object> body = new HashMap<>(Map.of("year", this.world.year, "organisationId",
				this.world.puskesmasA, "source", "APBD", "line", "HIV_TESTING", "amount", 8_000_000, "note", "DPA"));
		MvcResult created = this.mvc.perform(json(put("/api/v1/budget/allocations"), body, DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.amount").value(8_000_000))
			.andExpect(jsonPath("$.line").value("HIV_TESTING"))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.revisions", hasSize(1)))
			.andReturn();
		String id = JSON.readTree(created.getResponse().getContentAsString()).get("id").asString();
		this.mvc.perform(json(put("/api/v1/budget/allocations"), body, DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.revisions", hasSize(1)));

		body.put("amount", 9_500_000);
		body.put("version", 0);
		this.mvc.perform(json(put("/api/v1/budget/allocations"), body, DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amount").value(9_500_000))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.revisions[1].previousAmount").value(8_000_000));
		body.put("amount", 7_000_000);
		this.mvc.perform(json(put("/api/v1/budget/allocations"), body, DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		this.mvc.perform(get("/api/v1/budget/allocations/" + id).with(this.users.as(this.world.nurseAName)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amount").value(9_500_000));
		this.mvc.perform(get("/api/v1/budget/allocations/" + id).with(this.users.as(this.world.nurseBName)))
			.andExpect(status().isNotFound());
		assertThat(this.world.allocationsOf(this.world.puskesmasA)).isOne();
	}

	@Test
	void badInputAnswers422NamingTheFieldAndWritesNothing() throws Exception {
		Map<String, Object> good = Map.of("year", this.world.year, "organisationId", this.world.puskesmasA, "source",
				"APBD", "line", "KIE", "amount", 1_000_000);
		expect422(good, "amount", -5, "amount", "Jumlah harus lebih dari 0.");
		expect422(good, "amount", 0, "amount", "Jumlah harus lebih dari 0.");
		expect422(good, "amount", 12.5, "amount", "Jumlah harus rupiah bulat, tanpa sen.");
		expect422(good, "amount", 10_000_000_000_001L, "amount", "Jumlah paling banyak Rp 10.000.000.000.000.");
		expect422(good, "line", "PARKING", "line", "Kegiatan tidak dikenal. Pilih dari daftar.");
		expect422(good, "source", "LOTTERY", "source", "Sumber dana tidak dikenal. Pilih dari daftar.");
		Map<String, Object> noSource = new HashMap<>(good);
		noSource.remove("source");
		this.mvc.perform(json(put("/api/v1/budget/allocations"), noSource, DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("source"));
		Map<String, Object> otherScope = new HashMap<>(good);
		otherScope.put("organisationId", this.world.puskesmasB);
		this.mvc.perform(json(put("/api/v1/budget/allocations"), otherScope, this.world.rehabName))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("organisationId"));

		Map<String, Object> cost = Map.of("spentOn", this.world.today.toString(), "source", "APBD", "line", "KIE",
				"amount", -100, "description", "Cetak leaflet");
		this.mvc.perform(json(post("/api/v1/budget/costs"), cost, this.world.nurseAName))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
		this.mvc.perform(json(post("/api/v1/budget/costs"), Map.of("spentOn", "kemarin"), this.world.nurseAName))
			.andExpect(status().isBadRequest());
		assertThat(this.world.allocationsOf(this.world.puskesmasA)).isZero();
		assertThat(this.world.allocationsOf(this.world.puskesmasB)).isZero();
		assertThat(this.world.costsOf(this.world.puskesmasA)).isZero();
	}

	@Test
	void aJsonNumberOfAnyExponentIsAnsweredAtOnce() {
		String allocation = """
				{"year": %d, "organisationId": "%s", "source": "APBD", "line": "KIE", "amount": %s}""";
		String cost = """
				{"spentOn": "%s", "source": "APBD", "line": "KIE", "amount": %s, "description": "Cetak leaflet"}""";
		assertTimeout(Duration.ofSeconds(20), () -> {
			// a billion-digit number once had to be written out before it was compared
			expectRaw422(put("/api/v1/budget/allocations"),
					allocation.formatted(this.world.year, this.world.puskesmasA, "1e1000000000"),
					DemoUsers.PROGRAMME_MANAGER, "Jumlah paling banyak Rp 10.000.000.000.000.");
			expectRaw422(put("/api/v1/budget/allocations"),
					allocation.formatted(this.world.year, this.world.puskesmasA, "-1e1000000000"),
					DemoUsers.PROGRAMME_MANAGER, "Jumlah harus lebih dari 0.");
			expectRaw422(put("/api/v1/budget/allocations"),
					allocation.formatted(this.world.year, this.world.puskesmasA, "1e-1000000000"),
					DemoUsers.PROGRAMME_MANAGER, "Jumlah harus rupiah bulat, tanpa sen.");
			expectRaw422(put("/api/v1/budget/allocations"),
					allocation.formatted(this.world.year, this.world.puskesmasA, "0e-1000000000"),
					DemoUsers.PROGRAMME_MANAGER, "Jumlah harus lebih dari 0.");
			expectRaw422(post("/api/v1/budget/costs"), cost.formatted(this.world.today, "1e1000000000"),
					this.world.nurseAName, "Jumlah paling banyak Rp 10.000.000.000.000.");
		});
		assertThat(this.world.allocationsOf(this.world.puskesmasA)).isZero();
		assertThat(this.world.costsOf(this.world.puskesmasA)).isZero();
	}

	@Test
	void anAmountWrittenWithAnExponentIsStillWholeRupiah() throws Exception {
		this.mvc
			.perform(put("/api/v1/budget/allocations").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"year": %d, "organisationId": "%s", "source": "APBD", "line": "KIE", "amount": 1.5e7}"""
					.formatted(this.world.year, this.world.puskesmasA))
				.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.amount").value(15_000_000));
	}

	private void expectRaw422(MockHttpServletRequestBuilder request, String body, String username, String detail)
			throws Exception {
		this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body).with(this.users.as(username)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("amount"))
			.andExpect(jsonPath("$.detail").value(detail));
	}

	private void expect422(Map<String, Object> good, String key, Object value, String field, String detail)
			throws Exception {
		Map<String, Object> body = new HashMap<>(good);
		body.put(key, value);
		this.mvc.perform(json(put("/api/v1/budget/allocations"), body, DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.detail").value(detail));
	}

	@Test
	void aCostIsPostedRetriedVoidedAndTheTableShowsIt() throws Exception {
		UUID id = UUID.randomUUID();
		Map<String, Object> cost = Map.of("id", id, "spentOn", this.world.today.toString(), "source", "APBD", "line",
				"KIE", "amount", 3_000_000, "description", "Cetak leaflet KIE");
		this.mvc.perform(json(post("/api/v1/budget/costs"), cost, this.world.nurseAName))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/budget/costs/" + id))
			.andExpect(jsonPath("$.organisationId").value(this.world.puskesmasA.toString()));
		this.mvc.perform(json(post("/api/v1/budget/costs"), cost, this.world.nurseAName))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id.toString()));
		Map<String, Object> changed = new HashMap<>(cost);
		changed.put("amount", 3_100_000);
		this.mvc.perform(json(post("/api/v1/budget/costs"), changed, this.world.nurseAName))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("id"));

		this.budgets(this.world.puskesmasA, "KIE", 4_000_000);
		this.world.receive(this.world.puskesmasA, Commodities.SYRINGE, FundingSource.APBD, 1_000, 2_000_000,
				this.world.today);
		this.world.receive(this.world.puskesmasA, Commodities.SYRINGE, FundingSource.APBD, 1_000, 0, this.world.today);
		this.mvc
			.perform(get("/api/v1/budget/realisation").param("year", String.valueOf(this.world.year))
				.with(this.users.as(this.world.nurseAName)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows", hasSize(2)))
			.andExpect(jsonPath("$.rows[0].line").value("SYRINGES"))
			.andExpect(jsonPath("$.rows[0].figures.realised").value(2_000_000))
			.andExpect(jsonPath("$.rows[0].figures.receiptsWithoutValue").value(1))
			.andExpect(jsonPath("$.rows[0].figures.unbudgeted").value(true))
			.andExpect(jsonPath("$.rows[1].line").value("KIE"))
			.andExpect(jsonPath("$.rows[1].figures.allocated").value(4_000_000))
			.andExpect(jsonPath("$.rows[1].figures.realised").value(3_000_000))
			.andExpect(jsonPath("$.rows[1].figures.percent").value(75.0))
			.andExpect(jsonPath("$.rows[1].figures.remaining").value(1_000_000))
			.andExpect(jsonPath("$.total.allocated").value(4_000_000))
			.andExpect(jsonPath("$.total.realised").value(5_000_000))
			.andExpect(jsonPath("$.total.overspent").value(true));

		this.mvc.perform(json(post("/api/v1/budget/costs/" + id + "/void"), Map.of(), this.world.nurseAName))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc
			.perform(json(post("/api/v1/budget/costs/" + id + "/void"), Map.of("reason", "Dobel"),
					this.world.nurseBName))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(json(post("/api/v1/budget/costs/" + id + "/void"), Map.of("reason", "Dobel"),
					this.world.nurseAName))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.voided").value(true))
			.andExpect(jsonPath("$.voidReason").value("Dobel"));
		this.mvc
			.perform(get("/api/v1/budget/realisation").param("organisationId", this.world.puskesmasA.toString())
				.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(this.world.year))
			.andExpect(jsonPath("$.total.realised").value(2_000_000));
		this.mvc
			.perform(get("/api/v1/budget/costs").param("organisationId", this.world.puskesmasA.toString())
				.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].voided").value(true));
	}

	@Test
	void anotherPuskesmasBudgetIsNotFound() throws Exception {
		this.budgets(this.world.puskesmasB, "CONDOMS", 1_000_000);
		this.mvc
			.perform(get("/api/v1/budget/realisation").param("organisationId", this.world.puskesmasB.toString())
				.with(this.users.as(this.world.nurseAName)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/budget/allocations").param("organisationId", this.world.puskesmasB.toString())
				.with(this.users.as(this.world.nurseAName)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/budget/realisation").param("organisationId", this.world.puskesmasB.toString())
				.with(this.users.as(this.world.nurseBName)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.allocated").value(1_000_000));
		this.mvc.perform(get("/api/v1/budget/realisation").with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/budget/realisation").with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isForbidden());
	}

	private void budgets(UUID organisation, String line, long amount) throws Exception {
		this.mvc
			.perform(
					json(put("/api/v1/budget/allocations"),
							Map.of("year", this.world.year, "organisationId", organisation, "source", "APBD", "line",
									line, "amount", amount),
							DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isCreated());
	}

}
