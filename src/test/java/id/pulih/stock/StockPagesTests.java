package id.pulih.stock;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import id.pulih.demo.DemoUsers;
import id.pulih.organisation.Organisations;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stock pages as a Puskesmas health worker uses them on a phone: straight to their
 * facility, stock on hand with alerts and the ledger, forms that keep what was typed and
 * show the message beside the field, a confirmation before stock is taken away; a field
 * officer who may only look, another facility that is not there, the home page's alerts
 * and the catalogue.
 */
@PulihSpringTest
class StockPagesTests {

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

	private String page;

	@BeforeEach
	void createWorld() {
		this.world = new StockWorld(this.users, this.organisations, this.catalogue, this.ledger, this.facilities,
				this.jdbc);
		this.page = "/stock/facilities/" + this.world.sukasari;
	}

	private MockHttpServletRequestBuilder postForm(String path, Map<String, String> fields, String username) {
		MockHttpServletRequestBuilder request = post(path).with(csrf()).with(this.users.as(username));
		fields.forEach(request::param);
		return request;
	}

	@Test
	void aHealthWorkerGoesStraightToTheirFacilityAndSeesItsStock() throws Exception {
		StockItem item = this.world.item();
		this.world.receive(item, "BATCH-SEEN", this.world.today.plusMonths(6), 1250);
		this.mvc.perform(get("/stock").with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(this.page));
		this.mvc.perform(get(this.page).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Barang uji " + item.code())))
			.andExpect(content().string(containsString("1.250")))
			.andExpect(content().string(containsString("BATCH-SEEN")))
			.andExpect(content().string(containsString("Catat penerimaan")));
		this.mvc.perform(get(this.page).param("lang", "en").with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Test item " + item.code())))
			.andExpect(content().string(containsString("Sterile needle and syringe")));
	}

	@Test
	void aProgrammeManagerChoosesAFacilityAndAFieldOfficerOnlyLooks() throws Exception {
		this.mvc.perform(get("/stock").with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Puskesmas Sukasari")))
			.andExpect(content().string(containsString("Dinas Kesehatan Kota Bandung")))
			.andExpect(content().string(not(containsString("IBM Desa"))));
		this.mvc.perform(get(this.page).with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Catat penerimaan"))));
		this.mvc.perform(get(this.page + "/receipt").with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(this.page).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isForbidden());
	}

	@Test
	void anotherFacilityIsNotThere() throws Exception {
		String other = "/stock/facilities/" + this.world.otherPuskesmas;
		this.mvc.perform(get(other).with(this.users.as(DemoUsers.HEALTH_WORKER))).andExpect(status().isNotFound());
		StockItem item = this.world.item();
		this.mvc
			.perform(postForm(other + "/receipt",
					Map.of("itemCode", item.code(), "batchNumber", "X", "expiresOn",
							this.world.today.plusMonths(3).toString(), "source", "APBD", "quantity", "5"),
					DemoUsers.HEALTH_WORKER))
			.andExpect(status().isNotFound());
		assertThat(this.world.entries(item)).isZero();
	}

	@Test
	void aReceiptFormKeepsWhatWasTypedAndShowsTheMessageBesideTheField() throws Exception {
		StockItem item = this.world.item();
		Map<String, String> typed = Map.of("itemCode", item.code(), "batchNumber", "TYPED-77", "expiresOn",
				this.world.today.plusMonths(3).toString(), "source", "", "quantity", "40");
		this.mvc.perform(postForm(this.page + "/receipt", typed, DemoUsers.HEALTH_WORKER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"source-error\"")))
			.andExpect(content().string(containsString("Pilih sumber dana.")))
			.andExpect(content().string(containsString("value=\"TYPED-77\"")))
			.andExpect(content().string(containsString("value=\"40\"")));
		this.mvc
			.perform(postForm(this.page + "/receipt",
					Map.of("itemCode", item.code(), "batchNumber", "B", "expiresOn", "not-a-date", "source", "APBD",
							"quantity", "lots"),
					DemoUsers.HEALTH_WORKER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tanggal tidak sah.")))
			.andExpect(content().string(containsString("Tulis jumlah sebagai bilangan bulat.")));
		assertThat(this.world.entries(item)).isZero();

		this.mvc
			.perform(postForm(this.page + "/receipt",
					Map.of("itemCode", item.code(), "batchNumber", "OK-1", "expiresOn",
							this.world.today.plusMonths(3).toString(), "source", "APBN", "quantity", "40", "receivedOn",
							this.world.today.toString()),
					DemoUsers.HEALTH_WORKER))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(this.page))
			.andExpect(flash().attribute("message", "stock.receipt.saved"));
		assertThat(this.world.onHand(this.world.sukasari, item)).isEqualTo(40);
	}

	@Test
	void aReceiptValueBeyondTheLargestIsShownBesideItsField() throws Exception {
		StockItem item = this.world.item();
		Map<String, String> typed = Map.of("itemCode", item.code(), "batchNumber", "BIG-1", "expiresOn",
				this.world.today.plusMonths(3).toString(), "source", "APBD", "quantity", "40", "valueRupiah",
				"9000000000000000000");
		this.mvc.perform(postForm(this.page + "/receipt", typed, DemoUsers.HEALTH_WORKER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"valueRupiah-error\"")))
			.andExpect(content().string(containsString("paling banyak Rp 10.000.000.000.000")))
			.andExpect(content().string(containsString("value=\"BIG-1\"")));
		assertThat(this.world.entries(item)).isZero();
	}

	@Test
	void takingStockAwayIsConfirmedFirst() throws Exception {
		StockItem item = this.world.item();
		LedgerEntry receipt = this.world.receive(item, "B1", this.world.today.plusMonths(3), 10);
		Map<String, String> fields = Map.of("batchId", receipt.batchId().toString(), "reason", "DAMAGED", "quantity",
				"4", "note", "Basah");
		this.mvc.perform(get(this.page + "/adjustment").with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"reason\"")));
		this.mvc.perform(postForm(this.page + "/adjustment", fields, DemoUsers.HEALTH_WORKER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Konfirmasi pengurangan stok")))
			.andExpect(content().string(containsString("name=\"confirmed\" value=\"true\"")));
		assertThat(this.world.onHand(this.world.sukasari, item)).isEqualTo(10);

		Map<String, String> confirmed = new HashMap<>(fields);
		confirmed.put("confirmed", "true");
		this.mvc.perform(postForm(this.page + "/adjustment", confirmed, DemoUsers.HEALTH_WORKER))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "stock.adjustment.saved"));
		assertThat(this.world.onHand(this.world.sukasari, item)).isEqualTo(6);

		Map<String, String> tooMuch = new HashMap<>(confirmed);
		tooMuch.put("quantity", "7");
		this.mvc.perform(postForm(this.page + "/adjustment", tooMuch, DemoUsers.HEALTH_WORKER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"quantity-error\"")))
			.andExpect(content().string(containsString("diminta 7, tersedia 6")));
		assertThat(this.world.onHand(this.world.sukasari, item)).isEqualTo(6);
	}

