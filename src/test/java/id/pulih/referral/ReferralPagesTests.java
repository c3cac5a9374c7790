package id.pulih.referral;

import java.util.UUID;

import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.demo.DemoUsers;
import id.pulih.organisation.Organisations;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The referral pages as a worker uses them on a phone: the form (destination choice with
 * search, what is shared, errors beside the fields with everything typed kept), drafts
 * kept and sent later, the lists with their tabs and filters, the action forms on a
 * referral's page, and the same pages in English.
 */
@PulihSpringTest
class ReferralPagesTests {

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

	private MockHttpServletRequestBuilder form(String path, String username, String... fields) {
		MockHttpServletRequestBuilder request = post(path).with(csrf()).with(this.users.as(username));
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request;
	}

	@Test
	void theFormOffersDestinationsAndWhatTheRoleMayShare() throws Exception {
		Client client = this.world.sukasariClient();
		this.mvc.perform(get("/referrals/new?clientId=" + client.id()).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rujuk klien")))
			.andExpect(content().string(containsString(client.uic())))
			.andExpect(content().string(containsString("id=\"toOrganisationId\"")))
			.andExpect(content().string(not(containsString("value=\"" + this.world.sukasari + "\""))))
			.andExpect(content().string(containsString("Mendesak: dijawab dalam 2 hari")))
			.andExpect(content().string(containsString("name=\"hivStatus\"")));
		// A field officer may not share an HIV status: the box is there, disabled.
		this.mvc.perform(get("/referrals/new?clientId=" + client.id()).with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"value=\"HIV_STATUS\" aria-describedby=\"shared-HIV_STATUS-help\" disabled=\"disabled\"")))
			.andExpect(content().string(not(containsString("name=\"hivStatus\""))));
		// The search answers options for htmx.
		this.mvc
			.perform(get("/referrals/destinations").header("HX-Request", "true")
				.param("q", "gunungputri")
				.param("clientId", client.id().toString())
				.with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + this.world.gunungputri + "\"")))
			.andExpect(content().string(not(containsString("<html"))));
		// No client, or one outside the scope: nothing to refer.
		this.mvc.perform(get("/referrals/new").with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/referrals/new?clientId=" + client.id()).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isNotFound());
	}

	@Test
	void errorsShowBesideTheFieldsAndEverythingTypedIsKept() throws Exception {
		Client client = this.world.sukasariClient();
		long before = this.world.referrals();
		this.mvc
			.perform(form("/referrals", DemoUsers.HEALTH_WORKER, "clientId", client.id().toString(), "toOrganisationId",
					this.world.gunungputri.toString(), "urgency", "URGENT", "reason", "", "sharedItems",
					"TREATMENT_SUMMARY", "sharedItems", "HIV_STATUS", "hivStatus", "Reaktif, ARV sejak Mei",
					"treatmentSummary", "", "sharedNote", "Mohon dihubungi lewat petugas", "intent", "send"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"service-error\"")))
			.andExpect(content().string(containsString("Pilih layanan yang diminta.")))
			.andExpect(content().string(containsString("Reaktif, ARV sejak Mei")))
			.andExpect(content().string(containsString("Mohon dihubungi lewat petugas")))
			.andExpect(content().string(containsString("value=\"HIV_STATUS\" checked")))
			.andExpect(content().string(containsString("value=\"" + this.world.gunungputri + "\" selected")));
		this.mvc
			.perform(form("/referrals", DemoUsers.HEALTH_WORKER, "clientId", client.id().toString(), "toOrganisationId",
					this.world.gunungputri.toString(), "service", "HIV_CARE", "urgency", "URGENT", "reason",
					"Pendampingan ARV", "sharedItems", "TREATMENT_SUMMARY", "treatmentSummary", " ", "intent", "send"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"treatmentSummary-error\"")))
			.andExpect(content().string(containsString("Tuliskan isi yang dibagikan, atau hapus centangnya.")))
			.andExpect(content().string(containsString("Pendampingan ARV")));
		this.mvc
			.perform(form("/referrals", DemoUsers.HEALTH_WORKER, "clientId", client.id().toString(), "service",
					"NOT_A_SERVICE", "urgency", "URGENT", "reason", "Apa saja", "intent", "draft"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pilih layanan dari daftar.")))
			.andExpect(content().string(containsString("Apa saja")));
		// Contact details need an active consent, which this client has not given.
		this.mvc
			.perform(form("/referrals", DemoUsers.HEALTH_WORKER, "clientId", client.id().toString(), "service",
					"HIV_CARE", "urgency", "SOON", "reason", "Tes HIV", "sharedItems", "CONTACT_DETAILS",
					"contactDetails", "0812-0000-0000", "intent", "draft"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sharedItems-error\"")))
			.andExpect(content().string(containsString("persetujuan yang masih berlaku")));
		assertThat(this.world.referrals()).isEqualTo(before);
	}

	@Test
	void aDraftIsKeptThenCompletedAndSent() throws Exception {
		Client client = this.world.sukasariClient();
		MvcResult saved = this.mvc
			.perform(form("/referrals", DemoUsers.HEALTH_WORKER, "clientId", client.id().toString(), "service",
					"TB_CARE", "urgency", "SOON", "reason", "Batuk lebih dari dua minggu", "sharedItems",
					"TREATMENT_SUMMARY", "treatmentSummary", "Belum pernah diobati TBC", "intent", "draft"))
			.andExpect(redirectedUrlPattern("/referrals/*"))
			.andReturn();
		String page = saved.getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(page.substring("/referrals/".length()));
		assertThat(this.referrals.find(id, this.world.nakes).orElseThrow().state()).isEqualTo(ReferralState.DRAFT);
		this.mvc.perform(get("/referrals?tab=DRAFTS").with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(content().string(containsString(page + "/edit")));
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Draf<")))
			.andExpect(content().string(containsString("Belum pernah diobati TBC")))
			.andExpect(content().string(containsString("action=\"" + page + "/cancel\"")));
		this.mvc.perform(get(page + "/edit").with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Batuk lebih dari dua minggu")))
			.andExpect(content().string(containsString("Belum pernah diobati TBC")));
		// The IPWL does not see a draft.
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.REHABILITATION_OFFICER)))
			.andExpect(status().isNotFound());

		// Sending from its page without a destination says what is missing.
		this.mvc.perform(form(page + "/send", DemoUsers.HEALTH_WORKER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pilih lembaga tujuan sebelum mengirim.")));
		this.mvc
			.perform(form(page + "/edit", DemoUsers.HEALTH_WORKER, "clientId", client.id().toString(),
					"toOrganisationId", this.world.ipwl.toString(), "service", "TB_CARE", "urgency", "SOON", "reason",
					"Batuk lebih dari dua minggu", "sharedItems", "TREATMENT_SUMMARY", "treatmentSummary",
					"Belum pernah diobati TBC", "intent", "draft"))
			.andExpect(redirectedUrl(page));
		this.mvc.perform(form(page + "/send", DemoUsers.HEALTH_WORKER)).andExpect(redirectedUrl(page));
		Referral sent = this.referrals.find(id, this.world.nakes).orElseThrow();
		assertThat(sent.state()).isEqualTo(ReferralState.SENT);
		assertThat(sent.toOrganisationId()).isEqualTo(this.world.ipwl);
		this.mvc.perform(get(page + "/edit").with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(get("/referrals?tab=SENT&state=SENT").with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(content().string(containsString(page)));
		this.mvc.perform(get("/referrals?tab=SENT&state=DECLINED").with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(content().string(not(containsString(page))));
	}

	@Test
	void aDraftIsCancelledOnlyWithAReason() throws Exception {
		Client client = this.world.sukasariClient();
		Referral draft = this.referrals.refer(
				new NewReferral(null, client.id(), ReferralWorld.content(null, Urgency.ROUTINE), false, null),
				this.world.nakes);
		String page = "/referrals/" + draft.id();
		this.mvc.perform(form(page + "/cancel", DemoUsers.HEALTH_WORKER, "reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"cancel-reason-error\"")))
			.andExpect(content().string(containsString("<details open")));
		this.mvc.perform(form(page + "/cancel", DemoUsers.HEALTH_WORKER, "reason", "Klien pindah kota"))
			.andExpect(redirectedUrl(page));
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(content().string(containsString(">Dibatalkan<")))
			.andExpect(content().string(containsString("Klien pindah kota")))
			.andExpect(content().string(not(containsString("action=\"" + page + "/cancel\""))));
		this.mvc.perform(get("/clients/" + client.id()).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(content().string(containsString("Draf rujukan dibatalkan")));
	}

	@Test
	void declineAndLostToFollowUpNeedAReasonAndKeepWhatWasTyped() throws Exception {
		Referral sent = this.world.sent(Urgency.SOON, null);
		String page = "/referrals/" + sent.id();
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(content().string(containsString("action=\"" + page + "/decline\"")))
			.andExpect(content().string(containsString("data-confirm=")));
		this.mvc.perform(form(page + "/lost", DemoUsers.HEALTH_WORKER, "reason", "   "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"lost-reason-error\"")));
		this.mvc.perform(form(page + "/decline", DemoUsers.RECOVERY_AGENT, "reason", "x".repeat(1001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Terlalu panjang: paling banyak 1.000 karakter.")))
			.andExpect(content().string(containsString("x".repeat(1001))));
		this.mvc.perform(form(page + "/lost", DemoUsers.HEALTH_WORKER, "reason", "Klien tidak datang"))
			.andExpect(redirectedUrl(page));
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(content().string(containsString(">Lepas dari pemantauan<")))
			.andExpect(content().string(containsString("Klien tidak datang")))
			.andExpect(content().string(not(containsString("action=\"" + page + "/accept\""))));
	}

	@Test
	void aCompletionDateThatIsNoDateIsShownBesideTheFieldWithTheFeedbackKept() throws Exception {
		Referral sent = this.world.sent(Urgency.ROUTINE, null);
		this.referrals.accept(sent.id(), null, null, this.world.agent);
		String page = "/referrals/" + sent.id();
		this.mvc
			.perform(form(page + "/complete", DemoUsers.RECOVERY_AGENT, "feedback", "Sudah 8 minggu layanan",
					"completedOn", "31-12-2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"complete-completedOn-error\"")))
			.andExpect(content().string(containsString("Tanggal tidak sah.")))
			.andExpect(content().string(containsString("Sudah 8 minggu layanan")));
		assertThat(this.referrals.find(sent.id(), this.world.agent).orElseThrow().state())
			.isEqualTo(ReferralState.ACCEPTED);
		this.mvc
			.perform(form(page + "/complete", DemoUsers.RECOVERY_AGENT, "feedback", "Sudah 8 minggu layanan",
					"completedOn", this.world.today.toString()))
			.andExpect(redirectedUrl(page));
	}

	@Test
	void theListsAndPagesSpeakEnglishToo() throws Exception {
		Referral sent = this.world.sent(Urgency.URGENT, null);
		this.mvc.perform(get("/referrals?lang=en").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Inbox<")))
			.andExpect(content().string(containsString("/referrals/" + sent.id())));
		this.mvc.perform(get("/referrals/" + sent.id() + "?lang=en").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What was shared about the client")))
			.andExpect(content().string(containsString(">Urgent<")));
		this.mvc.perform(get("/referrals?tab=nonsense&state=nonsense").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/referrals/not-a-uuid").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isNotFound());
	}

}
