package id.pulih.referral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a referral keeps, on H2 and PostgreSQL alike: texts as long as the limits allow in
 * any script (an emoji or a rare CJK character is one character of four bytes, encrypted
 * or not); the sender fixed when it was drafted, so a merge of the client elsewhere
 * neither hides the draft from its sender nor lets it go back to the sender; and the
 * province code of the sending organisation.
 */
@PulihSpringTest
class ReferralStorageTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** U+1F600, an emoji: two UTF-16 units, four bytes in UTF-8. */
	private static final String EMOJI = "\uD83D\uDE00";

	/** U+20000, a CJK ideograph outside the Basic Multilingual Plane: four bytes. */
	private static final String IDEOGRAPH = new String(Character.toChars(0x20000));

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

	@Test
	void textsOfTheLongestLengthInFourByteCharactersAreKeptAndReadBack() throws Exception {
		Client client = this.world.sukasariClient();
		String treatment = EMOJI.repeat(Referral.TEXT_MAX);
		String hiv = IDEOGRAPH.repeat(Referral.TEXT_MAX);
		String note = (IDEOGRAPH + EMOJI).repeat(Referral.TEXT_MAX / 2);
		String reason = EMOJI.repeat(Referral.REASON_MAX);

		// One long text per request, each well inside the 16 KB a JSON body may hold.
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("clientId", client.id());
		body.put("service", "IBM_RECOVERY");
		body.put("urgency", "SOON");
		body.put("reason", reason);
		body.put("sharedItems", List.of("TREATMENT_SUMMARY"));
		body.put("treatmentSummary", treatment);
		String answer = this.mvc.perform(postJson("/api/v1/referrals", DemoUsers.HEALTH_WORKER, body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reason").value(reason))
			.andExpect(jsonPath("$.snapshot.texts[0].text").value(treatment))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JSON.readTree(answer).get("id").asString();
		this.mvc
			.perform(postJson("/api/v1/referrals/" + id + "/draft", DemoUsers.HEALTH_WORKER,
					Map.of("sharedItems", List.of("TREATMENT_SUMMARY", "HIV_STATUS"), "hivStatus", hiv)))
			.andExpect(status().isOk());
		this.mvc
			.perform(postJson("/api/v1/referrals/" + id + "/send", DemoUsers.HEALTH_WORKER,
					Map.of("toOrganisationId", this.world.gunungputri, "sharedNote", note)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("SENT"));

		// One more character is refused beside the field, not a server error.
		this.mvc
			.perform(postJson("/api/v1/referrals", DemoUsers.HEALTH_WORKER,
					Map.of("clientId", client.id(), "service", "OTHER", "urgency", "SOON", "reason", "Lain",
							"sharedItems", List.of("TREATMENT_SUMMARY"), "treatmentSummary", treatment + EMOJI)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("treatmentSummary"));

		// Both sides read back exactly what was written, each what their role may.
		this.mvc.perform(get("/api/v1/referrals/" + id).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(jsonPath("$.snapshot.texts[?(@.item == 'HIV_STATUS')].text").value(hasItem(hiv)))
			.andExpect(jsonPath("$.snapshot.texts[?(@.item == 'TREATMENT_SUMMARY')].text").value(hasItem(treatment)))
			.andExpect(jsonPath("$.snapshot.note").value(note));
		this.mvc.perform(get("/api/v1/referrals/" + id).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(jsonPath("$.reason").value(reason))
			.andExpect(jsonPath("$.snapshot.texts[0].text").value(treatment))
			.andExpect(jsonPath("$.snapshot.note").value(note));
		this.mvc.perform(get("/referrals/" + id).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(treatment)))
			.andExpect(content().string(containsString(note)));

		// The receiver's note and feedback, as long, in the history too.
		String accepted = EMOJI.repeat(Referral.TEXT_MAX);
		String feedback = IDEOGRAPH.repeat(Referral.TEXT_MAX);
		this.mvc
			.perform(
					postJson("/api/v1/referrals/" + id + "/accept", DemoUsers.RECOVERY_AGENT, Map.of("note", accepted)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.history[2].note").value(accepted));
		this.mvc
			.perform(postJson("/api/v1/referrals/" + id + "/complete", DemoUsers.RECOVERY_AGENT,
					Map.of("feedback", feedback)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("COMPLETED"));
		this.mvc.perform(get("/api/v1/referrals/" + id).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(jsonPath("$.feedback").value(feedback))
			.andExpect(jsonPath("$.history[3].note").value(feedback));
	}

	@Test
	void aReasonAsLongAsAllowedInEmojiIsKeptWhenDeclined() throws Exception {
		Referral sent = this.world.sent(Urgency.SOON, null);
		String reason = EMOJI.repeat(Referral.REASON_MAX);
		this.mvc
			.perform(postJson("/api/v1/referrals/" + sent.id() + "/decline", DemoUsers.RECOVERY_AGENT,
					Map.of("reason", reason)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.declineReason").value(reason));
		Referral other = this.world.sent(Urgency.SOON, null);
		this.mvc
			.perform(postJson("/api/v1/referrals/" + other.id() + "/decline", DemoUsers.RECOVERY_AGENT,
					Map.of("reason", reason + EMOJI)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
	}

	@Test
	void aDraftStaysItsSendersAfterTheClientIsMergedIntoAnotherOrganisationsRecord() throws Exception {
		Client ours = this.world.gunungputriClient();
		Referral draft = this.referrals.refer(
				new NewReferral(null, ours.id(),
						new ReferralContent(null, ServiceAsked.REHABILITATION, Urgency.SOON,
								"Perlu rehabilitasi rawat jalan", null, null, null, null, null, null),
						false, null),
				this.world.agent);
		Client theirs = this.world.cicadasClient();
		// BNNK Bogor, which holds both units, finds they are one person.
		this.clients.merge(theirs.id(), ours.id(), "Orang yang sama, terdaftar di dua unit", this.world.rehab);
		String page = "/referrals/" + draft.id();
		String api = "/api/v1/referrals/" + draft.id();

		// The sender still finds its draft everywhere, though the client's record now
		// lies outside its scope (so the page does not offer to open it).
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + page + "/edit\"")))
			.andExpect(content().string(not(containsString("/clients/" + theirs.id()))));
		this.mvc.perform(get(page + "/edit").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(theirs.uic())))
			.andExpect(content().string(containsString("Perlu rehabilitasi rawat jalan")));
		this.mvc.perform(get(api).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from.id").value(this.world.gunungputri.toString()))
			.andExpect(jsonPath("$.clientId").value(theirs.id().toString()));
		this.mvc.perform(get("/referrals?tab=DRAFTS").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(content().string(containsString(page)));
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.OTHER_RECOVERY_AGENT)))
			.andExpect(status().isNotFound());

		// Back to the sender is refused beside the field, by the sender and by BNNK Bogor
		// (which sees the client's new organisation too), never a server error.
		for (String user : List.of(DemoUsers.RECOVERY_AGENT, DemoUsers.REHABILITATION_OFFICER)) {
			this.mvc.perform(postJson(api + "/send", user, Map.of("toOrganisationId", this.world.gunungputri)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("toOrganisationId"))
				.andExpect(content().string(containsString("lembaganya sendiri")));
		}
		this.mvc
			.perform(post(page + "/edit").with(csrf())
				.with(this.users.as(DemoUsers.RECOVERY_AGENT))
				.param("clientId", theirs.id().toString())
				.param("toOrganisationId", this.world.gunungputri.toString())
				.param("service", "REHABILITATION")
				.param("urgency", "SOON")
				.param("reason", "Perlu rehabilitasi rawat jalan")
				.param("intent", "send"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"toOrganisationId-error\"")))
			.andExpect(content().string(containsString("Klien tidak dapat dirujuk ke lembaganya sendiri.")));
		assertThat(this.referrals.find(draft.id(), this.world.agent).orElseThrow().state())
			.isEqualTo(ReferralState.DRAFT);

		// The destination search leaves the sender out, not the client's new unit.
		this.mvc
			.perform(get("/referrals/destinations").header("HX-Request", "true")
				.param("q", "IBM-32010220")
				.param("clientId", theirs.id().toString())
				.param("draftId", draft.id().toString())
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + this.world.cicadas + "\"")))
			.andExpect(content().string(not(containsString("value=\"" + this.world.gunungputri + "\""))));

		// Anywhere else it goes.
		this.mvc.perform(postJson(api + "/send", DemoUsers.RECOVERY_AGENT, Map.of("toOrganisationId", this.world.ipwl)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("SENT"))
			.andExpect(jsonPath("$.snapshot.uic").value(theirs.uic()));
		this.mvc.perform(get("/referrals?tab=SENT").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(content().string(containsString(page)));
	}

	@Test
	void theProvinceCodeIsTheSendersAndReadsBackAsTwoCharacters() throws Exception {
		Referral fromPuskesmas = this.world.sent(Urgency.ROUTINE, null);
		Client client = this.world.gunungputriClient();
		Referral fromUnit = this.referrals
			.refer(new NewReferral(null, client.id(), new ReferralContent(null, ServiceAsked.REHABILITATION,
					Urgency.SOON, "Rawat jalan", null, null, null, null, null, null), false, null), this.world.agent);
		for (UUID id : List.of(fromPuskesmas.id(), fromUnit.id())) {
			assertThat(this.jdbc.sql("SELECT province_code FROM referral WHERE id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("32");
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM referral WHERE id = ? AND province_code = ?")
				.params(id, "32")
				.query(Long.class)
				.single()).isEqualTo(1);
		}
		assertThat(this.referrals.find(fromPuskesmas.id(), this.world.nakes).orElseThrow().provinceCode())
			.isEqualTo("32");
		assertThat(this.referrals.find(fromUnit.id(), this.world.agent).orElseThrow().provinceCode()).isEqualTo("32");
		assertThat(this.jdbc
			.sql("SELECT LOWER(data_type) FROM information_schema.columns WHERE LOWER(table_name) = 'referral' "
					+ "AND LOWER(column_name) = 'province_code'")
			.query(String.class)
			.single()).isEqualTo("character");
	}

}
