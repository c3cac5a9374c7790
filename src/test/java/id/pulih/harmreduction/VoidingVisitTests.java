package id.pulih.harmreduction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.pulih.access.AccessManagement;
import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.organisation.Organisations;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;
import id.pulih.stock.Commodities;
import id.pulih.stock.EntryKind;
import id.pulih.stock.LedgerEntry;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Voiding a visit undoes what it caused, in one transaction: a mis-keyed positive HIV
 * test no longer marks the client as living with HIV (client pages, timeline, the health
 * worker's "no peer support officer yet" list), the peer support assignment that rested
 * on it ends and the officer loses the client; a mark that another visit supports stays;
 * a methadone course the voided dose started alone is voided, one with other doses is
 * left. The stock comes back with a neutral note, never the free-text reason. A field
 * officer's void button and refusal tell nothing about services hidden from them.
 */
@PulihSpringTest
class VoidingVisitTests {

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
	private OstCourses courses;

	@Autowired
	private JdbcClient jdbc;

	private HarmReductionWorld world;

	private HarmReductionWorld.Facility pkm;

	private PulihUser nurse;

	@BeforeEach
	void createWorld() {
		this.world = new HarmReductionWorld(this.users, this.clients, this.organisations, this.workforce, this.access,
				this.ledger, this.levels, this.visits, this.jdbc);
		this.pkm = this.world.facility();
		this.nurse = this.world.load(this.pkm.nurse());
		this.world.stock(this.pkm.id(), this.nurse, Commodities.HIV_TEST_KIT, 20);
		this.world.stock(this.pkm.id(), this.nurse, Commodities.SYRINGE, 200);
		this.world.stock(this.pkm.id(), this.nurse, Commodities.METHADONE, 10_000);
	}

	private MockHttpServletRequestBuilder postJson(String path, Object body, String username) {
		return post(path).contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body))
			.with(this.users.as(username));
	}

	private UUID recordThroughApi(Map<String, Object> body, String username) throws Exception {
		String json = this.mvc.perform(postJson("/api/v1/harm-reduction/visits", body, username))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JSON.readTree(json).get("id").asString());
	}

	@Test
	void voidingAMisKeyedPositiveTestWithdrawsTheHivStatusAndEndsThePeerSupportThatRestedOnIt() throws Exception {
		PulihUser peer = this.world.load(this.pkm.peer());
		Client client = this.world.client(this.nurse);
		UUID visit = recordThroughApi(Map.of("clientId", client.id(), "nsp", Map.of("needlesGiven", 5), "hivTest",
				Map.of("preCounselling", true, "result", "POSITIVE")), this.pkm.nurse());
		this.mvc
			.perform(postJson("/api/v1/harm-reduction/clients/" + client.id() + "/peer-assignment",
					Map.of("peerId", peer.personId()), this.pkm.nurse()))
			.andExpect(status().isOk());
		this.mvc.perform(get("/clients/" + client.id()).with(this.users.as(this.pkm.nurse())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tercatat hidup dengan HIV")));

		this.mvc
			.perform(post("/harm-reduction/visits/" + visit + "/void").with(csrf())
				.with(this.users.as(this.pkm.nurse()))
				.param("reason", "Hasil salah ketik, seharusnya negatif"))
			.andExpect(status().is3xxRedirection());

		// The client page, the timeline and the API no longer say the client lives with
		// HIV.
		this.mvc.perform(get("/harm-reduction/clients/" + client.id()).with(this.users.as(this.pkm.nurse())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Belum ada diagnosis HIV tercatat di sini.")))
			.andExpect(content().string(not(containsString("id=\"peer-support\""))));
		this.mvc.perform(get("/clients/" + client.id()).with(this.users.as(this.pkm.nurse())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kunjungan layanan (dibatalkan)")))
			.andExpect(content().string(not(containsString("Tercatat hidup dengan HIV"))));
		this.mvc.perform(get("/api/v1/harm-reduction/clients/" + client.id()).with(this.users.as(this.pkm.nurse())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.livingWithHivSince").doesNotExist())
			.andExpect(jsonPath("$.peerAssignment").doesNotExist());
		// Not on the "no peer support officer yet" list, and no peer may be assigned.
		assertThat(this.peers.withoutPeer(this.nurse)).extracting(PeerSupport.PlhivLine::clientId)
			.doesNotContain(client.id());
		this.mvc.perform(get("/").with(this.users.as(this.pkm.nurse())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(client.uic()))));
		this.mvc
			.perform(postJson("/api/v1/harm-reduction/clients/" + client.id() + "/peer-assignment",
					Map.of("peerId", peer.personId()), this.pkm.nurse()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("hidup dengan HIV")));
		// The peer support officer lost the client; the assignment ended with a coded
		// reason.
		assertThat(this.peers.assignedTo(peer)).isEmpty();
		this.mvc.perform(get("/harm-reduction/clients/" + client.id()).with(this.users.as(this.pkm.peer())))
			.andExpect(status().isNotFound());
		assertThat(this.world.count(
				"SELECT COUNT(*) FROM hr_peer_assignment WHERE client_id = ? AND ended_on IS NOT NULL AND end_reason = ?",
				client.id(), PeerSupport.DIAGNOSIS_VOIDED))
			.isOne();
	}

	@Test
	void aStatusAnotherVisitSupportsStaysAndMovesToThatVisit() throws Exception {
		PulihUser peer = this.world.load(this.pkm.peer());
		Client client = this.world.client(this.nurse);
		UUID first = recordThroughApi(Map.of("clientId", client.id(), "visitOn",
				this.world.today.minusDays(10).toString(), "hivTest", Map.of("result", "POSITIVE")), this.pkm.nurse());
		recordThroughApi(
				Map.of("clientId", client.id(), "visitOn", this.world.today.minusDays(4).toString(), "arv",
						Map.of("onTreatment", true, "startedOn", this.world.today.minusDays(4).toString())),
				this.pkm.nurse());
		this.peers.assign(client.id(), new PeerSupport.NewAssignment(peer.personId(), null), this.nurse);
		assertThat(this.peers.diagnosedOn(client.id(), this.nurse)).contains(this.world.today.minusDays(10));

		this.mvc
			.perform(postJson("/api/v1/harm-reduction/visits/" + first + "/void",
					Map.of("reason", "Tes milik klien lain"), this.pkm.nurse()))
			.andExpect(status().isOk());

		assertThat(this.peers.diagnosedOn(client.id(), this.nurse)).contains(this.world.today.minusDays(4));
		this.mvc.perform(get("/api/v1/harm-reduction/clients/" + client.id()).with(this.users.as(this.pkm.nurse())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.livingWithHivSince").value(this.world.today.minusDays(4).toString()))
			.andExpect(jsonPath("$.peerAssignment.peerId").value(peer.personId().toString()));
		assertThat(this.peers.assignedTo(peer)).extracting(PeerSupport.AssignedClient::clientId)
			.containsExactly(client.id());
	}

	@Test
	void aCourseStartedByTheVoidedDoseAloneIsVoidedAndOneWithOtherDosesIsLeft() throws Exception {
		Client started = this.world.client(this.nurse);
		UUID only = recordThroughApi(
				Map.of("clientId", started.id(), "methadone", Map.of("doseMg", 60, "observed", true)),
				this.pkm.nurse());
		this.mvc
			.perform(postJson("/api/v1/harm-reduction/visits/" + only + "/void", Map.of("reason", "Klien salah"),
					this.pkm.nurse()))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/harm-reduction/clients/" + started.id() + "/ost")
				.with(this.users.as(this.pkm.nurse())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/harm-reduction/clients/" + started.id()).with(this.users.as(this.pkm.nurse())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Klien tidak sedang atau belum pernah menjalani terapi metadon di sini.")));
		// The day is free again: the right dose starts a course of its own.
		recordThroughApi(Map.of("clientId", started.id(), "methadone", Map.of("doseMg", 60, "observed", true)),
				this.pkm.nurse());
		assertThat(this.courses.standingOf(started.id(), this.nurse).orElseThrow().doses()).isOne();

		Client ongoing = this.world.client(this.nurse);
		recordThroughApi(Map.of("clientId", ongoing.id(), "visitOn", this.world.today.minusDays(1).toString(),
				"methadone", Map.of("doseMg", 60, "observed", true)), this.pkm.nurse());
		UUID second = recordThroughApi(
				Map.of("clientId", ongoing.id(), "methadone", Map.of("doseMg", 70, "observed", true)),
				this.pkm.nurse());
		this.mvc
			.perform(postJson("/api/v1/harm-reduction/visits/" + second + "/void", Map.of("reason", "Dicatat dua kali"),
					this.pkm.nurse()))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/harm-reduction/clients/" + ongoing.id() + "/ost")
				.with(this.users.as(this.pkm.nurse())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.doses").value(1))
			.andExpect(jsonPath("$.lastDoseOn").value(this.world.today.minusDays(1).toString()));
	}

	@Test
	void theStockComesBackWithANeutralNoteNeverTheReason() throws Exception {
		Client client = this.world.client(this.nurse);
		UUID visit = recordThroughApi(Map.of("clientId", client.id(), "nsp", Map.of("needlesGiven", 7), "hivTest",
				Map.of("result", "POSITIVE")), this.pkm.nurse());
		String reason = "Klien HIV positif ternyata salah orang";
		this.mvc
			.perform(postJson("/api/v1/harm-reduction/visits/" + visit + "/void", Map.of("reason", reason),
					this.pkm.nurse()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.voidReason").value(reason));

		List<LedgerEntry> entries = this.levels.ledger(this.pkm.id(), Scope.national(), 0, 100).entries();
		List<LedgerEntry> returns = entries.stream()
			.filter(entry -> entry.kind() == EntryKind.RETURN)
			.filter(entry -> HarmReductionVisits.stockReference(visit).equals(entry.reference()))
			.toList();
		assertThat(returns).extracting(LedgerEntry::itemCode)
			.containsExactlyInAnyOrder(Commodities.SYRINGE, Commodities.HIV_TEST_KIT);
		assertThat(returns).extracting(LedgerEntry::note).containsOnly(HarmReductionVisits.VOID_NOTE);
		assertThat(entries).extracting(LedgerEntry::note).doesNotContain(reason);
	}

	@Test
	void aFieldOfficersVoidButtonAndRefusalTellNothingOfServicesHiddenFromThem() throws Exception {
		PulihUser officer = this.world.load(this.pkm.officer());
		Client client = this.world.client(officer);
		Map<String, Object> withArv = new LinkedHashMap<>();
		withArv.put("clientId", client.id());
		withArv.put("arrival", "OUTREACH");
		withArv.put("fieldOfficerId", officer.personId());
		withArv.put("nsp", Map.of("needlesGiven", 5));
		withArv.put("arv", Map.of("onTreatment", true, "startedOn", this.world.today.toString()));
		UUID arvVisit = recordThroughApi(withArv, this.pkm.nurse());
		UUID nspVisit = recordThroughApi(Map.of("clientId", client.id(), "arrival", "OUTREACH", "fieldOfficerId",
				officer.personId(), "nsp", Map.of("needlesGiven", 5)), this.pkm.nurse());

		// The officer sees both visits alike (needles only) and may void neither.
		for (UUID visit : new UUID[] { arvVisit, nspVisit }) {
			this.mvc.perform(get("/harm-reduction/visits/" + visit).with(this.users.as(this.pkm.officer())))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Terapi ARV"))))
				.andExpect(content().string(not(containsString("/harm-reduction/visits/" + visit + "/void"))));
		}
		// A crafted void is refused without naming the hidden service, and changes
		// nothing.
		this.mvc
			.perform(postJson("/api/v1/harm-reduction/visits/" + arvVisit + "/void", Map.of("reason", "Coba"),
					this.pkm.officer()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").doesNotExist())
			.andExpect(jsonPath("$.detail").value(containsString("dicatatnya sendiri")))
			.andExpect(content().string(not(containsString("arv"))))
			.andExpect(content().string(not(containsString("ARV"))));
		this.mvc
			.perform(post("/harm-reduction/visits/" + arvVisit + "/void").with(csrf())
				.with(this.users.as(this.pkm.officer()))
				.param("reason", "Coba"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"void-refused\"")))
			.andExpect(content().string(not(containsString("Terapi ARV"))));
		this.mvc.perform(get("/api/v1/harm-reduction/visits/" + arvVisit).with(this.users.as(this.pkm.nurse())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.voided").value(false));

		// The health worker may void the visit with ARV; the officer voids what they
		// recorded.
		this.mvc.perform(get("/harm-reduction/visits/" + arvVisit).with(this.users.as(this.pkm.nurse())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/harm-reduction/visits/" + arvVisit + "/void")));
		UUID own = recordThroughApi(Map.of("clientId", client.id(), "nsp", Map.of("needlesGiven", 3)),
				this.pkm.officer());
		this.mvc.perform(get("/harm-reduction/visits/" + own).with(this.users.as(this.pkm.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/harm-reduction/visits/" + own + "/void")));
		this.mvc
			.perform(postJson("/api/v1/harm-reduction/visits/" + own + "/void", Map.of("reason", "Dobel"),
					this.pkm.officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.voided").value(true));
	}

}