	@Test
	void aCountAndATransferAreRecordedFromTheirForms() throws Exception {
		StockItem item = this.world.item();
		LedgerEntry receipt = this.world.receive(item, "B1", this.world.today.plusMonths(3), 10);
		this.mvc.perform(get(this.page + "/count").with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("B1")));
		this.mvc
			.perform(postForm(this.page + "/count",
					Map.of("batchId", receipt.batchId().toString(), "countedQuantity", "8"), DemoUsers.HEALTH_WORKER))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "stock.count.reconciled"));
		this.mvc.perform(get(this.page + "/transfer").with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Puskesmas Andir")));
		this.mvc
			.perform(
					postForm(this.page + "/transfer",
							Map.of("toFacilityId", this.world.sukasari.toString(), "itemCode", item.code(), "quantity",
									"3"),
							DemoUsers.HEALTH_WORKER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"toFacilityId-error\"")))
			.andExpect(content().string(containsString("harus berbeda")));
		this.mvc
			.perform(postForm(this.page + "/transfer",
					Map.of("toFacilityId", this.world.otherPuskesmas.toString(), "itemCode", item.code(), "quantity",
							"3"),
					DemoUsers.HEALTH_WORKER))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "stock.transfer.saved"));
		assertThat(this.world.onHand(this.world.sukasari, item)).isEqualTo(5);
		assertThat(this.world.onHand(this.world.otherPuskesmas, item)).isEqualTo(3);
	}

	@Test
	void theHomePageShowsTheFacilitysAlerts() throws Exception {
		StockItem item = this.world.item();
		this.world.receive(this.world.sukasari, item, "EXPIRED-9", this.world.today.minusDays(2), 5,
				this.world.today.minusDays(40));
		this.mvc.perform(get("/").with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Peringatan stok")))
			.andExpect(content().string(containsString("EXPIRED-9")));
		this.mvc.perform(get(this.page).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hapus dari stok")));
		this.mvc.perform(get("/").with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("EXPIRED-9"))));
	}

	@Test
	void administratorsKeepTheCatalogueAndEveryoneMayReadIt() throws Exception {
		this.mvc.perform(get("/stock/catalogue").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jarum suntik steril")))
			.andExpect(content().string(not(containsString("name=\"nameId\""))));
		this.mvc
			.perform(postForm("/stock/catalogue",
					Map.of("code", "bad code!", "nameId", "Nalokson", "unitOfIssue", "VIAL"), DemoUsers.ADMINISTRATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"code-error\"")))
			.andExpect(content().string(containsString("value=\"Nalokson\"")));
		String code = "NALOXONE_" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
		this.mvc
			.perform(postForm("/stock/catalogue",
					Map.of("code", code, "nameId", "Nalokson", "nameEn", "Naloxone", "unitOfIssue", "VIAL",
							"lowStockWeeks", "6"),
					DemoUsers.ADMINISTRATOR))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "stock.catalogue.added"));
		assertThat(this.catalogue.find(code)).get().extracting(StockItem::lowStockWeeks).isEqualTo(6);
		this.mvc
			.perform(postForm("/stock/catalogue/" + code, Map.of("lowStockWeeks", "99", "active", "true"),
					DemoUsers.ADMINISTRATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("antara 1 dan 52")));
		this.mvc.perform(postForm("/stock/catalogue/" + code, Map.of("lowStockWeeks", "8"), DemoUsers.ADMINISTRATOR))
			.andExpect(status().is3xxRedirection());
		assertThat(this.catalogue.find(code)).get().satisfies(item -> {
			assertThat(item.lowStockWeeks()).isEqualTo(8);
			assertThat(item.active()).isFalse();
		});
		this.mvc
			.perform(postForm("/stock/catalogue", Map.of("code", "X1", "nameId", "X", "unitOfIssue", "PIECE"),
					DemoUsers.HEALTH_WORKER))
			.andExpect(status().isForbidden());
	}

}
