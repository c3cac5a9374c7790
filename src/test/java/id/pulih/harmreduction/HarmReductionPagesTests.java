package id.pulih.harmreduction;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pulih.access.AccessManagement;
import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.demo.DemoUsers;
import id.pulih.organisation.Organisations;
import id.pulih.shared.Sex;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;
import id.pulih.stock.Commodities;
import id.pulih.stock.StockLedger;
import id.pulih.stock.StockLevels;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import id.pulih.workforce.NewPerson;
import id.pulih.workforce.PersonRole;
import id.pulih.workforce.Workforce;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages as the Puskesmas uses them on a phone: the health worker records the outreach
 * client's visit on the form (NSP, a positive HIV test with linkage to ARV, condoms),
 * assigns the peer support officer from the visit page; the client then appears on the
 * peer support officer's home page until contacted. Mistakes are shown beside their field
 * with what was typed; the client search answers htmx.
 */
@PulihSpringTest
class HarmReductionPagesTests {

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
	private HarmReductionTimeline timeline;

	@Autowired
	private JdbcClient jdbc;

	private HarmReductionWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new HarmReductionWorld(this.users, this.clients, this.organisations, this.workforce, this.access,
				this.ledger, this.levels, this.visits, this.jdbc);
		UUID sukasari = this.world.sukasari;
		this.world.stock(sukasari, this.world.nurse, Commodities.SYRINGE, 100);
		this.world.stock(sukasari, this.world.nurse, Commodities.CONDOM, 100);
		this.world.stock(sukasari, this.world.nurse, Commodities.LUBRICANT, 100);
		this.world.stock(sukasari, this.world.nurse, Commodities.HIV_TEST_KIT, 10);
	}

	@Test
	void theHealthWorkerRecordsTheVisitAssignsThePeerAndThePeerSeesTheClientDue() throws Exception {
		Client client = this.world.client(this.world.officer);
		UUID sukasari = this.world.sukasari;
		long syringes = this.world.usable(sukasari, Commodities.SYRINGE);
		long condoms = this.world.usable(sukasari, Commodities.CONDOM);
		long lubricant = this.world.usable(sukasari, Commodities.LUBRICANT);
		long kits = this.world.usable(sukasari, Commodities.HIV_TEST_KIT);

		this.mvc
			.perform(get("/harm-reduction/visits/new").param("clientId", client.id().toString())
				.with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(client.uic())))
			.andExpect(content().string(containsString("id=\"service-hiv-test\"")))
			.andExpect(content().string(containsString("id=\"nsp\"")))
			.andExpect(content().string(containsString("id=\"hivTest\"")))
			.andExpect(content().string(containsString("id=\"hivResult\"")))
			.andExpect(content().string(containsString("id=\"condomsGiven\"")))
			.andExpect(content().string(containsString("id=\"arrival-outreach\"")));
		MvcResult saved = this.mvc
			.perform(post("/harm-reduction/visits").with(csrf())
				.with(this.users.as(DemoUsers.HEALTH_WORKER))
				.param("who", "CLIENT")
				.param("clientId", client.id().toString())
				.param("visitOn", this.world.today.toString())
				.param("arrival", "OUTREACH")
				.param("fieldOfficerId", this.world.officer.personId().toString())
				.param("nsp", "true")
				.param("nspPacksGiven", "1")
				.param("nspNeedlesGiven", "10")
				.param("nspNeedlesReturned", "6")
				.param("nspSafeDisposal", "true")
				.param("hivTest", "true")
				.param("hivPreCounselling", "true")
				.param("hivResult", "POSITIVE")
				.param("hivPostCounselling", "true")
				.param("hivLinkedToArvOn", this.world.today.toString())
				.param("condoms", "true")
				.param("condomsGiven", "20")
				.param("lubricantGiven", "10"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/harm-reduction/visits/*"))
			.andReturn();
		String visitPath = saved.getResponse().getRedirectedUrl();
		assertThat(this.world.usable(sukasari, Commodities.SYRINGE)).isEqualTo(syringes - 10);
		assertThat(this.world.usable(sukasari, Commodities.CONDOM)).isEqualTo(condoms - 20);
		assertThat(this.world.usable(sukasari, Commodities.LUBRICANT)).isEqualTo(lubricant - 10);
		assertThat(this.world.usable(sukasari, Commodities.HIV_TEST_KIT)).isEqualTo(kits - 1);

		this.mvc.perform(get(visitPath).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Positif (reaktif)")))
			.andExpect(content().string(containsString("id=\"assign-peer\"")));
		this.mvc.perform(get("/").with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"harm-reduction-home\"")))
			.andExpect(content().string(containsString(client.uic())));

		this.mvc
			.perform(post("/harm-reduction/clients/" + client.id() + "/peer-assignment").with(csrf())
				.with(this.users.as(DemoUsers.HEALTH_WORKER))
				.param("peerId", this.world.peer.personId().toString())
				.param("since", this.world.today.toString())
				.param("fromVisit", visitPath.substring(visitPath.lastIndexOf('/') + 1)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(visitPath));
		this.mvc.perform(get(visitPath).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"assign-peer\""))));

		this.mvc.perform(get("/").with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"harm-reduction-home\"")))
			.andExpect(content().string(containsString(client.uic())));
		this.mvc.perform(get("/harm-reduction/peer").with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(client.uic())));

		this.mvc
			.perform(post("/harm-reduction/clients/" + client.id() + "/contacts").with(csrf())
				.with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER))
				.param("contactedOn", this.world.today.toString())
				.param("mode", "HOME_VISIT")
				.param("adherence", "GOOD")
				.param("note", "Sudah mulai ARV")
				.param("nextDueOn", ""))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/").with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(client.uic()))));
		this.mvc
			.perform(get("/harm-reduction/clients/" + client.id()).with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sudah mulai ARV")))
			.andExpect(content().string(containsString("Kunjungan rumah")));
	}

	@Test
	void mistakesAreShownBesideTheirFieldWithWhatWasTyped() throws Exception {
		Client client = this.world.client(this.world.nurse);
		long syringes = this.world.usable(this.world.sukasari, Commodities.SYRINGE);
		this.mvc
			.perform(post("/harm-reduction/visits").with(csrf())
				.with(this.users.as(DemoUsers.HEALTH_WORKER))
				.param("who", "CLIENT")
				.param("clientId", client.id().toString())
				.param("visitOn", this.world.today.toString())
				.param("arrival", "WALK_IN")
				.param("nsp", "true")
				.param("nspNeedlesGiven", "sepuluh")
				.param("condomsGiven", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nspNeedlesGiven-error\"")))
			.andExpect(content().string(containsString("value=\"sepuluh\"")))
			.andExpect(content().string(containsString("id=\"condoms-error\"")));
		this.mvc
			.perform(post("/harm-reduction/visits").with(csrf())
				.with(this.users.as(DemoUsers.HEALTH_WORKER))
				.param("who", "CLIENT")
				.param("clientId", client.id().toString())
				.param("visitOn", this.world.today.plusDays(3).toString())
				.param("arrival", "WALK_IN")
				.param("hivTest", "true")
				.param("hivResult", "NEGATIVE")
				.param("hivLinkedToArvOn", this.world.today.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"visitOn-error\"")));
		this.mvc
			.perform(post("/harm-reduction/visits").with(csrf())
				.with(this.users.as(DemoUsers.HEALTH_WORKER))
				.param("who", "CLIENT")
				.param("clientId", client.id().toString())
				.param("arrival", "WALK_IN")
				.param("hivTest", "true")
				.param("hivResult", "NEGATIVE")
				.param("hivLinkedToArvOn", this.world.today.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"hivLinkedToArvOn-error\"")))
			.andExpect(content().string(containsString("hanya dicatat untuk hasil positif")));
		this.mvc
			.perform(post("/harm-reduction/visits").with(csrf())
				.with(this.users.as(DemoUsers.HEALTH_WORKER))
				.param("who", "CLIENT")
				.param("arrival", "WALK_IN")
				.param("kie", "true")
				.param("kieTopic", "Overdosis"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"clientId-error\"")))
			.andExpect(content().string(containsString("value=\"Overdosis\"")));
		this.mvc
			.perform(post("/harm-reduction/visits").with(csrf())
				.with(this.users.as(DemoUsers.HEALTH_WORKER))
				.param("who", "CLIENT")
				.param("clientId", client.id().toString())
				.param("arrival", "WALK_IN")
				.param("nsp", "true")
				.param("nspNeedlesGiven", "100000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nspNeedlesGiven-error\"")))
			.andExpect(content().string(containsString("antara 0 dan 10.000")));
		assertThat(this.world.count("SELECT COUNT(*) FROM hr_visit WHERE client_id = ?", client.id())).isZero();
		assertThat(this.world.usable(this.world.sukasari, Commodities.SYRINGE)).isEqualTo(syringes);
	}

	@Test
	void theClientIsFoundByCodeWithOrWithoutAScriptAndTheSearchSendsOnlyTheCode() throws Exception {
		Client client = this.world.client(this.world.officer);
		this.mvc
			.perform(get("/harm-reduction/visits/clients").header("HX-Request", "true")
				.param("uic", client.uic().substring(0, 6))
				.with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + client.id() + "\"")))
			.andExpect(content().string(not(containsString("<html"))));

		// The search is a GET form of its own, outside the visit form: its button and the
		// code field join it by their form attribute, so a search sends the code alone
		// and
		// never the results typed into the visit, nor the CSRF token.
		String page = this.mvc.perform(get("/harm-reduction/visits/new").with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher search = Pattern.compile(
				"<form id=\"hr-client-search\" method=\"get\" action=\"/harm-reduction/visits/new\"[^>]*>(.*?)</form>",
				Pattern.DOTALL)
			.matcher(page);
		assertThat(search.find()).as("a search form of its own").isTrue();
		assertThat(search.group(1)).doesNotContain("name=");
		assertThat(page.indexOf("id=\"hr-client-search\"")).isLessThan(page.indexOf("<form id=\"visit-form\""));
		assertThat(page).doesNotContain("formmethod").doesNotContain("formaction");
		// Every named field joined to the search form: the code only.
		Matcher joined = Pattern.compile("<(input|button|select|textarea)\\b[^>]*form=\"hr-client-search\"[^>]*>")
			.matcher(page);
		int fields = 0;
		while (joined.find()) {
			Matcher name = Pattern.compile("\\bname=\"([^\"]*)\"").matcher(joined.group());
			if (name.find()) {
				assertThat(name.group(1)).isEqualTo("uic");
				fields++;
			}
		}
		assertThat(fields).isOne();
		assertThat(page).containsPattern("<button[^>]*form=\"hr-client-search\"");
		assertThat(page).containsPattern("hx-params=\"uic\"");

		// Without a script the search form answers the same page with the client to
		// choose.
		this.mvc
			.perform(get("/harm-reduction/visits/new").param("uic", client.uic())
				.with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + client.id() + "\"")));
		this.mvc.perform(get("/harm-reduction").param("uic", client.uic()).with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/harm-reduction/clients/" + client.id())));
	}

	@Test
	void aPeerSupportOfficerOpeningAnUnassignedClientNeverGetsAnErrorNorItsEntries() throws Exception {
		Client client = this.world.client(this.world.nurse);
		this.visits.record(new NewVisit(null, client.id(), null, null, null, null, new NewVisit.Nsp(1, 5, 0, true),
				null, new NewVisit.HivTest(true, true, TestResult.POSITIVE, null), null, null, null, null, null, null,
				null, null), this.world.nurse);

		MvcResult page = this.mvc
			.perform(get("/clients/" + client.id()).with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER)))
			.andReturn();
		// The client page's own answer for a client the officer may not see (404 once the
		// registry hides unassigned clients, 200 without harm reduction before): never
		// 500.
		assertThat(page.getResponse().getStatus()).isIn(200, 404);
		assertThat(page.getResponse().getContentAsString()).doesNotContain("Kunjungan layanan")
			.doesNotContain("Tercatat hidup dengan HIV");

		// The module's timeline entries for that client, as the officer: none, and no
		// failure.
		PulihUser peer = this.world.peer;
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(peer, null, peer.getAuthorities()));
		try {
			assertThat(this.timeline.timelineOf(client.id())).isEmpty();
		}
		finally {
			SecurityContextHolder.clearContext();
		}

		// Once assigned, the officer sees the visit and the status on the client page.
		this.peers.assign(client.id(), new PeerSupport.NewAssignment(peer.personId(), null), this.world.nurse);
		this.mvc.perform(get("/clients/" + client.id()).with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kunjungan layanan")))
			.andExpect(content().string(containsString("Tercatat hidup dengan HIV")));
	}

	@Test
	void aReassignedOfficerIsListedWithTheReasonInWordsAndNoLiteralSeparators() throws Exception {
		Client client = this.world.client(this.world.nurse);
		this.visits.record(new NewVisit(null, client.id(), null, null, null, null, null, null,
				new NewVisit.HivTest(true, true, TestResult.POSITIVE, null), null, null, null, null, null, null, null,
				null), this.world.nurse);
		this.peers.assign(client.id(), new PeerSupport.NewAssignment(this.world.peer.personId(), null),
				this.world.nurse);
		// A second officer of Sukasari (registered for the test) takes over.
		UUID replacement = this.workforce
			.register(new NewPerson(null, "Uji Pengganti Sebaya", Sex.FEMALE, PersonRole.PEER_SUPPORT_OFFICER,
					this.world.sukasari, null, this.world.today.minusYears(1)), Scope.national())
			.id();
		this.peers.assign(client.id(), new PeerSupport.NewAssignment(replacement, null), this.world.nurse);

		this.mvc.perform(get("/harm-reduction/clients/" + client.id()).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"past-assignments\"")))
			.andExpect(content().string(containsString("diganti pendukung sebaya lain")))
			.andExpect(content().string(not(containsString(PeerSupport.REASSIGNED))));
		this.mvc
			.perform(get("/harm-reduction/clients/" + client.id()).param("lang", "en")
				.with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("replaced by another peer support officer")));
		// The API gives the code, for programs to read.
		this.mvc
			.perform(get("/api/v1/harm-reduction/clients/" + client.id()).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.peerAssignment.peerId").value(replacement.toString()));
	}

	@Test
	void theHealthWorkersHomeShowsTheFirstTenClientsWithoutAPeerAndTheApiAllOfThem() throws Exception {
		HarmReductionWorld.Facility pkm = this.world.facility();
		PulihUser nurse = this.world.load(pkm.nurse());
		this.world.stock(pkm.id(), nurse, Commodities.HIV_TEST_KIT, 20);
		List<Client> tested = new ArrayList<>();
		for (int i = 0; i < HarmReductionRoles.HOME_SHOWN + 2; i++) {
			Client client = this.world.client(nurse);
			this.visits.record(new NewVisit(null, client.id(), null, this.world.today.minusDays(20 - i), null, null,
					null, null, new NewVisit.HivTest(true, true, TestResult.POSITIVE, null), null, null, null, null,
					null, null, null, null), nurse);
			tested.add(client);
		}
		String home = this.mvc.perform(get("/").with(this.users.as(pkm.nurse())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// The longest waiting first: the first ten are shown, the last two are not.
		for (int i = 0; i < tested.size(); i++) {
			if (i < HarmReductionRoles.HOME_SHOWN) {
				assertThat(home).contains(tested.get(i).uic());
			}
			else {
				assertThat(home).doesNotContain(tested.get(i).uic());
			}
		}
		assertThat(this.peers.withoutPeer(nurse, HarmReductionRoles.HOME_SHOWN)).hasSize(HarmReductionRoles.HOME_SHOWN);
		this.mvc.perform(get("/api/v1/harm-reduction/plhiv-without-peer").with(this.users.as(pkm.nurse())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(HarmReductionRoles.HOME_SHOWN + 2));
	}

	@Test
	void aFieldOfficerRecordsAnOutreachVisitAndVoidsIt() throws Exception {
		Client client = this.world.client(this.world.officer);
		long syringes = this.world.usable(this.world.sukasari, Commodities.SYRINGE);
		MvcResult saved = this.mvc
			.perform(post("/harm-reduction/visits").with(csrf())
				.with(this.users.as(DemoUsers.FIELD_OFFICER))
				.param("who", "CLIENT")
				.param("clientId", client.id().toString())
				.param("arrival", "OUTREACH")
				.param("nsp", "true")
				.param("nspNeedlesGiven", "4")
				.param("kie", "true")
				.param("kieTopic", "Jarum steril"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String visitPath = saved.getResponse().getRedirectedUrl();
		assertThat(this.world.usable(this.world.sukasari, Commodities.SYRINGE)).isEqualTo(syringes - 4);
		this.mvc.perform(get("/harm-reduction").with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(client.uic())));
		this.mvc.perform(post(visitPath + "/void").with(csrf()).with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\"")));
		this.mvc
			.perform(post(visitPath + "/void").with(csrf())
				.with(this.users.as(DemoUsers.FIELD_OFFICER))
				.param("reason", "Dicatat dua kali"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.world.usable(this.world.sukasari, Commodities.SYRINGE)).isEqualTo(syringes);
		this.mvc.perform(get(visitPath).with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dicatat dua kali")))
			.andExpect(content().string(not(containsString("data-confirm"))));
	}

	@Test
	void theAssistIsTakenAtAVisitFromItsOwnForm() throws Exception {
		Client client = this.world.client(this.world.nurse);
		Visit visit = this.visits.record(new NewVisit(null, client.id(), null, null, null, null, null, null, null, null,
				null, null, null, null, new NewVisit.Kie("ASSIST", 0), null, null), this.world.nurse);
		this.mvc
			.perform(get("/harm-reduction/visits/" + visit.id() + "/assist")
				.with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("substances.tobacco.q1")));
		this.mvc
			.perform(post("/harm-reduction/visits/" + visit.id() + "/assist").with(csrf())
				.with(this.users.as(DemoUsers.HEALTH_WORKER))
				.param("substances.tobacco.q1", "YES"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"error\"")));
		var post = post("/harm-reduction/visits/" + visit.id() + "/assist").with(csrf())
			.with(this.users.as(DemoUsers.HEALTH_WORKER));
		for (String substance : new String[] { "tobacco", "alcohol", "cannabis", "cocaine", "amphetamines", "inhalants",
				"sedatives", "hallucinogens", "opioids", "other" }) {
			post.param("substances." + substance + ".q1", "NO");
		}
		this.mvc.perform(post).andExpect(status().is3xxRedirection());
		assertThat(this.visits.get(visit.id(), this.world.nurse).assist().overallRisk().name()).isEqualTo("LOW");
	}

}
