package id.pulih.client;

import java.util.UUID;

import id.pulih.demo.DemoUsers;
import id.pulih.shared.Sex;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The client pages as their users meet them: an agent registers a client and sees the
 * code before saving; registering the same person again shows the existing client; bad
 * input is answered beside its field with what was typed; consent, identity (opened with
 * a reason, over htmx) and withdrawal; duplicates merged by the BNNK officer; and who may
 * not see what.
 */
@PulihSpringTest
class ClientPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private ClientRegistry registry;

	@Autowired
	private JdbcClient jdbc;

	private ClientFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new ClientFixture(this.jdbc);
	}

	private MockHttpServletRequestBuilder registration(UicFacts facts, String village) {
		return post("/clients").param("motherFirstName", facts.motherFirstName())
			.param("fatherFirstName", facts.fatherFirstName())
			.param("sex", facts.sex().name())
			.param("birthDate", facts.birthDate().toString())
			.param("villageCode", village)
			.param("source", "OUTREACH")
			.with(csrf());
	}

	private Client registered(String username, String village) {
		return this.registry
			.register(ClientFixture.outreach(ClientFixture.facts(Sex.MALE), village), this.users.load(username))
			.client();
	}

	@Test
	void anAgentRegistersAClientSeeingTheCodeFirst() throws Exception {
		UicFacts facts = ClientFixture.facts(Sex.FEMALE);
		String expected = new UicBuilder(UicProperties.defaults()).build(facts);
		this.mvc.perform(get("/clients/new").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"motherFirstName\"")))
			.andExpect(content().string(containsString("/areas/search?level=VILLAGE")));
		this.mvc
			.perform(get("/clients/uic").header("HX-Request", "true")
				.param("motherFirstName", facts.motherFirstName())
				.param("fatherFirstName", facts.fatherFirstName())
				.param("sex", "FEMALE")
				.param("birthDate", facts.birthDate().toString())
				.param("villageCode", ClientFixture.GUNUNGPUTRI)
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString(expected)))
			.andExpect(content().string(containsString("Gunungputri")));

		this.mvc
			.perform(get("/clients/source-organisations").header("HX-Request", "true")
				.param("source", "AFTERCARE")
				.param("q", "lapas")
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("Lapas Narkotika Kelas IIA Bandung")))
			.andExpect(content().string(not(containsString("Kementerian"))));

		MvcResult result = this.mvc
			.perform(registration(facts, ClientFixture.GUNUNGPUTRI).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "client.registered"))
			.andReturn();
		String page = result.getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(page.substring("/clients/".length()));
		assertThat(this.registry.get(id, Scope.national()).uic()).isEqualTo(expected);

		this.mvc.perform(get(page).with(this.users.as(DemoUsers.UNIT_CHAIR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(expected)))
			.andExpect(content().string(containsString("Penjangkauan")))
			// the timeline holds the registration
			.andExpect(content().string(containsString("Terdaftar dengan kode " + expected)));
		this.mvc.perform(get("/clients").param("q", expected.substring(0, 5)).with(this.users.as(DemoUsers.UNIT_CHAIR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/clients/" + id)));
		this.mvc
			.perform(get("/clients").param("q", expected)
				.header("HX-Request", "true")
				.with(this.users.as(DemoUsers.REHABILITATION_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("/clients/" + id)));
	}

	@Test
	void registeringTheSamePersonAgainShowsTheExistingClientAndWritesNothing() throws Exception {
		UicFacts facts = ClientFixture.facts(Sex.MALE);
		Client first = this.registry
			.register(ClientFixture.outreach(facts, ClientFixture.GUNUNGPUTRI), this.users.load(DemoUsers.UNIT_CHAIR))
			.client();
		this.mvc.perform(registration(facts, ClientFixture.GUNUNGPUTRI).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sudah terdaftar dengan kode " + first.uic())))
			.andExpect(content().string(containsString("/clients/" + first.id())));
		assertThat(this.fixture.clientsWithUic(first.uic())).isOne();
	}

	@Test
	void badInputIsAnsweredBesideItsFieldKeepingWhatWasTyped() throws Exception {
		long clients = this.fixture.clients();
		this.mvc
			.perform(post("/clients").param("motherFirstName", "3201012345678901")
				.param("fatherFirstName", "Agus")
				.param("sex", "MALE")
				.param("birthYear", "1990")
				.param("villageCode", "32.01.02.2004")
				.param("source", "OUTREACH")
				.with(csrf())
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"client-motherFirstName-error\"")))
			.andExpect(content().string(containsString("tampak seperti NIK")))
			.andExpect(content().string(containsString("role=\"alert\"")))
			.andExpect(content().string(containsString("value=\"Agus\"")))
			// a NIK typed into a name field is not shown back
			.andExpect(content().string(not(containsString("3201012345678901"))));
		this.mvc
			.perform(post("/clients").param("motherFirstName", "Siti")
				.param("fatherFirstName", "Agus")
				.param("sex", "MALE")
				.param("birthYear", "1890")
				.param("villageCode", ClientFixture.GUNUNGPUTRI)
				.param("source", "OUTREACH")
				.with(csrf())
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"client-birthYear-error\"")))
			.andExpect(content().string(containsString("value=\"1890\"")));
		this.mvc
			.perform(post("/clients").param("motherFirstName", "Siti")
				.param("sex", "MALE")
				.param("birthYear", "sembilan belas")
				.param("villageCode", ClientFixture.GUNUNGPUTRI)
				.param("source", "OUTREACH")
				.with(csrf())
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tahun lahir harus berupa angka")))
			.andExpect(content().string(containsString("value=\"sembilan belas\"")));
		this.mvc
			.perform(post("/clients").param("motherFirstName", "Siti")
				.param("fatherFirstName", "Agus")
				.param("sex", "MALE")
				.param("birthYear", "1990")
				.param("villageCode", "99.99.99.9999")
				.param("source", "OUTREACH")
				.with(csrf())
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"client-villageCode-error\"")))
			.andExpect(content().string(containsString("value=\"99.99.99.9999\"")));
		this.mvc
			.perform(post("/clients").param("motherFirstName", "Siti")
				.param("fatherFirstName", "Agus")
				.param("sex", "MALE")
				.param("birthYear", "1990")
				.param("villageCode", ClientFixture.GUNUNGPUTRI)
				.param("source", "REFERRAL")
				.param("registeredOn", ClientFixture.today().toString())
				.with(csrf())
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"client-sourceOrganisationId-error\"")));
		this.mvc
			.perform(post("/clients").param("motherFirstName", "Siti")
				.param("fatherFirstName", "Agus")
				.param("sex", "MALE")
				.param("birthYear", "1990")
				.param("villageCode", ClientFixture.GUNUNGPUTRI)
				.param("source", "OUTREACH")
				.param("registeredOn", ClientFixture.today().plusDays(3).toString())
				.with(csrf())
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"client-registeredOn-error\"")));
		assertThat(this.fixture.clients()).isEqualTo(clients);
	}

	@Test
	void consentIdentityRevealedWithAReasonAndWithdrawal() throws Exception {
		Client client = registered(DemoUsers.RECOVERY_AGENT, ClientFixture.GUNUNGPUTRI);
		String page = "/clients/" + client.id();
		this.mvc
			.perform(post(page + "/identity").param("nameOrNickname", "Asep Kribo")
				.with(csrf())
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("setelah persetujuan klien dicatat")));
		this.mvc
			.perform(post(page + "/consent").param("purpose", "Kunjungan rumah dan tindak lanjut")
				.param("consentedOn", ClientFixture.today().toString())
				.param("retentionMonths", "24")
				.with(csrf())
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(redirectedUrl(page));
		this.mvc
			.perform(post(page + "/identity").param("nameOrNickname", "Asep Kribo")
				.param("nik", "123")
				.param("phone", "0813 2222 3333")
				.with(csrf())
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"identity-nik-error\"")))
			.andExpect(content().string(containsString("value=\"Asep Kribo\"")));
		this.mvc
			.perform(post(page + "/identity").param("nameOrNickname", "Asep Kribo")
				.param("phone", "0813 2222 3333")
				.with(csrf())
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(redirectedUrl(page));

		// the page offers to open the identity, but does not show it
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.UNIT_CHAIR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/identity/view")))
			.andExpect(content().string(not(containsString("Asep Kribo"))));
		// the officer who supervises the unit sees the client, never the identity
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.REHABILITATION_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/identity/view"))))
			.andExpect(content().string(not(containsString("Asep Kribo"))));
		this.mvc
			.perform(post(page + "/identity/view").param("reason", "SERVICE")
				.header("HX-Request", "true")
				.with(csrf())
				.with(this.users.as(DemoUsers.REHABILITATION_OFFICER)))
			.andExpect(status().isForbidden());

		this.mvc
			.perform(post(page + "/identity/view").header("HX-Request", "true")
				.with(csrf())
				.with(this.users.as(DemoUsers.UNIT_CHAIR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reveal-reason-error\"")))
			.andExpect(content().string(not(containsString("Asep Kribo"))));
		this.mvc
			.perform(post(page + "/identity/view").param("reason", "FOLLOW_UP")
				.header("HX-Request", "true")
				.with(csrf())
				.with(this.users.as(DemoUsers.UNIT_CHAIR)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"client-identity\"")))
			.andExpect(content().string(containsString("Asep Kribo")))
			.andExpect(content().string(containsString("0813 2222 3333")));
		// without script, the whole page comes back with the identity open
		this.mvc
			.perform(post(page + "/identity/view").param("reason", "SERVICE")
				.with(csrf())
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("Asep Kribo")));
		assertThat(this.jdbc.sql(
				"SELECT detail FROM audit_event WHERE entity_id = ? AND action = 'client.identityViewed' AND actor = ?")
			.params(client.id(), DemoUsers.UNIT_CHAIR)
			.query(String.class)
			.list()).containsExactly("reason: FOLLOW_UP");

		this.mvc.perform(post(page + "/consent/withdraw").with(csrf()).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("message", "client.consentWithdrawnMessage"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM client_identity WHERE client_id = ?")
			.param(client.id())
			.query(Long.class)
			.single()).isZero();
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Persetujuan dicabut")));
	}

	@Test
	void anotherUnitsClientIsNotFoundAndNothingIsWritten() throws Exception {
		Client client = registered(DemoUsers.RECOVERY_AGENT, ClientFixture.GUNUNGPUTRI);
		String page = "/clients/" + client.id();
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.OTHER_RECOVERY_AGENT)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(page + "/consent").param("purpose", "x")
				.param("consentedOn", ClientFixture.today().toString())
				.param("retentionMonths", "12")
				.with(csrf())
				.with(this.users.as(DemoUsers.OTHER_RECOVERY_AGENT)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(page + "/identity/view").param("reason", "SERVICE")
				.with(csrf())
				.with(this.users.as(DemoUsers.OTHER_RECOVERY_AGENT)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clients").param("q", client.uic()).with(this.users.as(DemoUsers.OTHER_RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(page))));
		this.mvc.perform(get("/clients/not-a-uuid").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isNotFound());
		assertThat(this.registry.get(client.id(), Scope.national()).consents()).isEmpty();
	}

	@Test
	void managersAndAdministratorsHaveNoClientPages() throws Exception {
		for (String user : new String[] { DemoUsers.PROGRAMME_MANAGER, DemoUsers.ADMINISTRATOR }) {
			this.mvc.perform(get("/clients").with(this.users.as(user))).andExpect(status().isForbidden());
			this.mvc.perform(get("/clients/new").with(this.users.as(user))).andExpect(status().isForbidden());
			this.mvc.perform(get("/clients/duplicates").with(this.users.as(user))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/clients/new").with(this.users.as(DemoUsers.REHABILITATION_OFFICER)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/clients").with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/clients/new\""))));
		this.mvc.perform(get("/").with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(content().string(containsString("href=\"/clients\"")));
	}

	@Test
	void theOfficerWhoSeesBothMergesADuplicateAndTheMergedPageLeadsToTheSurvivor() throws Exception {
		UicFacts facts = ClientFixture.facts(Sex.FEMALE);
		PulihUser agent = this.users.load(DemoUsers.RECOVERY_AGENT);
		Client older = this.registry.register(ClientFixture.outreach(facts, ClientFixture.GUNUNGPUTRI), agent).client();
		MvcResult registered = this.mvc
			.perform(registration(facts, ClientFixture.CICADAS).with(this.users.as(DemoUsers.OTHER_RECOVERY_AGENT)))
			.andExpect(flash().attribute("message", "client.registeredWithDuplicates"))
			.andReturn();
		String newerPage = registered.getResponse().getRedirectedUrl();
		UUID newer = UUID.fromString(newerPage.substring("/clients/".length()));
		this.mvc.perform(get(newerPage).with(this.users.as(DemoUsers.OTHER_RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mungkin orang yang sama")))
			.andExpect(content().string(not(containsString("/clients/" + older.id()))));
		String flag = this.jdbc.sql("SELECT id FROM duplicate_flag WHERE client_id = ?")
			.param(newer)
			.query(String.class)
			.single();

		// the Gunungputri chair sees the flag with one side only: no merge, only
		// dismissal
		this.mvc.perform(get("/clients/duplicates").with(this.users.as(DemoUsers.UNIT_CHAIR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/clients/duplicates/" + flag + "/dismiss")))
			.andExpect(content().string(not(containsString("/clients/duplicates/" + flag + "/merge"))))
			.andExpect(content().string(not(containsString("/clients/" + newer))));
		this.mvc
			.perform(post("/clients/duplicates/" + flag + "/merge").param("survivorId", older.id().toString())
				.param("reason", "Sama")
				.with(csrf())
				.with(this.users.as(DemoUsers.UNIT_CHAIR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hanya petugas yang melihat kedua data")));
		// the BNNK officer sees both; a reason is required
		this.mvc
			.perform(post("/clients/duplicates/" + flag + "/merge").param("survivorId", older.id().toString())
				.with(csrf())
				.with(this.users.as(DemoUsers.REHABILITATION_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Alasan wajib diisi")));
		this.mvc
			.perform(post("/clients/duplicates/" + flag + "/merge").param("survivorId", older.id().toString())
				.param("reason", "Nama ibu, ayah dan tanggal lahir sama; klien mengonfirmasi")
				.with(csrf())
				.with(this.users.as(DemoUsers.REHABILITATION_OFFICER)))
			.andExpect(redirectedUrl("/clients/" + older.id()));

		assertThat(this.fixture.clientsWithUic(older.uic())).isEqualTo(2);
		this.mvc.perform(get(newerPage).with(this.users.as(DemoUsers.REHABILITATION_OFFICER)))
			.andExpect(redirectedUrl("/clients/" + older.id()));
		this.mvc.perform(get("/clients/" + older.id()).with(this.users.as(DemoUsers.REHABILITATION_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("digabungkan ke klien ini")));
		this.mvc.perform(get("/clients/duplicates").with(this.users.as(DemoUsers.REHABILITATION_OFFICER)))
			.andExpect(content().string(not(containsString(flag))));
	}

	@Test
	void aChairMarksAPairAsDifferentPeople() throws Exception {
		UicFacts facts = ClientFixture.facts(Sex.MALE);
		Client ours = this.registry
			.register(ClientFixture.outreach(facts, ClientFixture.GUNUNGPUTRI),
					this.users.load(DemoUsers.RECOVERY_AGENT))
			.client();
		Client theirs = this.registry
			.register(ClientFixture.outreach(facts, ClientFixture.SUKARASA), this.users.load(DemoUsers.HEALTH_WORKER))
			.client();
		String flag = this.jdbc.sql("SELECT id FROM duplicate_flag WHERE client_id = ?")
			.param(theirs.id())
			.query(String.class)
			.single();
		this.mvc
			.perform(post("/clients/duplicates/" + flag + "/dismiss").param("note", "Ibu berbeda, dicek lewat telepon")
				.with(csrf())
				.with(this.users.as(DemoUsers.OTHER_RECOVERY_AGENT)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/clients/duplicates/" + UUID.randomUUID() + "/dismiss").param("note", "Ibu berbeda")
				.with(csrf())
				.with(this.users.as(DemoUsers.REHABILITATION_OFFICER)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/clients/duplicates/" + flag + "/dismiss").param("note", "Ibu berbeda, dicek lewat telepon")
				.with(csrf())
				.with(this.users.as(DemoUsers.UNIT_CHAIR)))
			.andExpect(redirectedUrl("/clients/duplicates"));
		assertThat(this.fixture.openFlags(ours.id())).isZero();
		assertThat(this.jdbc.sql("SELECT resolution FROM duplicate_flag WHERE id = ?")
			.param(UUID.fromString(flag))
			.query(String.class)
			.single()).isEqualTo("NOT_SAME");
	}

}
