package id.pulih.organisation;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import id.pulih.access.AccessManagement;
import id.pulih.shared.Ids;
import id.pulih.shared.security.Scope;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisation API: the BNNP, BNNK and IBM unit chain registered with ids the client
 * chose (so a retry is harmless), a unit's details, scope (404 for what lies outside it)
 * and RFC 9457 answers to bad input that leave nothing written.
 */
@PulihSpringTest
class OrganisationApiTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private Organisations organisations;

	@Autowired
	private AccessManagement access;

	@Autowired
	private JdbcClient jdbc;

	private World world;

	@BeforeEach
	void createWorld() {
		this.world = new World(this.organisations, this.access, this.jdbc);
	}

	@Test
	void theChainIsRegisteredWithClientIdsAndARetryIsHarmless() throws Exception {
		UUID bnnp = Ids.newId();
		String bnnpJson = """
				{"id":"%s","code":"%s","name":"BNNP Jabar API %s","type":"BNNP","parentId":"%s","areaCode":"32"}"""
			.formatted(bnnp, this.world.code("AP"), this.world.suffix, this.world.bnn);
		send(post("/api/v1/organisations"), this.world.admin, bnnpJson).andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/organisations/" + bnnp))
			.andExpect(jsonPath("$.id").value(bnnp.toString()))
			.andExpect(jsonPath("$.type").value("BNNP"));
		// The same request again (a retry after a lost answer) gives the stored record.
		send(post("/api/v1/organisations"), this.world.admin, bnnpJson).andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(bnnp.toString()));
		// The same id with other content is a conflict, and changes nothing.
		send(post("/api/v1/organisations"), this.world.admin, bnnpJson.replace("BNNP Jabar API", "Lain"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("id"));
		assertThat(this.organisations.get(bnnp, Scope.national()).name()).startsWith("BNNP Jabar API");
		assertThat(this.world.organisationsWithCode(this.world.code("AP"))).isEqualTo(1);

		UUID bnnk = Ids.newId();
		send(post("/api/v1/organisations"), this.world.admin, """
				{"id":"%s","code":"%s","name":"BNNK Bogor API","type":"BNNK","parentId":"%s","areaCode":"32.01"}"""
			.formatted(bnnk, this.world.code("AK"), bnnp)).andExpect(status().isCreated());
		String unitJson = """
				{"code":"%s","name":"IBM Gunungputri API","type":"IBM_UNIT","parentId":"%s",
				 "areaCode":"32.01.02.2004","formedOn":"2023-05-10"}""".formatted(this.world.code("AU"), bnnk);
		String created = send(post("/api/v1/organisations"), this.world.admin, unitJson).andExpect(status().isCreated())
			.andExpect(jsonPath("$.unit.villageCode").value("32.01.02.2004"))
			.andExpect(jsonPath("$.unit.villageLabel").value(containsString("Gunungputri")))
			.andExpect(jsonPath("$.unit.formedOn").value("2023-05-10"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID unit = UUID.fromString(JsonPath.read(created, "$.id"));

		send(post("/api/v1/organisations/{id}/decrees", unit), this.world.admin,
				"{\"number\":\"100.3.1.7/10/Kpts/II/2024\",\"date\":\"2024-02-14\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit.decrees[0].year").value(2024));
		send(post("/api/v1/organisations/{id}/partners", unit), this.world.admin,
				"{\"name\":\"Balai Latihan Kerja\",\"kind\":\"TRAINING_CENTRE\"}")
			.andExpect(status().isOk());
		send(post("/api/v1/organisations/{id}/funding", unit), this.world.admin,
				"{\"source\":\"VILLAGE_FUND\",\"amount\":30000000,\"year\":2024,\"note\":\"Dana desa\"}")
			.andExpect(status().isOk());
		send(post("/api/v1/organisations/{id}/year-status", unit), this.world.admin,
				"{\"year\":2024,\"status\":\"FORMED\",\"byOrganisationId\":\"%s\"}".formatted(bnnk))
			.andExpect(status().isOk());
		send(post("/api/v1/organisations/{id}/phases", unit), this.world.admin,
				"{\"phase\":\"PHASE_1_PILOT\",\"assessedOn\":\"2024-11-20\"}")
			.andExpect(status().isOk());

		this.mvc.perform(get("/api/v1/organisations/{id}", unit).with(this.users.as(this.world.admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parentId").value(bnnk.toString()))
			.andExpect(jsonPath("$.unit.decrees", hasSize(1)))
			.andExpect(jsonPath("$.unit.partners[0].partnerName").value("Balai Latihan Kerja"))
			.andExpect(jsonPath("$.unit.funding[0].amount").value(30000000))
			.andExpect(jsonPath("$.unit.yearStatuses[0].byOrganisationId").value(bnnk.toString()))
			.andExpect(jsonPath("$.unit.currentPhase").value("PHASE_1_PILOT"));
		this.mvc.perform(get("/api/v1/organisations/{id}/children", bnnk).with(this.users.as(this.world.admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(hasItem(unit.toString())))
			.andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void searchFindsByNameCodeAndTypeInsideTheScope() throws Exception {
		this.mvc
			.perform(get("/api/v1/organisations").param("q", this.world.suffix)
				.param("type", "IBM_UNIT")
				.with(this.users.as(this.world.rehab)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[*].type").value(not(hasItem("BNNK"))));
		this.mvc
			.perform(get("/api/v1/organisations").param("q", this.world.code("IBM-A"))
				.with(this.users.as(this.world.rehab)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(this.world.unitA.toString()));
		// The agent of unit A finds only unit A.
		this.mvc
			.perform(get("/api/v1/organisations").param("q", this.world.suffix).with(this.users.as(this.world.agentA)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(this.world.unitA.toString()));
	}

	@Test
	void anOrganisationIsEditedAndVoided() throws Exception {
		send(put("/api/v1/organisations/{id}", this.world.unitB), this.world.rehab,
				"{\"code\":\"%s\",\"name\":\"IBM Cicadas Baru\",\"areaCode\":\"%s\"}".formatted(this.world.code("B2"),
						World.CICADAS))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("IBM Cicadas Baru"));
		send(post("/api/v1/organisations/{id}/void", this.world.bnnk), this.world.rehab, "{\"reason\":\"Salah\"}")
			.andExpect(status().isUnprocessableContent());
		send(post("/api/v1/organisations/{id}/void", this.world.unitB), this.world.rehab,
				"{\"reason\":\"Didaftarkan ganda\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.voided").value(true))
			.andExpect(jsonPath("$.voidReason").value("Didaftarkan ganda"));
		// A voided unit takes no more details.
		send(post("/api/v1/organisations/{id}/decrees", this.world.unitB), this.world.rehab,
				"{\"number\":\"1/2025\",\"date\":\"2025-01-02\"}")
			.andExpect(status().isUnprocessableContent());
		assertThat(this.world.rows("ibm_unit_decree", this.world.unitB)).isZero();
	}

	@Test
	void aDuplicateCodeIsAConflictOnItsFieldAndNothingIsWritten() throws Exception {
		send(post("/api/v1/organisations"), this.world.rehab,
				"""
						{"code":"%s","name":"BNNK kembar %s","type":"BNNK","parentId":"%s","areaCode":"32.01"}"""
					.formatted(this.world.code("BNNK"), this.world.suffix, this.world.bnnp))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("code"))
			.andExpect(jsonPath("$.detail").value(containsString("sudah dipakai")));
		assertThat(this.world.organisationsNamed("BNNK kembar " + this.world.suffix)).isZero();
	}

	@Test
	void anUnknownVillageAndAFutureDecreeAreRuleViolationsOnTheirFields() throws Exception {
		send(post("/api/v1/organisations"), this.world.rehab, """
				{"code":"%s","name":"IBM fiktif","type":"IBM_UNIT","parentId":"%s","areaCode":"32.01.02.9999",
				 "formedOn":"2024-01-15"}""".formatted(this.world.code("X"), this.world.bnnk))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("areaCode"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("32.01.02.9999")));
		send(post("/api/v1/organisations"), this.world.rehab, """
				{"code":"%s","name":"IBM kecamatan","type":"IBM_UNIT","parentId":"%s","areaCode":"32.01.02",
				 "formedOn":"2024-01-15"}""".formatted(this.world.code("Y"), this.world.bnnk))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("areaCode"));
		assertThat(this.world.organisationsWithCode(this.world.code("X"))).isZero();
		assertThat(this.world.organisationsWithCode(this.world.code("Y"))).isZero();

		LocalDate future = World.today().plusDays(30);
		send(post("/api/v1/organisations/{id}/decrees", this.world.unitA), this.world.rehab,
				"{\"number\":\"9/2099\",\"date\":\"%s\"}".formatted(future))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		assertThat(this.world.rows("ibm_unit_decree", this.world.unitA)).isZero();
	}

	@Test
	void malformedOversizedAndIncompleteRequestsAreBadRequests() throws Exception {
		send(post("/api/v1/organisations"), this.world.rehab, "{\"code\": \"T-1\", \"name\": ")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400));
		send(post("/api/v1/organisations"), this.world.rehab,
				"{\"code\":\"T-2\",\"name\":\"X\",\"type\":\"KANTOR_POS\",\"parentId\":\"%s\"}"
					.formatted(this.world.bnnk))
			.andExpect(status().isBadRequest());
		send(post("/api/v1/organisations"), this.world.rehab,
				"{\"code\":\"%s\",\"name\":\"\",\"type\":\"LSM\"}".formatted("K".repeat(41)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("code")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("name")))
			.andExpect(jsonPath("$.errors[*].message").value(hasItem("Terlalu panjang (maksimal 40 karakter).")));
		send(post("/api/v1/organisations"), this.world.rehab,
				"{\"code\":\"T-3\",\"name\":\"%s\",\"type\":\"LSM\"}".formatted("x".repeat(20_000)))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		send(post("/api/v1/organisations/{id}/funding", this.world.unitA), this.world.rehab,
				"{\"source\":\"CSR\",\"amount\":-5,\"year\":2024}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
		this.mvc.perform(get("/api/v1/organisations/not-a-uuid").with(this.users.as(this.world.rehab)))
			.andExpect(status().isNotFound());
		assertThat(this.world.organisationsWithCode("T-1")).isZero();
		assertThat(this.world.rows("ibm_unit_funding", this.world.unitA)).isZero();
	}

	@Test
	void whatLiesOutsideTheScopeIsNotFoundAndAgentsChangeNothing() throws Exception {
		String agent = this.world.agentA;
		this.mvc.perform(get("/api/v1/organisations/{id}", this.world.unitA).with(this.users.as(agent)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/organisations/{id}", this.world.unitB).with(this.users.as(agent)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(not(containsString("Cicadas"))));
		this.mvc.perform(get("/api/v1/organisations/{id}/children", this.world.bnnk).with(this.users.as(agent)))
			.andExpect(status().isNotFound());
		// A rehabilitation officer of another province's BNNP cannot write to this world.
		World other = new World(this.organisations, this.access, this.jdbc);
		send(post("/api/v1/organisations/{id}/decrees", this.world.unitA), other.rehab,
				"{\"number\":\"1/2024\",\"date\":\"2024-01-02\"}")
			.andExpect(status().isNotFound());
		send(post("/api/v1/organisations"), agent, """
				{"code":"%s","name":"IBM agen","type":"IBM_UNIT","parentId":"%s","areaCode":"32.01.02.2004",
				 "formedOn":"2024-01-15"}""".formatted(this.world.code("AG"), this.world.bnnk))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		send(post("/api/v1/organisations/{id}/decrees", this.world.unitA), agent,
				"{\"number\":\"1/2024\",\"date\":\"2024-01-02\"}")
			.andExpect(status().isForbidden());
		assertThat(this.world.organisationsWithCode(this.world.code("AG"))).isZero();
		assertThat(this.world.rows("ibm_unit_decree", this.world.unitA)).isZero();
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String username, String json) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.content(json)
			.with(this.users.as(username)));
	}

}
