package id.pulih.referral;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.demo.DemoUsers;
import id.pulih.organisation.Organisations;
import id.pulih.shared.RuleViolation;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who learns a client's HIV status through a referral: only health workers. Peer support
 * officers take no part in referrals at all; every other role sees neither an HIV status
 * that was shared (not even that one was) nor that HIV care was asked for, which shows as
 * "further health care", a service anyone may ask for; and only a health worker may ask
 * for HIV care.
 */
@PulihSpringTest
class ReferralPrivacyTests {

	private static final String HIV_STATUS = "Reaktif sejak Mei, ARV lini pertama";

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

	/** The Sukasari health worker asks Gunungputri for HIV care, sharing the status. */
	private Referral hivCare(boolean send) {
		Client client = this.world.sukasariClient();
		ReferralContent content = new ReferralContent(send ? this.world.gunungputri : null, ServiceAsked.HIV_CARE,
				Urgency.SOON, "Pendampingan minum obat di desa",
				EnumSet.of(SharedItem.HIV_STATUS, SharedItem.TREATMENT_SUMMARY), null, HIV_STATUS,
				"Kunjungan rutin tiap bulan", null, null);
		return this.referrals.refer(new NewReferral(null, client.id(), content, send, null), this.world.nakes);
	}

	/** The main part of a page (without the menu), as the user sees it. */
	private String main(String path, String username) throws Exception {
		String html = this.mvc.perform(get(path).with(this.users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// The CSRF token is random text and may spell "HIV" by chance.
		return html.substring(html.indexOf("<main"), html.indexOf("</main>"))
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
	}

	@Test
	void aPeerSupportOfficerHasNoReferralPagesApiOrHomeSection() throws Exception {
		Referral late = this.world.sent(Urgency.URGENT, this.world.today.minusDays(300));
		Client client = this.world.sukasariClient();
		Referral draft = this.referrals.refer(
				new NewReferral(null, client.id(), ReferralWorld.content(null, Urgency.SOON), false, null),
				this.world.nakes);
		String page = "/referrals/" + late.id();
		for (String path : List.of("/referrals", "/referrals?tab=SENT", page, "/referrals/" + draft.id() + "/edit",
				"/referrals/new?clientId=" + client.id(), "/api/v1/referrals", "/api/v1/referrals?box=SENT",
				"/api/v1/referrals/" + late.id())) {
			this.mvc.perform(get(path).with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER)))
				.andExpect(status().isForbidden())
				.andExpect(content().string(not(containsString(late.snapshotUic()))))
				.andExpect(content().string(not(containsString("Non-reaktif"))));
		}
		this.mvc
			.perform(post(page + "/lost").with(csrf())
				.with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER))
				.param("reason", "Tidak datang"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/referrals").with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER))
				.contentType("application/json")
				.content("{\"clientId\":\"" + client.id() + "\",\"service\":\"OTHER\",\"urgency\":\"SOON\","
						+ "\"reason\":\"Apa saja\"}"))
			.andExpect(status().isForbidden());
		assertThatThrownBy(() -> this.referrals.loseToFollowUp(late.id(), "Tidak datang", this.world.peer))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.referrals.find(late.id(), this.world.nakes).orElseThrow().state())
			.isEqualTo(ReferralState.SENT);

		// Their home page has no referrals section and no way to the referrals, though
		// their Puskesmas has an overdue one and a draft; the health worker's has both.
		this.mvc.perform(get("/").with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("referral-home"))))
			.andExpect(content().string(not(containsString(page))))
			.andExpect(content().string(not(containsString("href=\"/referrals\""))));
		this.mvc.perform(get("/").with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(content().string(containsString("id=\"referral-home-overdue-sent\"")))
			.andExpect(content().string(containsString(page)))
			.andExpect(content().string(containsString("href=\"/referrals\"")));
	}

	@Test
	void onlyAHealthWorkerSeesHivCareAskedAndTheHivStatusShared() throws Exception {
		Referral sent = hivCare(true);
		String page = "/referrals/" + sent.id();
		String api = "/api/v1/referrals/" + sent.id();

		// The health worker who sent it reads everything.
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Layanan HIV (tes, ARV)")))
			.andExpect(content().string(containsString("Status HIV")))
			.andExpect(content().string(containsString(HIV_STATUS)));
		this.mvc.perform(get(api).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(jsonPath("$.service").value("HIV_CARE"))
			.andExpect(jsonPath("$.snapshot.items", hasItem("HIV_STATUS")))
			.andExpect(jsonPath("$.snapshot.texts[?(@.item == 'HIV_STATUS')].text").value(hasItem(HIV_STATUS)));
		this.mvc.perform(get("/referrals?tab=SENT").with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(content().string(containsString("Layanan HIV (tes, ARV)")));

		// Everybody else on either side: "further health care", and of the snapshot only
		// what they may read, the HIV status not even named.
		for (String user : List.of(DemoUsers.RECOVERY_AGENT, DemoUsers.REHABILITATION_OFFICER,
				DemoUsers.FIELD_OFFICER)) {
			assertThat(main(page, user)).contains("Layanan kesehatan lanjutan", "Kunjungan rutin tiap bulan")
				.doesNotContain("HIV", "Reaktif");
			assertThat(main(page + "?lang=en", user)).contains("Further health care").doesNotContain("HIV");
			this.mvc.perform(get(api).with(this.users.as(user)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.service").value("HEALTH_CARE"))
				.andExpect(jsonPath("$.snapshot.items", not(hasItem("HIV_STATUS"))))
				.andExpect(jsonPath("$.snapshot.texts", hasSize(1)))
				.andExpect(jsonPath("$.snapshot.texts[0].item").value("TREATMENT_SUMMARY"))
				.andExpect(content().string(not(containsString("HIV"))));
		}
		for (String user : List.of(DemoUsers.RECOVERY_AGENT, DemoUsers.REHABILITATION_OFFICER)) {
			this.mvc.perform(get("/referrals?tab=INBOX").with(this.users.as(user)))
				.andExpect(content().string(containsString(page)))
				.andExpect(content().string(not(containsString("Layanan HIV"))));
			this.mvc.perform(get("/api/v1/referrals?box=INBOX&limit=500").with(this.users.as(user)))
				.andExpect(jsonPath("$[?(@.id == '" + sent.id() + "')].service").value(hasItem("HEALTH_CARE")))
				.andExpect(content().string(not(containsString("HIV_CARE"))));
		}
		this.mvc.perform(get("/referrals?tab=SENT").with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(content().string(containsString(page)))
			.andExpect(content().string(not(containsString("Layanan HIV"))));
		this.mvc.perform(get("/api/v1/referrals?box=SENT&limit=500").with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(jsonPath("$[?(@.id == '" + sent.id() + "')].service").value(hasItem("HEALTH_CARE")))
			.andExpect(content().string(not(containsString("HIV_CARE"))));
		this.mvc.perform(get("/").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(content().string(containsString(page)))
			.andExpect(content().string(not(containsString("Layanan HIV"))));
		this.mvc.perform(get("/clients/" + sent.clientId()).with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(content().string(containsString("Dirujuk ke IBM Desa Gunungputri (terkirim)")))
			.andExpect(content().string(not(containsString("Layanan HIV"))));

		// A service anyone may ask for, which the health worker sees as asked.
		Client client = this.world.sukasariClient();
		Referral general = this.referrals.refer(
				new NewReferral(null, client.id(),
						new ReferralContent(this.world.gunungputri, ServiceAsked.HEALTH_CARE, Urgency.ROUTINE,
								"Pemeriksaan kesehatan umum", null, null, null, null, null, null),
						true, null),
				this.world.officer);
		this.mvc.perform(get("/api/v1/referrals/" + general.id()).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(jsonPath("$.service").value("HEALTH_CARE"));
	}

	@Test
	void onlyAHealthWorkerAsksForHivCare() throws Exception {
		Client client = this.world.sukasariClient();
		long before = this.world.referrals();
		this.mvc.perform(get("/referrals/new?clientId=" + client.id()).with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"HEALTH_CARE\"")))
			.andExpect(content().string(not(containsString("value=\"HIV_CARE\""))));
		this.mvc.perform(get("/referrals/new?clientId=" + client.id()).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(content().string(containsString("value=\"HIV_CARE\"")));

		this.mvc
			.perform(post("/referrals").with(csrf())
				.with(this.users.as(DemoUsers.FIELD_OFFICER))
				.param("clientId", client.id().toString())
				.param("toOrganisationId", this.world.gunungputri.toString())
				.param("service", "HIV_CARE")
				.param("urgency", "SOON")
				.param("reason", "Butuh pendampingan di desa")
				.param("intent", "send"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"service-error\"")))
			.andExpect(content().string(containsString("Peran Anda tidak dapat meminta layanan ini.")))
			.andExpect(content().string(containsString("Butuh pendampingan di desa")));
		this.mvc
			.perform(post("/api/v1/referrals").with(this.users.as(DemoUsers.RECOVERY_AGENT))
				.contentType("application/json")
				.content("{\"clientId\":\"" + this.world.gunungputriClient().id() + "\",\"toOrganisationId\":\""
						+ this.world.sukasari + "\",\"service\":\"HIV_CARE\",\"urgency\":\"SOON\","
						+ "\"reason\":\"Tes HIV\",\"send\":true}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("service"));
		assertThat(this.world.referrals()).isEqualTo(before);
	}

	@Test
	void aDraftAskingForHivCareIsRevisedAndSentOnlyByAHealthWorker() throws Exception {
		Referral draft = hivCare(false);
		String page = "/referrals/" + draft.id();
		assertThat(main(page, DemoUsers.FIELD_OFFICER)).contains("Layanan kesehatan lanjutan")
			.contains("action=\"" + page + "/cancel\"")
			.doesNotContain("HIV", "Reaktif", "href=\"" + page + "/edit\"", "action=\"" + page + "/send\"");
		this.mvc.perform(get(page + "/edit").with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(not(containsString("Reaktif"))));
		this.mvc
			.perform(post("/api/v1/referrals/" + draft.id() + "/send").with(this.users.as(DemoUsers.FIELD_OFFICER))
				.contentType("application/json")
				.content("{\"toOrganisationId\":\"" + this.world.gunungputri + "\",\"service\":\"OTHER\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("state"))
			.andExpect(content().string(not(containsString("HIV"))));
		assertThatThrownBy(() -> this.referrals.revise(draft.id(),
				new ReferralContent(null, ServiceAsked.OTHER, null, null, EnumSet.noneOf(SharedItem.class), null, null,
						null, null, null),
				this.world.officer))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("referral.error.draftNotReadable"));
		Referral unchanged = this.referrals.find(draft.id(), this.world.nakes).orElseThrow();
		assertThat(unchanged.state()).isEqualTo(ReferralState.DRAFT);
		assertThat(unchanged.service()).isEqualTo(ServiceAsked.HIV_CARE);
		assertThat(unchanged.sharedItems()).contains(SharedItem.HIV_STATUS);

		// The health worker edits and sends it.
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(content().string(containsString("href=\"" + page + "/edit\"")));
		this.mvc.perform(get(page + "/edit").with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(HIV_STATUS)));
		this.mvc
			.perform(post("/api/v1/referrals/" + draft.id() + "/send").with(this.users.as(DemoUsers.HEALTH_WORKER))
				.contentType("application/json")
				.content("{\"toOrganisationId\":\"" + this.world.gunungputri + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("SENT"))
			.andExpect(jsonPath("$.service").value("HIV_CARE"));
		UUID id = draft.id();
		this.mvc.perform(get("/api/v1/referrals/" + id).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(jsonPath("$.service").value("HEALTH_CARE"));
	}

}
