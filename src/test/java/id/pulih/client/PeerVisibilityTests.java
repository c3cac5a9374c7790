package id.pulih.client;

import java.time.LocalDate;
import java.time.ZoneId;

import id.pulih.demo.DemoUsers;
import id.pulih.harmreduction.Arrival;
import id.pulih.harmreduction.HarmReductionVisits;
import id.pulih.harmreduction.NewVisit;
import id.pulih.harmreduction.PeerSupport;
import id.pulih.harmreduction.TestResult;
import id.pulih.shared.FundingSource;
import id.pulih.shared.Sex;
import id.pulih.shared.security.PulihUser;
import id.pulih.stock.Commodities;
import id.pulih.stock.NewReceipt;
import id.pulih.stock.StockLedger;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A peer support officer works for the Puskesmas but sees only the clients assigned to
 * them: in the client list, on the client pages and through the API; the health worker of
 * the same Puskesmas sees every client.
 */
@PulihSpringTest
class PeerVisibilityTests {

	@Autowired
	private ClientRegistry registry;

	@Autowired
	private StockLedger stock;

	@Autowired
	private HarmReductionVisits visits;

	@Autowired
	private PeerSupport peers;

	@Autowired
	private TestUsers users;

	@Autowired
	private MockMvc mvc;

	@Test
	void aPeerSupportOfficerSeesOnlyTheClientsAssignedToThem() throws Exception {
		PulihUser nurse = this.users.load(DemoUsers.HEALTH_WORKER);
		PulihUser peer = this.users.load(DemoUsers.PEER_SUPPORT_OFFICER);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
		Client assigned = this.registry
			.register(ClientFixture.outreach(ClientFixture.facts(Sex.MALE), ClientFixture.SUKARASA), nurse)
			.client();
		Client other = this.registry
			.register(ClientFixture.outreach(ClientFixture.facts(Sex.FEMALE), ClientFixture.SUKARASA), nurse)
			.client();
		this.stock.receive(new NewReceipt(null, nurse.scope().organisationId(), Commodities.HIV_TEST_KIT,
				"PV-" + assigned.uic(), today.plusYears(1), FundingSource.APBN, 1L, 0L, today), nurse);
		this.visits.record(new NewVisit(null, assigned.id(), null, today, Arrival.WALK_IN, null, null, null,
				new NewVisit.HivTest(true, true, TestResult.POSITIVE, today), null, null, null, null, null, null, null,
				null), nurse);
		this.peers.assign(assigned.id(), new PeerSupport.NewAssignment(peer.personId(), today), nurse);

		this.mvc.perform(get("/clients/{id}", assigned.id()).with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(assigned.uic())));
		this.mvc.perform(get("/clients/{id}", other.id()).with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/clients/{id}", other.id()).with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clients").with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(assigned.uic())))
			.andExpect(content().string(not(containsString(other.uic()))));
		this.mvc.perform(get("/clients/{id}", other.id()).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk());
	}

}
