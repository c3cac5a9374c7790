package id.pulih.client;

import java.util.UUID;

import id.pulih.demo.DemoUsers;
import id.pulih.shared.Sex;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The clients API: registration that can be retried with the caller's id, possible
 * duplicates elsewhere in the answer, consent and its withdrawal, identity opened only
 * with a reason and only for the roles that serve clients, and scope (404 for another
 * unit's client). RFC 9457 answers to bad input leave nothing written.
 */
@PulihSpringTest
class ClientsApiTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private IdentityVault vault;

	@Autowired
	private JdbcClient jdbc;

	private ClientFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new ClientFixture(this.jdbc);
	}

	private MockHttpServletRequestBuilder postJson(String path, String json, String username) {
		return post(path).contentType(MediaType.APPLICATION_JSON).content(json).with(this.users.as(username));
	}

	private static String newClient(UUID id, UicFacts facts, String village) {
		return """
				{"id": "%s", "motherFirstName": "%s", "fatherFirstName": "%s", "sex": "%s", "birthDate": "%s",
				 "villageCode": "%s", "source": "OUTREACH"}""".formatted(id, facts.motherFirstName(),
				facts.fatherFirstName(), facts.sex(), facts.birthDate(), village);
	}

	@Test
	void aClientIsRegisteredWithItsOwnIdAndMayRetry() throws Exception {
		UUID id = UUID.randomUUID();
		UicFacts facts = ClientFixture.facts(Sex.MALE);
		String uic = new UicBuilder(UicProperties.defaults()).build(facts);
		String body = newClient(id, facts, ClientFixture.GUNUNGPUTRI);
		this.mvc.perform(postJson("/api/v1/clients", body, DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/clients/" + id))
			.andExpect(jsonPath("$.created").value(true))
			.andExpect(jsonPath("$.client.id").value(id.toString()))
			.andExpect(jsonPath("$.client.uic").value(uic))
			.andExpect(jsonPath("$.client.provinceCode").value("32"))
			.andExpect(jsonPath("$.client.identityKept").value(false))
			.andExpect(jsonPath("$.possibleDuplicatesElsewhere", hasSize(0)));
		this.mvc.perform(postJson("/api/v1/clients", body, DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(false))
			.andExpect(jsonPath("$.client.id").value(id.toString()));
		this.mvc
			.perform(postJson("/api/v1/clients", newClient(id, facts, ClientFixture.CICADAS), DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
		// the same person under another id: the existing client, nothing written
		this.mvc
			.perform(postJson("/api/v1/clients", newClient(UUID.randomUUID(), facts, ClientFixture.GUNUNGPUTRI),
					DemoUsers.UNIT_CHAIR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(false))
			.andExpect(jsonPath("$.client.id").value(id.toString()));
		assertThat(this.fixture.clientsWithUic(uic)).isOne();
		assertThat(this.fixture.audits(id, "client.registered")).isOne();

		this.mvc.perform(get("/api/v1/clients/" + id).with(this.users.as(DemoUsers.REHABILITATION_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.uic").value(uic))
			.andExpect(jsonPath("$.nameOrNickname").doesNotExist());
		this.mvc.perform(get("/api/v1/clients").param("q", uic.toLowerCase()).with(this.users.as(DemoUsers.UNIT_CHAIR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(id.toString()));
	}

	@Test
	void theSameCodeElsewhereIsAnsweredWithoutWhatWouldIdentifyTheOtherClient() throws Exception {
		UicFacts facts = ClientFixture.facts(Sex.FEMALE);
		this.mvc
			.perform(postJson("/api/v1/clients", newClient(UUID.randomUUID(), facts, ClientFixture.GUNUNGPUTRI),
					DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isCreated());
		this.mvc
			.perform(postJson("/api/v1/clients", newClient(UUID.randomUUID(), facts, ClientFixture.SUKARASA),
					DemoUsers.FIELD_OFFICER))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.possibleDuplicatesElsewhere", hasSize(1)))
			.andExpect(jsonPath("$.possibleDuplicatesElsewhere[0].uic").exists())
			.andExpect(jsonPath("$.possibleDuplicatesElsewhere[0].organisationName").exists())
			.andExpect(jsonPath("$.possibleDuplicatesElsewhere[0].id").value(nullValue()))
			.andExpect(jsonPath("$.possibleDuplicatesElsewhere[0].villageCode").value(nullValue()));
	}

	@Test
	void consentWithdrawalAndIdentityViewedWithAReason() throws Exception {
		UUID id = UUID.randomUUID();
		this.mvc
			.perform(postJson("/api/v1/clients",
					newClient(id, ClientFixture.facts(Sex.MALE), ClientFixture.GUNUNGPUTRI), DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isCreated());
		this.mvc
			.perform(postJson("/api/v1/clients/" + id + "/consent",
					"""
							{"purpose": "Tindak lanjut", "consentedOn": "%s", "retentionMonths": 500}"""
						.formatted(ClientFixture.today()),
					DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("retentionMonths"));
		this.mvc
			.perform(postJson("/api/v1/clients/" + id + "/consent",
					"""
							{"purpose": "Tindak lanjut", "consentedOn": "%s", "retentionMonths": 12}"""
						.formatted(ClientFixture.today()),
					DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.consents", hasSize(1)))
			.andExpect(jsonPath("$.consents[0].takenBy").value(DemoUsers.RECOVERY_AGENT));
		this.vault.recordIdentity(id, new IdentityDetails("Dede", null, "0812 0000 1111", null),
				this.users.load(DemoUsers.RECOVERY_AGENT));

		this.mvc.perform(postJson("/api/v1/clients/" + id + "/identity/view", "{}", DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc.perform(postJson("/api/v1/clients/" + id + "/identity/view", """
				{"reason": "SERVICE"}""", DemoUsers.REHABILITATION_OFFICER)).andExpect(status().isForbidden());
		this.mvc.perform(postJson("/api/v1/clients/" + id + "/identity/view", """
				{"reason": "SERVICE"}""", DemoUsers.OTHER_RECOVERY_AGENT)).andExpect(status().isNotFound());
		this.mvc.perform(postJson("/api/v1/clients/" + id + "/identity/view", """
				{"reason": "REFERRAL", "explanation": "Rujukan ke IPWL"}""", DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nameOrNickname").value("Dede"))
			.andExpect(jsonPath("$.phone").value("0812 0000 1111"));
		assertThat(
				this.jdbc.sql("SELECT detail FROM audit_event WHERE entity_id = ? AND action = 'client.identityViewed'")
					.param(id)
					.query(String.class)
					.list())
			.containsExactly("reason: REFERRAL - Rujukan ke IPWL");

		this.mvc.perform(postJson("/api/v1/clients/" + id + "/consent/withdraw", "", DemoUsers.UNIT_CHAIR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.identityKept").value(false))
			.andExpect(jsonPath("$.consents[0].withdrawnBy").value(DemoUsers.UNIT_CHAIR));
		this.mvc.perform(postJson("/api/v1/clients/" + id + "/identity/view", """
				{"reason": "SERVICE"}""", DemoUsers.RECOVERY_AGENT)).andExpect(status().isNotFound());
	}

	@Test
	void anotherUnitsClientIsNotFoundAndBadInputLeavesNothing() throws Exception {
		UUID id = UUID.randomUUID();
		this.mvc
			.perform(postJson("/api/v1/clients",
					newClient(id, ClientFixture.facts(Sex.MALE), ClientFixture.GUNUNGPUTRI), DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/clients/" + id).with(this.users.as(DemoUsers.OTHER_RECOVERY_AGENT)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(postJson("/api/v1/clients/" + id + "/consent", """
					{"purpose": "x", "consentedOn": "%s", "retentionMonths": 12}""".formatted(ClientFixture.today()),
					DemoUsers.OTHER_RECOVERY_AGENT))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/clients").with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/clients/" + id).with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isForbidden());

		long clients = this.fixture.clients();
		this.mvc.perform(postJson("/api/v1/clients", "{}", DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors").isArray());
		this.mvc.perform(postJson("/api/v1/clients", """
				{"motherFirstName": "Siti", "fatherFirstName": "3201 0123 4567 8901", "sex": "MALE", "birthYear": 1990,
				 "villageCode": "32.01.02.2004", "source": "OUTREACH"}""", DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("fatherFirstName"));
		this.mvc.perform(postJson("/api/v1/clients", """
				{"motherFirstName": "Siti", "fatherFirstName": "Agus", "sex": "MALE", "birthYear": 1990,
				 "villageCode": "32.01.02.2004", "source": "AFTERCARE"}""", DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("sourceOrganisationId"));
		this.mvc.perform(postJson("/api/v1/clients", """
				{"motherFirstName": "Siti", "fatherFirstName": "Agus", "sex": "MALE", "birthYear": 3000,
				 "villageCode": "32.01.02.2004", "source": "OUTREACH"}""", DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("birthYear"));
		this.mvc.perform(postJson("/api/v1/clients", """
				{"motherFirstName": "Siti", "sex": "PERHAPS", "birthYear": 1990,
				 "villageCode": "32.01.02.2004", "source": "OUTREACH"}""", DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isBadRequest());
		assertThat(this.fixture.clients()).isEqualTo(clients);
	}

}
