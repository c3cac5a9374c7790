package id.pulih.evaluation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import id.pulih.demo.DemoUsers;
import id.pulih.organisation.Organisations;
import id.pulih.shared.security.Scope;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evaluation pages and API as a BNNK officer uses them: the checklist form moves the
 * unit from Phase 1 to Phase 2, two benefit surveys show their means on the unit page and
 * the organisation page, a refused form keeps what was typed and writes nothing, the API
 * may be retried with the client's id, and another unit's agent finds nothing (404).
 */
@PulihSpringTest
class EvaluationWebTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private Evaluations evaluations;

	@Autowired
	private Organisations organisations;

	@Autowired
	private JdbcClient jdbc;

	private EvaluationWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new EvaluationWorld(this.users, this.organisations, this.evaluations, this.jdbc);
	}

	private MockHttpServletRequestBuilder postForm(String path, Map<String, String> fields, String username) {
		MockHttpServletRequestBuilder request = post(path).with(csrf()).with(this.users.as(username));
		fields.forEach(request::param);
		return request;
	}

	private MockHttpServletRequestBuilder postJson(String path, Object body, String username) {
		return post(path).contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body))
			.with(this.users.as(username));
	}

	private static Map<String, String> checklistForm(int yes, String date) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("assessedOn", date);
		EvaluationWorld.checklist(yes).forEach((code, value) -> form.put("q_" + code, value.toString()));
		return form;
	}

	private static Map<String, String> benefitForm(String type, int... scores) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("respondentType", type);
		EvaluationWorld.benefit(scores).forEach((code, value) -> form.put("q_" + code, value.toString()));
		return form;
	}

	@Test
	void anOfficerMovesTheUnitToPhaseTwoAndEntersTwoBenefitSurveys() throws Exception {
		String unitPath = "/evaluation/units/" + this.world.unit;
		String rehab = DemoUsers.REHABILITATION_OFFICER;
		this.mvc.perform(get(unitPath + "/assessments/new").with(this.users.as(rehab)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"q_OI1_1\"")))
			.andExpect(content().string(containsString("Kemandirian operasional")))
			.andExpect(content().string(containsString("name=\"assessedOn\"")));
		this.mvc
			.perform(postForm(unitPath + "/assessments", checklistForm(5, this.world.today.minusDays(30).toString()),
					rehab))
			.andExpect(redirectedUrl(unitPath));
		this.mvc.perform(postForm(unitPath + "/assessments", checklistForm(9, this.world.today.toString()), rehab))
			.andExpect(redirectedUrl(unitPath))
			.andExpect(result -> assertThat(result.getFlashMap().get("assessedPhase")).isEqualTo("PHASE_2_GROWTH"));

		Map<String, String> first = benefitForm("COMMUNITY_MEMBER", 4, 3, 4, 4, 2, 3);
		first.put("respondedOn", this.world.today.toString());
		this.mvc.perform(postForm(unitPath + "/benefit-surveys", first, rehab)).andExpect(redirectedUrl(unitPath));
		Map<String, String> second = benefitForm("FAMILY", 3, 3, 4, 3, 2, 4);
		second.put("respondedOn", this.world.today.toString());
		this.mvc.perform(postForm(unitPath + "/benefit-surveys", second, DemoUsers.REHABILITATION_OFFICER))
			.andExpect(redirectedUrl(unitPath));

		String page = this.mvc.perform(get(unitPath).with(this.users.as(rehab)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Fase 1 (Rintisan)", "Fase 2 (Tumbuh)", "3.50", "3.00", "2.00", "Dari 2 jawaban");
		assertThat(page.indexOf("Fase 1 (Rintisan)")).isLessThan(page.indexOf("Fase 2 (Tumbuh)"));

		this.mvc.perform(get("/organisations/" + this.world.unit).with(this.users.as(rehab)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"evaluation\"")))
			.andExpect(content().string(containsString("3.50")))
			.andExpect(content().string(containsString(unitPath + "/assessments/new")))
			.andExpect(content().string(containsString(unitPath + "/benefit-surveys/new")));
	}

	@Test
	void aRefusedFormKeepsWhatWasTypedAndWritesNothing() throws Exception {
		String unitPath = "/evaluation/units/" + this.world.unit;
		Map<String, String> form = checklistForm(9, this.world.today.toString());
		form.put("q_SR2", "3");
		form.remove("q_ME3");
		this.mvc.perform(postForm(unitPath + "/assessments", form, DemoUsers.REHABILITATION_OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"q_SR2-error\"")))
			.andExpect(content().string(containsString("id=\"q_OI1_1\" name=\"q_OI1\" value=\"1\" checked")));
		Map<String, String> survey = benefitForm("FAMILY", 4, 4, 4, 4, 4, 9);
		survey.put("respondedOn", this.world.today.toString());
		this.mvc.perform(postForm(unitPath + "/benefit-surveys", survey, DemoUsers.UNIT_CHAIR))
			.andExpect(status().isNotFound());
		this.mvc.perform(postForm(unitPath + "/benefit-surveys", survey, DemoUsers.REHABILITATION_OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"q_B6-error\"")));
		assertThat(this.world.responses()).isZero();
		assertThat(this.world.phases()).isZero();
	}

	@Test
	void theApiRecordsIdempotentlyAndRefusesBadInput() throws Exception {
		String api = "/api/v1/evaluation/units/" + this.world.unit;
		String rehab = DemoUsers.REHABILITATION_OFFICER;
		UUID id = UUID.randomUUID();
		Map<String, Object> body = new HashMap<>(Map.of("id", id, "respondedOn", this.world.today.toString(),
				"respondentType", "VILLAGE_OFFICIAL", "answers", EvaluationWorld.benefit(4, 4, 3, 3, 2, 2)));
		this.mvc.perform(postJson(api + "/benefit-surveys", body, rehab))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(id.toString()))
			.andExpect(jsonPath("$.answers.B1").value(4));
		this.mvc.perform(postJson(api + "/benefit-surveys", body, rehab))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id.toString()));
		body.put("answers", EvaluationWorld.benefit(1, 1, 1, 1, 1, 1));
		this.mvc.perform(postJson(api + "/benefit-surveys", body, rehab)).andExpect(status().isConflict());
		this.mvc.perform(get(api + "/benefit-surveys").with(this.users.as(rehab)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.responses").value(1))
			.andExpect(jsonPath("$.statements[0].mean").value(4.0));

		Map<String, Object> assessment = Map.of("assessedOn", this.world.today.toString(), "answers", Map.of("OI1", 2));
		this.mvc.perform(postJson(api + "/assessments", assessment, rehab))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("OI1"));
		Map<String, Object> good = Map.of("assessedOn", this.world.today.toString(), "answers",
				EvaluationWorld.checklist(12));
		this.mvc.perform(postJson(api + "/assessments", good, rehab))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.phase").value("PHASE_3_DEVELOPMENT"));
		this.mvc.perform(get(api + "/assessments").with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].phase").value("PHASE_3_DEVELOPMENT"))
			.andExpect(jsonPath("$[0].instrumentVersion").isNumber());

		Map<String, Object> insani = Map.of("respondedOn", this.world.today.toString(), "component", "CLIENT",
				"respondentRole", "CLIENT", "answers", Map.of("CL1", 4, "CL2", 3));
		this.mvc.perform(postJson(api + "/insani", insani, rehab)).andExpect(status().isCreated());
		this.mvc.perform(get(api + "/insani").with(this.users.as(rehab)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components[2].category").value(4))
			.andExpect(jsonPath("$.overallCategory").value(4));

		UUID bnnk = this.organisations.findByCode("BNNK-3201", Scope.national()).orElseThrow().id();
		this.mvc.perform(postJson("/api/v1/evaluation/units/" + bnnk + "/assessments", good, rehab))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"));
	}

	@Test
	void anotherUnitsAgentFindsNothing() throws Exception {
		String agent = DemoUsers.OTHER_RECOVERY_AGENT;
		this.mvc.perform(get("/evaluation/units/" + this.world.unit).with(this.users.as(agent)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/evaluation/units/" + this.world.unit + "/assessments").with(this.users.as(agent)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/evaluation/units/" + this.world.unit + "/benefit-surveys").with(this.users.as(agent)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/evaluation/units/" + this.world.unit + "/benefit-surveys/new").with(this.users.as(agent)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/evaluation/units/" + this.world.unit).with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/evaluation/units/" + this.world.unit + "/assessments/new")
				.with(this.users.as(DemoUsers.UNIT_CHAIR)))
			.andExpect(status().isForbidden());
	}

}
