package id.pulih.harmreduction;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import id.pulih.access.AccessManagement;
import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.organisation.Organisations;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.PulihUser;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recording visits through the API: the done-means path (an outreach client brought by a
 * field officer gets needles, an HIV test that is positive with linkage to ARV, and
 * condoms; stock falls by exactly that from the earliest-expiring batch; a peer support
 * officer is assigned), too little stock refusing the whole visit, retries by id, voiding
 * returning the stock, and anonymous contacts.
 */
@PulihSpringTest
class HarmReductionVisitTests {

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
	}

	private MockHttpServletRequestBuilder postJson(String path, Object body, String username) {
		return post(path).contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body))
			.with(this.users.as(username));
	}

	@Test
	void anOutreachVisitDrawsExactlyWhatItHandsOutFromTheEarliestBatchAndThePeerIsAssigned() throws Exception {
		HarmReductionWorld.Facility pkm = this.world.facility();
		PulihUser nurse = this.world.load(pkm.nurse());
		PulihUser officer = this.world.load(pkm.officer());
		PulihUser peer = this.world.load(pkm.peer());
		UUID early = this.world.receive(pkm.id(), nurse, Commodities.SYRINGE, this.world.today.plusDays(20), 6);
		UUID late = this.world.receive(pkm.id(), nurse, Commodities.SYRINGE, this.world.today.plusDays(400), 100);
		this.world.stock(pkm.id(), nurse, Commodities.CONDOM, 50);
		this.world.stock(pkm.id(), nurse, Commodities.LUBRICANT, 30);
		this.world.stock(pkm.id(), nurse, Commodities.HIV_TEST_KIT, 10);
		Client client = this.world.client(officer);
		UUID id = UUID.randomUUID();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", id);
		body.put("clientId", client.id());
		body.put("arrival", "OUTREACH");
		body.put("fieldOfficerId", officer.personId());
		body.put("nsp", Map.of("packsGiven", 1, "needlesGiven", 10, "needlesReturned", 4, "safeDisposal", true));
		body.put("hivTest", Map.of("preCounselling", true, "postCounselling", true, "result", "POSITIVE",
				"linkedToArvOn", this.world.today.toString()));
		body.put("condoms", Map.of("condomsGiven", 12, "lubricantGiven", 6));

		this.mvc.perform(postJson("/api/v1/harm-reduction/visits", body, pkm.nurse()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/harm-reduction/visits/" + id))
			.andExpect(jsonPath("$.services[0]").value("NSP"))
			.andExpect(jsonPath("$.services[1]").value("HIV_TEST"))
			.andExpect(jsonPath("$.services[2]").value("CONDOMS"))
			.andExpect(jsonPath("$.arrival").value("OUTREACH"))
			.andExpect(jsonPath("$.fieldOfficerId").value(officer.personId().toString()))
			.andExpect(jsonPath("$.hivTest.result").value("POSITIVE"))
			.andExpect(jsonPath("$.hivTest.linkedToArvOn").value(this.world.today.toString()));

		assertThat(this.world.batches(pkm.id(), Commodities.SYRINGE)).containsEntry(early, 0L).containsEntry(late, 96L);
		assertThat(this.world.usable(pkm.id(), Commodities.SYRINGE)).isEqualTo(96);
		assertThat(this.world.usable(pkm.id(), Commodities.CONDOM)).isEqualTo(38);
		assertThat(this.world.usable(pkm.id(), Commodities.LUBRICANT)).isEqualTo(24);
		assertThat(this.world.usable(pkm.id(), Commodities.HIV_TEST_KIT)).isEqualTo(9);
		assertThat(this.peers.diagnosedOn(client.id(), nurse)).contains(this.world.today);
		assertThat(this.peers.withoutPeer(nurse)).extracting(PeerSupport.PlhivLine::clientId).contains(client.id());

		this.mvc
			.perform(postJson("/api/v1/harm-reduction/clients/" + client.id() + "/peer-assignment",
					Map.of("peerId", peer.personId()), pkm.nurse()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.peerId").value(peer.personId().toString()))
			.andExpect(jsonPath("$.since").value(this.world.today.toString()));
		assertThat(this.peers.withoutPeer(nurse)).extracting(PeerSupport.PlhivLine::clientId)
			.doesNotContain(client.id());
		assertThat(this.peers.dueFor(peer)).extracting(PeerSupport.AssignedClient::clientId)
			.containsExactly(client.id());
		assertThat(this.world.audits(id, "harmreduction.visitRecorded")).isOne();
	}

	@Test
	void tooLittleStockRefusesTheWholeVisitAndWritesNothing() throws Exception {
		HarmReductionWorld.Facility pkm = this.world.facility();
		PulihUser nurse = this.world.load(pkm.nurse());
		this.world.stock(pkm.id(), nurse, Commodities.SYRINGE, 5);
		this.world.stock(pkm.id(), nurse, Commodities.CONDOM, 50);
		this.world.stock(pkm.id(), nurse, Commodities.HIV_TEST_KIT, 5);
		Client client = this.world.client(nurse);
		UUID id = UUID.randomUUID();
		Map<String, Object> body = Map.of("id", id, "clientId", client.id(), "nsp", Map.of("needlesGiven", 10),
				"hivTest", Map.of("result", "POSITIVE"), "condoms", Map.of("condomsGiven", 10));

		this.mvc.perform(postJson("/api/v1/harm-reduction/visits", body, pkm.nurse()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("items"))
			.andExpect(jsonPath("$.detail").value(containsString("5")));

		assertThat(this.world.count("SELECT COUNT(*) FROM hr_visit WHERE id = ?", id)).isZero();
		assertThat(this.world.count("SELECT COUNT(*) FROM hr_visit WHERE client_id = ?", client.id())).isZero();
		assertThat(this.world.count("SELECT COUNT(*) FROM hr_plhiv WHERE client_id = ?", client.id())).isZero();
		assertThat(this.world.usable(pkm.id(), Commodities.SYRINGE)).isEqualTo(5);
		assertThat(this.world.usable(pkm.id(), Commodities.CONDOM)).isEqualTo(50);
		assertThat(this.world.usable(pkm.id(), Commodities.HIV_TEST_KIT)).isEqualTo(5);
		this.mvc.perform(get("/api/v1/harm-reduction/visits/" + id).with(this.users.as(pkm.nurse())))
			.andExpect(status().isNotFound());
	}

	@Test
	void aVisitMayBeRetriedWithItsIdWithoutDrawingTwice() throws Exception {
		HarmReductionWorld.Facility pkm = this.world.facility();
		PulihUser nurse = this.world.load(pkm.nurse());
		this.world.stock(pkm.id(), nurse, Commodities.SYRINGE, 100);
		Client client = this.world.client(nurse);
		UUID id = UUID.randomUUID();
		Map<String, Object> body = Map.of("id", id, "clientId", client.id(), "nsp", Map.of("needlesGiven", 10));
		this.mvc.perform(postJson("/api/v1/harm-reduction/visits", body, pkm.nurse())).andExpect(status().isCreated());
		this.mvc.perform(postJson("/api/v1/harm-reduction/visits", body, pkm.nurse()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id.toString()));
		assertThat(this.world.usable(pkm.id(), Commodities.SYRINGE)).isEqualTo(90);
		Map<String, Object> other = Map.of("id", id, "clientId", client.id(), "nsp", Map.of("needlesGiven", 20));
		this.mvc.perform(postJson("/api/v1/harm-reduction/visits", other, pkm.nurse()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
		assertThat(this.world.usable(pkm.id(), Commodities.SYRINGE)).isEqualTo(90);
	}

	@Test
	void voidingAVisitReturnsItsStockAndKeepsItVisibleAsVoided() throws Exception {
		HarmReductionWorld.Facility pkm = this.world.facility();
		PulihUser nurse = this.world.load(pkm.nurse());
		this.world.stock(pkm.id(), nurse, Commodities.SYRINGE, 100);
		this.world.stock(pkm.id(), nurse, Commodities.CONDOM, 100);
		Client client = this.world.client(nurse);
		Visit visit = this.visits
			.record(new NewVisit(null, client.id(), null, null, null, null, new NewVisit.Nsp(1, 10, 0, false), null,
					null, null, null, new NewVisit.Condoms(5, 0), null, null, null, null, null), nurse);
		assertThat(this.world.usable(pkm.id(), Commodities.SYRINGE)).isEqualTo(90);
		assertThat(this.world.usable(pkm.id(), Commodities.CONDOM)).isEqualTo(95);

		this.mvc
			.perform(postJson("/api/v1/harm-reduction/visits/" + visit.id() + "/void", Map.of("reason", " "),
					pkm.nurse()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc
			.perform(postJson("/api/v1/harm-reduction/visits/" + visit.id() + "/void", Map.of("reason", "Salah klien"),
					pkm.nurse()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.voided").value(true))
			.andExpect(jsonPath("$.voidReason").value("Salah klien"));
		assertThat(this.world.usable(pkm.id(), Commodities.SYRINGE)).isEqualTo(100);
		assertThat(this.world.usable(pkm.id(), Commodities.CONDOM)).isEqualTo(100);
		this.mvc
			.perform(postJson("/api/v1/harm-reduction/visits/" + visit.id() + "/void", Map.of("reason", "Lagi"),
					pkm.nurse()))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.world.usable(pkm.id(), Commodities.SYRINGE)).isEqualTo(100);
		this.mvc
			.perform(get("/api/v1/harm-reduction/visits").param("clientId", client.id().toString())
				.with(this.users.as(pkm.nurse())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(visit.id().toString()))
			.andExpect(jsonPath("$[0].voided").value(true));
	}

	@Test
	void anAnonymousContactGetsOnlyServicesThatNeedNoRecord() throws Exception {
		HarmReductionWorld.Facility pkm = this.world.facility();
		PulihUser nurse = this.world.load(pkm.nurse());
		this.world.stock(pkm.id(), nurse, Commodities.SYRINGE, 100);
		this.world.stock(pkm.id(), nurse, Commodities.HIV_TEST_KIT, 10);
		Map<String, Object> withTest = Map.of("anonymous", Map.of("sex", "MALE", "ageBand", "AGE_20_24"), "nsp",
				Map.of("needlesGiven", 5), "hivTest", Map.of("preCounselling", true));
		this.mvc.perform(postJson("/api/v1/harm-reduction/visits", withTest, pkm.nurse()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("hivTest"))
			.andExpect(jsonPath("$.detail").value(containsString("klien terdaftar")));
		assertThat(this.world.usable(pkm.id(), Commodities.HIV_TEST_KIT)).isEqualTo(10);
		assertThat(this.world.usable(pkm.id(), Commodities.SYRINGE)).isEqualTo(100);

		Map<String, Object> nspOnly = Map.of("anonymous", Map.of("sex", "FEMALE", "ageBand", "AGE_30_39"), "nsp",
				Map.of("needlesGiven", 5), "kie", Map.of("topic", "Bahaya berbagi jarum"));
		this.mvc.perform(postJson("/api/v1/harm-reduction/visits", nspOnly, pkm.nurse()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.clientId").doesNotExist())
			.andExpect(jsonPath("$.anonymousAgeBand").value("AGE_30_39"));
		assertThat(this.world.usable(pkm.id(), Commodities.SYRINGE)).isEqualTo(95);

		Map<String, Object> noBand = Map.of("anonymous", Map.of("sex", "FEMALE"), "nsp", Map.of("needlesGiven", 5));
		this.mvc.perform(postJson("/api/v1/harm-reduction/visits", noBand, pkm.nurse()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("anonymous.ageBand"));
	}

	@Test
	void aVisitNeedsAServiceADayNotInTheFutureAndAFieldOfficerForOutreach() {
		PulihUser nurse = this.world.nurse;
		Client client = this.world.client(nurse);
		assertThatThrownBy(() -> this.visits.record(new NewVisit(null, client.id(), null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null), nurse))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("harmreduction.error.noService"));
		NewVisit.Kie kie = new NewVisit.Kie("Pencegahan overdosis", 1);
		assertThatThrownBy(() -> this.visits.record(new NewVisit(null, client.id(), null, this.world.today.plusDays(2),
				null, null, null, null, null, null, null, null, null, null, kie, null, null), nurse))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("visitOn"));
		assertThatThrownBy(() -> this.visits.record(new NewVisit(null, client.id(), null, null, Arrival.OUTREACH, null,
				null, null, null, null, null, null, null, null, kie, null, null), nurse))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("fieldOfficerId"));
		assertThatThrownBy(() -> this.visits.record(new NewVisit(null, client.id(), null, null, Arrival.OUTREACH,
				this.world.peer.personId(), null, null, null, null, null, null, null, null, kie, null, null), nurse))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("harmreduction.error.notAFieldOfficer"));
		Visit visit = this.visits.record(new NewVisit(null, client.id(), null, null, Arrival.OUTREACH,
				this.world.officer.personId(), null, null, null, null, null, null, null, null, kie, null, null), nurse);
		assertThat(visit.fieldOfficerId()).isEqualTo(this.world.officer.personId());
		assertThat(this.world.count("SELECT COUNT(*) FROM hr_visit WHERE client_id = ?", client.id())).isOne();
	}

	@Test
	void everyOtherServiceDrawsWhatItHandsOutAndHidesItsResultsFromFieldOfficers() throws Exception {
		HarmReductionWorld.Facility pkm = this.world.facility();
		PulihUser nurse = this.world.load(pkm.nurse());
		for (String item : new String[] { Commodities.STI_MEDICINE, Commodities.TB_MEDICINE,
				Commodities.GENEXPERT_CARTRIDGE, Commodities.HEPATITIS_B_VACCINE, Commodities.HEPATITIS_TEST }) {
			this.world.stock(pkm.id(), nurse, item, 10);
		}
		Client client = this.world.client(nurse);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("clientId", client.id());
		body.put("arv", Map.of("onTreatment", true, "startedOn", this.world.today.minusYears(1).toString()));
		body.put("sti",
				Map.of("screened", true, "result", "POSITIVE", "diagnosis", "Duh tubuh uretra", "treated", true));
		body.put("hepatitis", Map.of("hepBVaccineDose", 2, "hepBTestResult", "NEGATIVE", "hepCTestResult", "POSITIVE",
				"hepCTreatmentStarted", true));
		body.put("tb", Map.of("screeningResult", "POSITIVE", "genexpertResult", "MTB_DETECTED_RIF_SENSITIVE",
				"treatmentGiven", true));
		body.put("kie", Map.of("topic", "Kepatuhan minum obat", "materialsGiven", 2));
		body.put("counselling", Map.of("addiction", true, "behaviourChange", true, "note", "Motivasi baik"));
		String created = this.mvc.perform(postJson("/api/v1/harm-reduction/visits", body, pkm.nurse()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.services.length()").value(6))
			.andExpect(jsonPath("$.sti.diagnosis").value("Duh tubuh uretra"))
			.andExpect(jsonPath("$.tb.genexpertResult").value("MTB_DETECTED_RIF_SENSITIVE"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(this.world.usable(pkm.id(), Commodities.STI_MEDICINE)).isEqualTo(9);
		assertThat(this.world.usable(pkm.id(), Commodities.TB_MEDICINE)).isEqualTo(9);
		assertThat(this.world.usable(pkm.id(), Commodities.GENEXPERT_CARTRIDGE)).isEqualTo(9);
		assertThat(this.world.usable(pkm.id(), Commodities.HEPATITIS_B_VACCINE)).isEqualTo(9);
		assertThat(this.world.usable(pkm.id(), Commodities.HEPATITIS_TEST)).isEqualTo(8);
		// ARV treatment marks the client as living with HIV.
		assertThat(this.peers.diagnosedOn(client.id(), nurse)).contains(this.world.today);

		String seen = this.mvc.perform(get(created).with(this.users.as(pkm.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.services.length()").value(5))
			.andExpect(jsonPath("$.sti.withheld").value(true))
			.andExpect(jsonPath("$.hepatitis.hepBVaccineDose").value(2))
			.andExpect(jsonPath("$.hepatitis.hepCTested").value(true))
			.andExpect(jsonPath("$.tb.genexpertDone").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(seen).doesNotContain("POSITIVE", "Duh tubuh", "MTB_DETECTED", "onTreatment");
	}

	@Test
	void counsellingWithoutATestResultUsesNoTestKit() throws Exception {
		HarmReductionWorld.Facility pkm = this.world.facility();
		PulihUser nurse = this.world.load(pkm.nurse());
		this.world.stock(pkm.id(), nurse, Commodities.HIV_TEST_KIT, 5);
		Client counselled = this.world.client(nurse);
		// Pre-test counselling only (the client declined the test): no kit is used.
		this.mvc
			.perform(postJson("/api/v1/harm-reduction/visits",
					Map.of("clientId", counselled.id(), "hivTest", Map.of("preCounselling", true)), pkm.nurse()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.services[0]").value("HIV_TEST"))
			.andExpect(jsonPath("$.hivTest.result").doesNotExist());
		assertThat(this.world.usable(pkm.id(), Commodities.HIV_TEST_KIT)).isEqualTo(5);
		// A test with a result uses one.
		Client tested = this.world.client(nurse);
		this.mvc
			.perform(postJson("/api/v1/harm-reduction/visits",
					Map.of("clientId", tested.id(), "hivTest",
							Map.of("preCounselling", true, "postCounselling", true, "result", "NEGATIVE")),
					pkm.nurse()))
			.andExpect(status().isCreated());
		assertThat(this.world.usable(pkm.id(), Commodities.HIV_TEST_KIT)).isEqualTo(4);
	}

	@Test
	void aMergedClientsVisitsCourseAndPeerSupportFollowTheSurvivor() {
		HarmReductionWorld.Facility pkm = this.world.facility();
		PulihUser nurse = this.world.load(pkm.nurse());
		PulihUser peer = this.world.load(pkm.peer());
		this.world.stock(pkm.id(), nurse, Commodities.HIV_TEST_KIT, 10);
		this.world.stock(pkm.id(), nurse, Commodities.METHADONE, 1_000);
		Client survivor = this.world.client(nurse);
		Client merged = this.world.client(nurse);
		this.visits.record(new NewVisit(null, merged.id(), null, null, null, null, null,
				new NewVisit.Methadone(40, true, 0), new NewVisit.HivTest(true, true, TestResult.POSITIVE, null), null,
				null, null, null, null, null, null, null), nurse);
		this.peers.assign(merged.id(), new PeerSupport.NewAssignment(peer.personId(), null), nurse);
		this.clients.merge(survivor.id(), merged.id(), "Orang yang sama", nurse);
		assertThat(this.visits.ofClient(survivor.id(), nurse)).hasSize(1);
		assertThat(this.world.count("SELECT COUNT(*) FROM hr_visit WHERE client_id = ?", merged.id())).isZero();
		assertThat(this.world.count("SELECT COUNT(*) FROM hr_ost_course WHERE active_client_id = ?", survivor.id()))
			.isOne();
		assertThat(this.peers.diagnosedOn(survivor.id(), nurse)).contains(this.world.today);
		assertThat(this.peers.assignedTo(peer)).extracting(PeerSupport.AssignedClient::clientId)
			.containsExactly(survivor.id());
	}

}
