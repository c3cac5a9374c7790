package id.pulih.stock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.pulih.demo.DemoUsers;
import id.pulih.organisation.Organisations;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stock API: receipts that can be retried with the client's id, RFC 9457 answers
 * naming the field, another facility's stock answering 404, roles that may only look, and
 * no issue endpoint (issues come only from services).
 */
@PulihSpringTest
class StockApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private Organisations organisations;

	@Autowired
	private Catalogue catalogue;

	@Autowired
	private StockLedger ledger;

	@Autowired
	private Facilities facilities;

	@Autowired
	private JdbcClient jdbc;

	private StockWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new StockWorld(this.users, this.organisations, this.catalogue, this.ledger, this.facilities,
				this.jdbc);
	}

	private MockHttpServletRequestBuilder postJson(String path, Object body, String username) {
		return post(path).contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body))
			.with(this.users.as(username));
	}

	private Map<String, Object> receipt(UUID id, StockItem item, Object source, long quantity) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", id);
		body.put("itemCode", item.code());
		body.put("batchNumber", "API-1");
		body.put("expiresOn", this.world.today.plusMonths(6).toString());
		body.put("source", source);
		body.put("quantity", quantity);
		body.put("valueRupiah", 250_000);
		return body;
	}

	@Test
	void aReceiptIsRecordedOnceAndMayBeRetried() throws Exception {
		StockItem item = this.world.item();
		UUID id = UUID.randomUUID();
		String path = "/api/v1/stock/facilities/" + this.world.sukasari + "/receipts";
		this.mvc.perform(postJson(path, receipt(id, item, "DONOR", 50), DemoUsers.HEALTH_WORKER))
			.andExpect(status().isCreated())
			.andExpect(
					header().string("Location", "/api/v1/stock/facilities/" + this.world.sukasari + "/movements/" + id))
			.andExpect(jsonPath("$.id").value(id.toString()))
			.andExpect(jsonPath("$.kind").value("RECEIPT"))
			.andExpect(jsonPath("$.source").value("DONOR"))
			.andExpect(jsonPath("$.balanceAfter").value(50));
		this.mvc.perform(postJson(path, receipt(id, item, "DONOR", 50), DemoUsers.HEALTH_WORKER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id.toString()));
		this.mvc.perform(postJson(path, receipt(id, item, "DONOR", 60), DemoUsers.HEALTH_WORKER))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
		assertThat(this.world.onHand(this.world.sukasari, item)).isEqualTo(50);
		this.mvc
			.perform(get("/api/v1/stock/facilities/" + this.world.sukasari + "/movements/" + id)
				.with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].quantity").value(50));
	}

	@Test
	void aReceiptWithoutASourceIsRefusedNamingTheField() throws Exception {
		StockItem item = this.world.item();
		Map<String, Object> body = receipt(UUID.randomUUID(), item, null, 10);
		this.mvc
			.perform(postJson("/api/v1/stock/facilities/" + this.world.sukasari + "/receipts", body,
					DemoUsers.HEALTH_WORKER))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("source"))
			.andExpect(
					jsonPath("$.detail").value("Pilih sumber dana. Setiap penerimaan harus mencatat sumber dananya."));
		this.mvc
			.perform(postJson("/api/v1/stock/facilities/" + this.world.sukasari + "/receipts",
					receipt(UUID.randomUUID(), item, "NOT_A_SOURCE", 10), DemoUsers.HEALTH_WORKER))
			.andExpect(status().isBadRequest());
		assertThat(this.world.entries(item)).isZero();
	}

	@Test
	void aReceiptBeyondTheLargestValueOrQuantityIsRefusedNamingTheField() throws Exception {
		StockItem item = this.world.item();
		String path = "/api/v1/stock/facilities/" + this.world.sukasari + "/receipts";
		Map<String, Object> body = receipt(UUID.randomUUID(), item, "APBD", 10);
		body.put("valueRupiah", 10_000_000_000_001L);
		this.mvc.perform(postJson(path, body, DemoUsers.HEALTH_WORKER))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("valueRupiah"))
			.andExpect(jsonPath("$.detail")
				.value("Nilai terlalu besar: paling banyak Rp 10.000.000.000.000. Periksa kembali."));
		body.put("valueRupiah", Long.MAX_VALUE);
		this.mvc.perform(postJson(path, body, DemoUsers.HEALTH_WORKER))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("valueRupiah"));
		Map<String, Object> many = receipt(UUID.randomUUID(), item, "APBD", 100_000_001);
		this.mvc.perform(postJson(path, many, DemoUsers.HEALTH_WORKER))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("quantity"))
			.andExpect(jsonPath("$.detail").value("Jumlah terlalu besar: paling banyak 100.000.000. Periksa kembali."));
		assertThat(this.world.entries(item)).isZero();

		body.put("valueRupiah", 10_000_000_000_000L);
		this.mvc.perform(postJson(path, body, DemoUsers.HEALTH_WORKER))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.valueRupiah").value(10_000_000_000_000L));
	}

	@Test
	void stockOnHandAndLedgerAreReadThroughTheScope() throws Exception {
		StockItem item = this.world.item();
		this.world.receive(item, "B1", this.world.today.plusMonths(6), 30);
		this.world.receive(item, "B2", this.world.today.plusMonths(8), 12);
		this.mvc
			.perform(
					get("/api/v1/stock/facilities/" + this.world.sukasari).with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.itemCode == '" + item.code() + "')].usable").value(hasItem(42)))
			.andExpect(jsonPath("$.items[?(@.itemCode == '" + item.code() + "')].bySource.APBD").value(hasItem(42)));
		this.mvc
			.perform(get("/api/v1/stock/facilities/" + this.world.sukasari + "/ledger?size=1")
				.with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries.length()").value(1))
			.andExpect(jsonPath("$.hasNext").value(true));
		this.mvc
			.perform(get("/api/v1/stock/facilities/" + this.world.otherPuskesmas)
				.with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/stock/facilities/" + this.world.otherPuskesmas)
				.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk());
	}

	@Test
	void transfersAdjustmentsAndCountsAreRecordedAndRetried() throws Exception {
		StockItem item = this.world.item();
		LedgerEntry receipt = this.world.receive(item, "B1", this.world.today.plusMonths(6), 30);
		String base = "/api/v1/stock/facilities/" + this.world.sukasari;
		UUID transfer = UUID.randomUUID();
		Map<String, Object> body = Map.of("id", transfer, "toFacilityId", this.world.otherPuskesmas, "itemCode",
				item.code(), "quantity", 5);
		this.mvc.perform(postJson(base + "/transfers", body, DemoUsers.HEALTH_WORKER))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.length()").value(2));
		this.mvc.perform(postJson(base + "/transfers", body, DemoUsers.HEALTH_WORKER)).andExpect(status().isOk());
		this.mvc
			.perform(postJson(base + "/adjustments",
					Map.of("batchId", receipt.batchId(), "reason", "LOST", "quantity", -2), DemoUsers.HEALTH_WORKER))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.balanceAfter").value(23));
		this.mvc
			.perform(postJson(base + "/adjustments",
					Map.of("batchId", receipt.batchId(), "reason", "LOST", "quantity", -99), DemoUsers.HEALTH_WORKER))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("quantity"));
		this.mvc
			.perform(postJson(base + "/counts", Map.of("batchId", receipt.batchId(), "countedQuantity", 20),
					DemoUsers.HEALTH_WORKER))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.quantity").value(-3))
			.andExpect(jsonPath("$.balanceAfter").value(20));
		assertThat(this.world.onHand(this.world.sukasari, item)).isEqualTo(20);
		assertThat(this.world.onHand(this.world.otherPuskesmas, item)).isEqualTo(5);
	}

	@Test
	void fieldOfficersMayOnlyLookAndNobodyIssuesThroughTheApi() throws Exception {
		StockItem item = this.world.item();
		String base = "/api/v1/stock/facilities/" + this.world.sukasari;
		this.mvc
			.perform(postJson(base + "/receipts", receipt(UUID.randomUUID(), item, "APBD", 5), DemoUsers.FIELD_OFFICER))
			.andExpect(status().isForbidden());
		int status = this.mvc
			.perform(postJson(base + "/issues",
					Map.of("items", List.of(Map.of("itemCode", item.code(), "quantity", 1))), DemoUsers.HEALTH_WORKER))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isIn(404, 405);
		this.mvc.perform(get("/api/v1/stock/items").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'SYRINGE')].unitOfIssue").value(hasItem("PIECE")));
		assertThat(this.world.entries(item)).isZero();
	}

}
