package id.pulih.harmreduction;

import java.util.Map;

import id.pulih.access.AccessManagement;
import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.demo.DemoUsers;
import id.pulih.organisation.Organisations;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees and does what: field officers record visits but no clinical service (refused,
 * not just hidden) and never see an HIV result, on the pages, in the API or on the client
 * timeline; peer support officers see only the clients assigned to them; workers of
 * another Puskesmas find nothing (404), and roles outside harm reduction are refused.
 */
@PulihSpringTest
class HarmReductionAccessTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

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
	private PeerSupport peers;

	@Autowired
	private JdbcClient jdbc;

	private HarmReductionWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new HarmReductionWorld(this.users, this.clients, this.organisations, this.workforce, this.access,
				this.ledger, this.levels, this.visits, this.jdbc);
		this.world.stock(this.world.sukasari, this.world.nurse, Commodities.HIV_TEST_KIT, 10);
		this.world.stock(this.world.sukasari, this.world.nurse, Commodities.SYRINGE, 100);
	}

	/** A Sukasari client brought by the field officer, tested HIV positive, with ARV. */
	private Visit positiveVisit(Client client) {
		return this.visits.record(
				new NewVisit(null, client.id(), null, null, Arrival.OUTREACH, this.world.officer.personId(),
						new NewVisit.Nsp(1, 5, 0, true), null,
						new NewVisit.HivTest(true, true, TestResult.POSITIVE, this.world.today),
						new NewVisit.Arv(true, this.world.today), null, null, null, null, null, null, null),
				this.world.nurse);
	}

	@Test
	void aFieldOfficerMayNotGiveClinicalServicesNorSeeTheHivResult() throws Exception {
		Client client = this.world.client(this.world.officer);
		Map<String, Object> body = Map.of("clientId", client.id(), "nsp", Map.of("needlesGiven", 5), "hivTest",
				Map.of("preCounselling", true));
		this.mvc
			.perform(post("/api/v1/harm-reduction/visits").contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(body))
				.with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("hivTest"))
			.andExpect(jsonPath("$.detail").value(containsString("tenaga kesehatan")));
		// The form does not offer it, and a crafted post is refused all the same.
		this.mvc.perform(get("/harm-reduction/visits/new").with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"service-nsp\"")))
			.andExpect(content().string(not(containsString("id=\"service-hiv-test\""))));
		this.mvc
			.perform(post("/harm-reduction/visits").with(csrf())
				.with(this.users.as(DemoUsers.FIELD_OFFICER))
				.param("who", "CLIENT")
				.param("clientId", client.id().toString())
				.param("arrival", "OUTREACH")
				.param("methadone", "true")
				.param("methadoneDoseMg", "60")
				.param("methadoneObserved", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hanya dapat diberikan dan dicatat oleh tenaga kesehatan")));
		assertThat(this.world.count("SELECT COUNT(*) FROM hr_visit WHERE client_id = ?", client.id())).isZero();

		Visit visit = positiveVisit(client);
		this.mvc.perform(get("/harm-reduction/visits/" + visit.id()).with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"hiv-withheld\"")))
			.andExpect(content().string(not(containsString("Positif"))))
			.andExpect(content().string(not(containsString("Terapi ARV"))));
		String json = this.mvc
			.perform(get("/api/v1/harm-reduction/visits/" + visit.id()).with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resultsShown").value(false))
			.andExpect(jsonPath("$.hivTest.withheld").value(true))
			.andExpect(jsonPath("$.services.length()").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).doesNotContain("POSITIVE").doesNotContain("onTreatment");
		this.mvc.perform(get("/harm-reduction/clients/" + client.id()).with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"hiv-status\""))))
			.andExpect(content().string(not(containsString("id=\"peer-support\""))));
		this.mvc.perform(get("/clients/" + client.id()).with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kunjungan layanan")))
			.andExpect(content().string(not(containsString("Tercatat hidup dengan HIV"))));

		// The health worker sees the result, and the view is audited.
		this.mvc.perform(get("/harm-reduction/visits/" + visit.id()).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Positif (reaktif)")));
		assertThat(this.world.audits(visit.id(), "harmreduction.visitViewed")).isOne();
		this.mvc.perform(get("/clients/" + client.id()).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tercatat hidup dengan HIV")));
		this.mvc.perform(get("/harm-reduction/clients/" + client.id()).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"hiv-status\"")));
		assertThat(this.world.audits(client.id(), "harmreduction.clientViewed")).isOne();
	}

	@Test
	void aPeerSupportOfficerSeesOnlyTheClientsAssignedToThem() throws Exception {
		Client assigned = this.world.client(this.world.nurse);
		Client other = this.world.client(this.world.nurse);
		Visit assignedVisit = positiveVisit(assigned);
		Visit otherVisit = positiveVisit(other);
		this.peers.assign(assigned.id(), new PeerSupport.NewAssignment(this.world.peer.personId(), null),
				this.world.nurse);

		this.mvc
			.perform(
					get("/harm-reduction/clients/" + assigned.id()).with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"hiv-status\"")))
			.andExpect(content().string(containsString("id=\"contact-form\"")));
		this.mvc
			.perform(get("/harm-reduction/visits/" + assignedVisit.id())
				.with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Positif (reaktif)")));
		this.mvc
			.perform(get("/api/v1/harm-reduction/clients/" + assigned.id())
				.with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resultsShown").value(true))
			.andExpect(jsonPath("$.livingWithHivSince").value(this.world.today.toString()));

		for (String path : new String[] { "/harm-reduction/clients/" + other.id(),
				"/harm-reduction/visits/" + otherVisit.id() }) {
			this.mvc.perform(get(path).with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER)))
				.andExpect(status().isNotFound());
		}
		for (String path : new String[] { "/api/v1/harm-reduction/clients/" + other.id(),
				"/api/v1/harm-reduction/visits/" + otherVisit.id(),
				"/api/v1/harm-reduction/visits?clientId=" + other.id(),
				"/api/v1/harm-reduction/clients/" + other.id() + "/contacts" }) {
			this.mvc.perform(get(path).with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER)))
				.andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post("/api/v1/harm-reduction/clients/" + other.id() + "/contacts")
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(Map.of("mode", "PHONE", "adherence", "GOOD")))
				.with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER)))
			.andExpect(status().isNotFound());
		assertThat(this.peers.assignedTo(this.world.peer)).extracting(PeerSupport.AssignedClient::clientId)
			.contains(assigned.id())
			.doesNotContain(other.id());
	}

	@Test
	void aWorkerOfAnotherPuskesmasFindsNothingAndOtherRolesAreRefused() throws Exception {
		Client client = this.world.client(this.world.nurse);
		Visit visit = positiveVisit(client);
		HarmReductionWorld.Facility elsewhere = this.world.facility();
		for (String path : new String[] { "/harm-reduction/visits/" + visit.id(),
				"/harm-reduction/clients/" + client.id(), "/api/v1/harm-reduction/visits/" + visit.id(),
				"/api/v1/harm-reduction/visits?clientId=" + client.id(),
				"/api/v1/harm-reduction/clients/" + client.id(),
				"/api/v1/harm-reduction/clients/" + client.id() + "/ost" }) {
			this.mvc.perform(get(path).with(this.users.as(elsewhere.nurse()))).andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post("/api/v1/harm-reduction/visits").contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(Map.of("clientId", client.id(), "kie", Map.of("topic", "Topik"))))
				.with(this.users.as(elsewhere.nurse())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/harm-reduction/visits/" + visit.id() + "/void")
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(Map.of("reason", "Coba")))
				.with(this.users.as(elsewhere.nurse())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/harm-reduction/visits/" + visit.id()).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/harm-reduction/visits/" + visit.id()).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/harm-reduction/clients/" + client.id()).with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isForbidden());
		assertThat(this.world.count("SELECT COUNT(*) FROM hr_visit WHERE client_id = ?", client.id())).isOne();
	}

}
