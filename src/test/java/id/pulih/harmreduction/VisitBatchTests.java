package id.pulih.harmreduction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.pulih.access.AccessManagement;
import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.organisation.Organisations;
import id.pulih.shared.security.PulihUser;
import id.pulih.stock.Commodities;
import id.pulih.stock.StockLedger;
import id.pulih.stock.StockLevels;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import id.pulih.workforce.Workforce;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recording visits in batches through the API: a batch is one command (every visit by the
 * single visit's rules, all or none), may be sent again after a lost answer, names the
 * visit and field of a broken rule, and is refused when empty or over 1,000 visits.
 */
@PulihSpringTest
class VisitBatchTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String BATCH = "/api/v1/harm-reduction/visits/batch";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private ClientRegistry clients;

	@Autowired
	private Organisations organisations;

	@Autowired
	private Workforce workforce;

	@Autowired
	private AccessManagement access;

	@Autowired
	private StockLedger ledger;

	@Autowired
	private StockLevels levels;

	@Autowired
	private HarmReductionVisits visits;

	@Autowired
	private JdbcClient jdbc;

	private HarmReductionWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new HarmReductionWorld(this.users, this.clients, this.organisations, this.workforce, this.access,
				this.ledger, this.levels, this.visits, this.jdbc);
	}

	private MockHttpServletRequestBuilder postBatch(List<?> visits, String username) {
		return post(BATCH).contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("visits", visits)))
			.with(this.users.as(username));
	}

	@Test
	void aBatchRecordsEveryVisitDrawsItsStockAndMayBeSentAgain() throws Exception {
		HarmReductionWorld.Facility pkm = this.world.facility();
		PulihUser nurse = this.world.load(pkm.nurse());
		this.world.stock(pkm.id(), nurse, Commodities.SYRINGE, 1000);
		this.world.stock(pkm.id(), nurse, Commodities.CONDOM, 100);
		Client first = this.world.client(nurse);
		Client second = this.world.client(nurse);
		List<Map<String, Object>> batch = new ArrayList<>();
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			UUID id = UUID.randomUUID();
			ids.add(id);
			batch.add(Map.of("id", id, "clientId", ((i % 2) == 0) ? first.id() : second.id(), "visitOn",
					this.world.today.minusDays(i).toString(), "nsp", Map.of("needlesGiven", 10)));
		}
		batch.add(Map.of("anonymous", Map.of("sex", "FEMALE", "ageBand", "AGE_25_29"), "condoms",
				Map.of("condomsGiven", 12)));

		this.mvc.perform(postBatch(batch, pkm.nurse()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recorded").value(31))
			.andExpect(jsonPath("$.repeated").value(0))
			.andExpect(jsonPath("$.ids.length()").value(31))
			.andExpect(jsonPath("$.ids[0]").value(ids.get(0).toString()));

		assertThat(this.world.count("SELECT COUNT(*) FROM hr_visit WHERE organisation_id = ?", pkm.id())).isEqualTo(31);
		assertThat(this.world.usable(pkm.id(), Commodities.SYRINGE)).isEqualTo(1000 - 300);
		assertThat(this.world.usable(pkm.id(), Commodities.CONDOM)).isEqualTo(100 - 12);
		assertThat(this.world.audits(ids.get(29), "harmreduction.visitRecorded")).isEqualTo(1);

		// The same visits again (a lost answer): nothing new, nothing drawn twice.
		List<Map<String, Object>> again = batch.subList(0, 30);
		this.mvc.perform(postBatch(again, pkm.nurse()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recorded").value(0))
			.andExpect(jsonPath("$.repeated").value(30));
		assertThat(this.world.usable(pkm.id(), Commodities.SYRINGE)).isEqualTo(1000 - 300);
		assertThat(this.world.audits(ids.get(29), "harmreduction.visitRecorded")).isEqualTo(1);

		// An id taken by other content: 409 naming the visit, and nothing of the batch is
		// kept.
		UUID fresh = UUID.randomUUID();
		this.mvc
			.perform(postBatch(
					List.of(Map.of("id", fresh, "clientId", first.id(), "nsp", Map.of("needlesGiven", 10)),
							Map.of("id", ids.get(0), "clientId", first.id(), "nsp", Map.of("needlesGiven", 20))),
					pkm.nurse()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("visits[1].id"));
		assertThat(this.world.count("SELECT COUNT(*) FROM hr_visit WHERE id = ?", fresh)).isZero();
		assertThat(this.world.count("SELECT COUNT(*) FROM audit_event WHERE entity_id = ?", fresh)).isZero();
		assertThat(this.world.usable(pkm.id(), Commodities.SYRINGE)).isEqualTo(1000 - 300);
	}

	@Test
	void aBrokenRuleInOneVisitRefusesTheWholeBatchAndNamesTheVisit() throws Exception {
		HarmReductionWorld.Facility pkm = this.world.facility();
		PulihUser nurse = this.world.load(pkm.nurse());
		this.world.stock(pkm.id(), nurse, Commodities.SYRINGE, 1000);
		Client client = this.world.client(nurse);
		List<Map<String, Object>> batch = List.of(Map.of("clientId", client.id(), "nsp", Map.of("needlesGiven", 10)),
				Map.of("clientId", client.id(), "nsp", Map.of("needlesGiven", 10)), Map.of("clientId", client.id(),
						"visitOn", this.world.today.plusDays(3).toString(), "nsp", Map.of("needlesGiven", 10)));

		this.mvc.perform(postBatch(batch, pkm.nurse()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("visits[2].visitOn"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("masa depan")));

		assertThat(this.world.count("SELECT COUNT(*) FROM hr_visit WHERE organisation_id = ?", pkm.id())).isZero();
		assertThat(this.world.usable(pkm.id(), Commodities.SYRINGE)).isEqualTo(1000);
		assertThat(this.world.count(
				"SELECT COUNT(*) FROM audit_event WHERE action = 'harmreduction.clientRecordUpdated' AND entity_id = ?",
				client.id()))
			.isZero();
	}

	@Test
	void aClientOfAnotherFacilityIsNotFoundAndTooLittleStockNamesTheVisit() throws Exception {
		HarmReductionWorld.Facility pkm = this.world.facility();
		HarmReductionWorld.Facility other = this.world.facility();
		PulihUser nurse = this.world.load(pkm.nurse());
		this.world.stock(pkm.id(), nurse, Commodities.SYRINGE, 15);
		Client mine = this.world.client(nurse);
		Client theirs = this.world.client(this.world.load(other.nurse()));

		this.mvc
			.perform(postBatch(List.of(Map.of("clientId", mine.id(), "nsp", Map.of("needlesGiven", 10)),
					Map.of("clientId", theirs.id(), "nsp", Map.of("needlesGiven", 1))), pkm.nurse()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("visits[1].clientId"))
			.andExpect(jsonPath("$.errors[0].message").value("Klien tidak ditemukan."));

		this.mvc
			.perform(postBatch(List.of(Map.of("clientId", mine.id(), "nsp", Map.of("needlesGiven", 10)),
					Map.of("clientId", mine.id(), "nsp", Map.of("needlesGiven", 10))), pkm.nurse()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("visits[1].items"));

		assertThat(this.world.count("SELECT COUNT(*) FROM hr_visit WHERE organisation_id = ?", pkm.id())).isZero();
		assertThat(this.world.usable(pkm.id(), Commodities.SYRINGE)).isEqualTo(15);
	}

	@Test
	void anEmptyOrOversizedBatchIsRefusedAndOtherRolesMayNotSendOne() throws Exception {
		HarmReductionWorld.Facility pkm = this.world.facility();
		PulihUser nurse = this.world.load(pkm.nurse());
		Client client = this.world.client(nurse);

		this.mvc.perform(postBatch(List.of(), pkm.nurse()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("visits"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("1.000")));
		List<Map<String, Object>> tooMany = new ArrayList<>();
		for (int i = 0; i < 1001; i++) {
			tooMany.add(Map.of("clientId", client.id(), "kie", Map.of("topic", "HIV")));
		}
		this.mvc.perform(postBatch(tooMany, pkm.nurse()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("visits"));
		this.mvc.perform(postBatch(List.of(Map.of("clientId", client.id(), "kie", Map.of("topic", "HIV"))), pkm.peer()))
			.andExpect(status().isForbidden());

		assertThat(this.world.count("SELECT COUNT(*) FROM hr_visit WHERE organisation_id = ?", pkm.id())).isZero();
	}

}
