package id.pulih.referral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.demo.DemoUsers;
import id.pulih.organisation.Organisations;
import id.pulih.shared.Ids;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The referral API as an integration uses it: a referral with an id chosen by the client
 * (retried safely, refused when the content differs), the inbox and sent lists with their
 * filters, every transition as a POST, RFC 9457 answers for broken rules and illegal
 * transitions, and 404 for anything outside the caller's two sides.
 */
@PulihSpringTest
class ReferralApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private ClientRegistry clients;

	@Autowired
	private Referrals referrals;

	@Autowired
	private Organisations organisations;

	@Autowired
	private JdbcClient jdbc;

	private ReferralWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new ReferralWorld(this.users, this.clients, this.referrals, this.organisations, this.jdbc);
	}

	private MockHttpServletRequestBuilder postJson(String path, String username, Object body) throws Exception {
		return post(path).with(this.users.as(username))
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body));
	}

	private Map<String, Object> request(UUID id, Client client) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", id);
		body.put("clientId", client.id());
		body.put("toOrganisationId", this.world.gunungputri);
		body.put("service", "IBM_RECOVERY");
		body.put("urgency", "URGENT");
		body.put("reason", "Pemulihan dekat rumah");
		body.put("sharedItems", List.of("TREATMENT_SUMMARY"));
		body.put("treatmentSummary", "Konseling adiksi 3 kali");
		body.put("send", true);
		return body;
	}

	@Test
	void aReferralWithAChosenIdIsRetriedSafelyAndFollowedToTheEnd() throws Exception {
		Client client = this.world.sukasariClient();
		UUID id = Ids.newId();
		Map<String, Object> body = request(id, client);
		this.mvc.perform(postJson("/api/v1/referrals", DemoUsers.HEALTH_WORKER, body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/referrals/" + id))
			.andExpect(jsonPath("$.state").value("SENT"))
			.andExpect(jsonPath("$.clientId").value(client.id().toString()))
			.andExpect(jsonPath("$.to.id").value(this.world.gunungputri.toString()))
			.andExpect(jsonPath("$.snapshot.uic").value(client.uic()))
			.andExpect(jsonPath("$.dueOn").value(this.world.today.plusDays(2).toString()))
			.andExpect(jsonPath("$.viewerIsSender").value(true))
			.andExpect(jsonPath("$.actions", hasItem("LOSE")));
		this.mvc.perform(postJson("/api/v1/referrals", DemoUsers.HEALTH_WORKER, body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id.toString()));
		body.put("reason", "Alasan lain");
		this.mvc.perform(postJson("/api/v1/referrals", DemoUsers.HEALTH_WORKER, body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
		assertThat(this.world.audits(id, "referral.sent")).isEqualTo(1);

		// The receiver: the inbox, the referral without the sender's client id.
		this.mvc.perform(get("/api/v1/referrals?box=INBOX&state=SENT").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(id.toString())));
		this.mvc.perform(get("/api/v1/referrals/" + id).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.clientId").value(nullValue()))
			.andExpect(jsonPath("$.viewerIsReceiver").value(true))
			.andExpect(jsonPath("$.snapshot.texts[0].text").value("Konseling adiksi 3 kali"))
			.andExpect(jsonPath("$.actions", hasItem("ACCEPT")));
		this.mvc
			.perform(postJson("/api/v1/referrals/" + id + "/accept", DemoUsers.RECOVERY_AGENT,
					Map.of("note", "Jadwal skrining hari Kamis")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ACCEPTED"))
			.andExpect(jsonPath("$.receiverClientId").isNotEmpty());
		this.mvc.perform(postJson("/api/v1/referrals/" + id + "/complete", DemoUsers.RECOVERY_AGENT, Map.of()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("feedback"));
		this.mvc
			.perform(postJson("/api/v1/referrals/" + id + "/complete", DemoUsers.RECOVERY_AGENT,
					Map.of("feedback", "Selesai layanan IBM", "on", this.world.today.plusDays(1).toString())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("completedOn"));
		this.mvc
			.perform(postJson("/api/v1/referrals/" + id + "/complete", DemoUsers.RECOVERY_AGENT,
					Map.of("feedback", "Selesai layanan IBM")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("COMPLETED"));

		// The sender sees the outcome; the receiver's client id stays on its side.
		this.mvc.perform(get("/api/v1/referrals/" + id).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(jsonPath("$.state").value("COMPLETED"))
			.andExpect(jsonPath("$.feedback").value("Selesai layanan IBM"))
			.andExpect(jsonPath("$.receiverClientId").value(nullValue()))
			.andExpect(jsonPath("$.history.length()").value(4));
		this.mvc.perform(get("/api/v1/referrals?box=SENT&state=COMPLETED").with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(jsonPath("$[*].id", hasItem(id.toString())));
		this.mvc
			.perform(postJson("/api/v1/referrals/" + id + "/lost", DemoUsers.HEALTH_WORKER,
					Map.of("reason", "Tidak bisa dihubungi")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("state"));
	}

	@Test
	void draftsAreRevisedAndSentThroughTheApi() throws Exception {
		Client client = this.world.sukasariClient();
		Map<String, Object> body = request(Ids.newId(), client);
		body.remove("toOrganisationId");
		body.put("send", false);
		String answer = this.mvc.perform(postJson("/api/v1/referrals", DemoUsers.HEALTH_WORKER, body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("DRAFT"))
			.andExpect(jsonPath("$.actions", hasItem("SEND")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JSON.readTree(answer).get("id").asString();
		this.mvc.perform(postJson("/api/v1/referrals/" + id + "/send", DemoUsers.HEALTH_WORKER, Map.of()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("toOrganisationId"));
		this.mvc
			.perform(postJson("/api/v1/referrals/" + id + "/draft", DemoUsers.HEALTH_WORKER,
					Map.of("reason", "Alasan diperbarui")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reason").value("Alasan diperbarui"))
			.andExpect(jsonPath("$.snapshot.texts[0].text").value("Konseling adiksi 3 kali"));
		this.mvc.perform(get("/api/v1/referrals?box=DRAFTS").with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(jsonPath("$[*].id", hasItem(id)));
		this.mvc.perform(get("/api/v1/referrals/" + id).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(postJson("/api/v1/referrals/" + id + "/send", DemoUsers.HEALTH_WORKER,
					Map.of("toOrganisationId", this.world.gunungputri, "sentOn",
							this.world.today.minusDays(10).toString())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("SENT"))
			.andExpect(jsonPath("$.sentOn").value(this.world.today.minusDays(10).toString()))
			.andExpect(jsonPath("$.overdue").value(true));
		this.mvc.perform(get("/api/v1/referrals?box=INBOX&overdue=true").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(jsonPath("$[*].id", hasItem(id)));
	}

	@Test
	void brokenRulesAnswerProblemsNamingTheField() throws Exception {
		Client client = this.world.sukasariClient();
		this.mvc.perform(postJson("/api/v1/referrals", DemoUsers.HEALTH_WORKER, Map.of()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("clientId"));
		Map<String, Object> body = request(null, client);
		body.put("toOrganisationId", UUID.randomUUID());
		this.mvc.perform(postJson("/api/v1/referrals", DemoUsers.HEALTH_WORKER, body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("toOrganisationId"));
		UUID lapas = this.organisations.findByCode("LAPAS-3273", id.pulih.shared.security.Scope.national())
			.orElseThrow()
			.id();
		body.put("toOrganisationId", lapas);
		this.mvc.perform(postJson("/api/v1/referrals", DemoUsers.HEALTH_WORKER, body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("toOrganisationId"));
		body.put("toOrganisationId", this.world.gunungputri);
		body.put("sentOn", this.world.today.plusDays(1).toString());
		this.mvc.perform(postJson("/api/v1/referrals", DemoUsers.HEALTH_WORKER, body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("sentOn"));
		body.put("sentOn", this.world.today.minusDays(500).toString());
		this.mvc.perform(postJson("/api/v1/referrals", DemoUsers.HEALTH_WORKER, body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("sentOn"));
		body.remove("sentOn");
		body.put("urgency", "WHENEVER");
		this.mvc.perform(postJson("/api/v1/referrals", DemoUsers.HEALTH_WORKER, body))
			.andExpect(status().isBadRequest());
		body.put("urgency", "SOON");
		body.put("sharedItems", List.of("HIV_STATUS"));
		body.put("hivStatus", "Reaktif");
		this.mvc.perform(postJson("/api/v1/referrals", DemoUsers.FIELD_OFFICER, body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("sharedItems"))
			.andExpect(jsonPath("$.detail").value(containsString("Status HIV")));
		this.mvc.perform(get("/api/v1/referrals/" + UUID.randomUUID()).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("referral not found"))));
		this.mvc
			.perform(get("/api/v1/referrals?box=NOWHERE").with(this.users.as(DemoUsers.HEALTH_WORKER))
				.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest());
	}

}
