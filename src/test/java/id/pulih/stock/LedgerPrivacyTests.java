package id.pulih.stock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.pulih.demo.DemoUsers;
import id.pulih.organisation.Organisations;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ledger does not tell who got what: a health worker sees each issue and return with
 * the visit it was for and its note; a field officer and a programme manager see the
 * issues and returns of each batch as daily totals, with no visit, note or author, on the
 * page and through the API, and cannot look an issue up by its id.
 */
@PulihSpringTest
class LedgerPrivacyTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String RETURN_NOTE = "Klien batal datang ke layanan IMS";

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
	private StockIssues issues;

	@Autowired
	private Facilities facilities;

	@Autowired
	private JdbcClient jdbc;

	private StockWorld world;

	private StockItem item;

	private String visitA;

	private String visitB;

	private String visitC;

	@BeforeEach
	void issueToThreeVisitsAndReturnOne() {
		this.world = new StockWorld(this.users, this.organisations, this.catalogue, this.ledger, this.facilities,
				this.jdbc);
		this.item = this.world.item();
		LocalDate today = this.world.today;
		this.world.receive(this.item, "PRIV-1", today.plusMonths(6), 100);
		this.visitA = "visit:" + UUID.randomUUID();
		this.visitB = "visit:" + UUID.randomUUID();
		this.visitC = "visit:" + UUID.randomUUID();
		// two visits two days ago, one yesterday; the first visit's items come back today
		issue(3, today.minusDays(2), this.visitA);
		issue(4, today.minusDays(2), this.visitB);
		issue(5, today.minusDays(1), this.visitC);
		this.issues.returnIssue(this.visitA, RETURN_NOTE, this.world.nurse);
	}

	private void issue(long quantity, LocalDate on, String reference) {
		this.issues.issue(this.world.sukasari, List.of(new ItemQuantity(this.item.code(), quantity)), on, reference,
				this.world.nurse);
	}

	private String ledgerAs(String username) throws Exception {
		return this.mvc
			.perform(get("/api/v1/stock/facilities/" + this.world.sukasari + "/ledger").param("size", "50")
				.with(this.users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The lines of the test's item, newest first. */
	private List<JsonNode> linesOfItem(String body) {
		List<JsonNode> lines = new ArrayList<>();
		for (JsonNode line : JSON.readTree(body).get("entries")) {
			if (this.item.code().equals(line.get("itemCode").asString())) {
				lines.add(line);
			}
		}
		return lines;
	}

	@Test
	void aHealthWorkerSeesEachIssueWithItsVisitAndNote() throws Exception {
		String body = ledgerAs(DemoUsers.HEALTH_WORKER);
		List<JsonNode> lines = linesOfItem(body);
		assertThat(lines).extracting(line -> line.get("kind").asString())
			.containsExactly("RETURN", "ISSUE", "ISSUE", "ISSUE", "RECEIPT");
		assertThat(lines).extracting(line -> line.get("quantity").asLong()).containsExactly(3L, -5L, -4L, -3L, 100L);
		assertThat(lines).extracting(line -> text(line, "reference"))
			.containsExactly(this.visitA, this.visitC, this.visitB, this.visitA, null);
		assertThat(text(lines.getFirst(), "note")).isEqualTo(RETURN_NOTE);
		assertThat(lines).allSatisfy(line -> assertThat(line.get("dailyTotal").asBoolean()).isFalse());

		this.mvc.perform(get("/stock/facilities/" + this.world.sukasari).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.visitB)))
			.andExpect(content().string(containsString(RETURN_NOTE)))
			.andExpect(content().string(not(containsString("id=\"ledger-daily-help\""))));

		UUID issueOfB = commandOf(this.visitB);
		this.mvc
			.perform(get("/api/v1/stock/facilities/" + this.world.sukasari + "/movements/" + issueOfB)
				.with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].reference").value(this.visitB));
	}

	@Test
	void aFieldOfficerSeesDailyTotalsWithoutVisitsNotesOrAuthors() throws Exception {
		String body = ledgerAs(DemoUsers.FIELD_OFFICER);
		assertThat(body).doesNotContain("visit:").doesNotContain(RETURN_NOTE);
		List<JsonNode> lines = linesOfItem(body);
		assertThat(lines).extracting(line -> line.get("kind").asString())
			.containsExactly("RETURN", "ISSUE", "ISSUE", "RECEIPT");
		// two days ago: 3 + 4 issued, leaving 93; yesterday: 5, leaving 88; today 3 back
		assertThat(lines).extracting(line -> line.get("quantity").asLong()).containsExactly(3L, -5L, -7L, 100L);
		assertThat(lines).extracting(line -> line.get("balanceAfter").asLong()).containsExactly(91L, 88L, 93L, 100L);
		assertThat(lines).extracting(line -> line.get("occurredOn").asString())
			.containsExactly(this.world.today.toString(), this.world.today.minusDays(1).toString(),
					this.world.today.minusDays(2).toString(), this.world.today.minusDays(30).toString());
		assertThat(lines).extracting(line -> line.get("dailyTotal").asBoolean())
			.containsExactly(true, true, true, false);
		assertThat(lines.subList(0, 3)).allSatisfy(line -> {
			assertThat(line.get("reference").isNull()).isTrue();
			assertThat(line.get("note").isNull()).isTrue();
			assertThat(line.get("createdBy").isNull()).isTrue();
			assertThat(line.get("id").isNull()).isTrue();
			assertThat(line.get("commandId").isNull()).isTrue();
			assertThat(line.get("batchNumber").asString()).isEqualTo("PRIV-1");
		});

		this.mvc.perform(get("/stock/facilities/" + this.world.sukasari).with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("visit:"))))
			.andExpect(content().string(not(containsString(RETURN_NOTE))))
			.andExpect(content().string(containsString("id=\"ledger-daily-help\"")))
			.andExpect(content().string(containsString("Pemberian (jumlah hari itu)")))
			.andExpect(content().string(containsString("Pengembalian (jumlah hari itu)")));

		// an issue cannot be looked up by its id either
		this.mvc
			.perform(get("/api/v1/stock/facilities/" + this.world.sukasari + "/movements/" + commandOf(this.visitB))
				.with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aProgrammeManagerSeesDailyTotalsToo() throws Exception {
		String body = ledgerAs(DemoUsers.PROGRAMME_MANAGER);
		assertThat(body).doesNotContain("visit:").doesNotContain(RETURN_NOTE);
		assertThat(linesOfItem(body)).extracting(line -> line.get("quantity").asLong())
			.containsExactly(3L, -5L, -7L, 100L);
		this.mvc
			.perform(get("/stock/facilities/" + this.world.sukasari).param("lang", "en")
				.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("visit:"))))
			.andExpect(content().string(containsString("Issued (day&#39;s total)")));
		this.mvc
			.perform(get("/api/v1/stock/facilities/" + this.world.sukasari + "/movements/" + commandOf(this.visitA))
				.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isNotFound());
	}

	private static String text(JsonNode line, String field) {
		JsonNode value = line.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private UUID commandOf(String reference) {
		return this.jdbc.sql("SELECT command_id FROM stock_entry WHERE reference = ? AND kind = 'ISSUE'")
			.param(reference)
			.query(UUID.class)
			.single();
	}

}
