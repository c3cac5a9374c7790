package id.pulih.recovery;

import java.util.HashMap;
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
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The recovery API and the instrument scoring API: creates that can be retried with the
 * client's id, RFC 9457 answers naming the field for broken rules, 404 for another unit's
 * records, 403 for roles that see no client records, and scoring without saving.
 */
@PulihSpringTest
class RecoveryApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private ClientRegistry clients;

	@Autowired
	private Screenings screenings;

	@Autowired
	private Pathways pathways;

	@Autowired
	private Worklists worklists;

	@Autowired
	private Organisations organisations;

	@Autowired
	private JdbcClient jdbc;

	private RecoveryWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new RecoveryWorld(this.users, this.clients, this.screenings, this.pathways, this.organisations,
				this.worklists, this.jdbc);
	}

	private MockHttpServletRequestBuilder postJson(String path, Object body, String username) {
		return post(path).contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body))
			.with(this.users.as(username));
	}

	@Test
	void aScreeningIsScoredAndRecordedAndMayBeRetried() throws Exception {
		Client client = this.world.client();
		UUID id = UUID.randomUUID();
		Map<String, Object> body = Map.of("id", id, "clientId", client.id(), "screenedOn", this.world.today.toString(),
				"answers", Answers.lowRisk());
		this.mvc.perform(postJson("/api/v1/recovery/screenings", body, DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/recovery/screenings/" + id))
			.andExpect(jsonPath("$.overallRisk").value("LOW"))
			.andExpect(jsonPath("$.route").value("IBM_SERVICES"))
			.andExpect(jsonPath("$.scores.tobacco").value(31))
			.andExpect(jsonPath("$.risks.tobacco").value("HIGH"))
			.andExpect(jsonPath("$.scores.alcohol").value(2));
		this.mvc.perform(postJson("/api/v1/recovery/screenings", body, DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id.toString()));
		Map<String, Object> other = Map.of("id", id, "clientId", client.id(), "answers", Answers.moderateRisk());
		this.mvc.perform(postJson("/api/v1/recovery/screenings", other, DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
		assertThat(this.world.screeningsOf(client.id())).isOne();
	}

	@Test
	void badAnswersAreRefusedNamingTheField() throws Exception {
		Client client = this.world.client();
		Map<String, String> answers = new HashMap<>(Answers.lowRisk());
		answers.remove("substances.alcohol.q7");
		this.mvc
			.perform(postJson("/api/v1/recovery/screenings", Map.of("clientId", client.id(), "answers", answers),
					DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("substances.alcohol.q7"))
			.andExpect(jsonPath("$.detail").value("Pertanyaan ini harus dijawab."));
		this.mvc
			.perform(post("/api/v1/recovery/screenings").contentType(MediaType.APPLICATION_JSON)
				.content("{\"clientId\": \"" + client.id() + "\", \"answers\": {\"substances.tobacco.q1\": null}}")
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("substances.tobacco.q1"));
		this.mvc
			.perform(post("/api/v1/instruments/assist/score").contentType(MediaType.APPLICATION_JSON)
				.content("{\"answers\": {\"q8\": null}}")
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.world.screeningsOf(client.id())).isZero();
	}

	@Test
	void aPathwayThroughTheApi() throws Exception {
		Client client = this.world.client();
		this.world.screen(client, Answers.lowRisk(), this.world.today.minusDays(20));
		UUID enrolmentId = UUID.randomUUID();
		Map<String, Object> enrol = Map.of("id", enrolmentId, "clientId", client.id());
		this.mvc.perform(postJson("/api/v1/recovery/enrolments", enrol, DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.entryPoint").value("SCREENING"))
			.andExpect(jsonPath("$.currentWeek").value(3))
			.andExpect(jsonPath("$.items", hasSize(DueItem.values().length)))
			.andExpect(jsonPath("$.items[0].item").value("WHOQOL_INTAKE"))
			.andExpect(jsonPath("$.items[0].state").value("OVERDUE"));
		this.mvc.perform(postJson("/api/v1/recovery/enrolments", enrol, DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isOk());

		UUID sessionId = UUID.randomUUID();
		Map<String, Object> session = Map.of("id", sessionId, "sessionType", "KIE", "heldOn",
				this.world.today.minusDays(1).toString(), "durationMinutes", 45, "enrolmentIds", List.of(enrolmentId));
		this.mvc.perform(postJson("/api/v1/recovery/sessions", session, DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.agentId").value(this.world.agent.personId().toString()));
		this.mvc.perform(postJson("/api/v1/recovery/sessions", session, DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isOk());
		Map<String, Object> early = Map.of("sessionType", "KIE", "heldOn", this.world.today.minusDays(21).toString(),
				"durationMinutes", 45, "enrolmentIds", List.of(enrolmentId));
		this.mvc.perform(postJson("/api/v1/recovery/sessions", early, DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("heldOn"));
		assertThat(this.world.sessionsOf(enrolmentId)).isOne();

		this.mvc
			.perform(postJson("/api/v1/recovery/enrolments/" + enrolmentId + "/whoqol",
					Map.of("timing", "INTAKE", "answers", Answers.whoqol(3)), DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.whoqol[0].result.domains[2].score").value(12.0));
		this.mvc
			.perform(postJson("/api/v1/recovery/enrolments/" + enrolmentId + "/outcome", Map.of("outcome", "COMPLETED"),
					DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("completionOverride"));
		this.mvc
			.perform(postJson("/api/v1/recovery/enrolments/" + enrolmentId + "/outcome",
					Map.of("outcome", "DROPPED_OUT", "reason", "Bekerja di luar kota"), DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("DROPPED_OUT"));
		this.mvc
			.perform(postJson("/api/v1/recovery/enrolments/" + enrolmentId + "/corrections",
					Map.of("outcome", "MOVED", "reason", "Pindah ke Bekasi", "correctionReason", "Salah pilih"),
					DemoUsers.UNIT_CHAIR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("MOVED"))
			.andExpect(jsonPath("$.corrections", hasSize(1)));

		this.mvc
			.perform(get("/api/v1/recovery/enrolments/" + enrolmentId)
				.with(this.users.as(DemoUsers.REHABILITATION_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("MOVED"));
		this.mvc.perform(get("/api/v1/recovery/worklist").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.today").value(this.world.today.toString()));
	}

	@Test
	void anotherUnitsAgentFindsNothingAndManagersAreRefused() throws Exception {
		Enrolment enrolment = this.world.enrolled(this.world.today.minusDays(3));
		this.mvc
			.perform(get("/api/v1/recovery/enrolments/" + enrolment.id())
				.with(this.users.as(DemoUsers.OTHER_RECOVERY_AGENT)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/recovery/enrolments/" + enrolment.id()).with(this.users.as(DemoUsers.OTHER_RECOVERY_AGENT)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(postJson("/api/v1/recovery/sessions",
					Map.of("sessionType", "KIE", "heldOn", this.world.today.toString(), "durationMinutes", 30,
							"enrolmentIds", List.of(enrolment.id())),
					DemoUsers.OTHER_RECOVERY_AGENT))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(postJson("/api/v1/recovery/enrolments/" + enrolment.id() + "/outcome",
					Map.of("outcome", "MOVED", "reason", "x"), DemoUsers.OTHER_RECOVERY_AGENT))
			.andExpect(status().isNotFound());
		assertThat(this.pathways.get(enrolment.id(), this.world.agent.scope()).isOpen()).isTrue();
		this.mvc
			.perform(get("/api/v1/recovery/enrolments/" + enrolment.id())
				.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/recovery/enrolments/" + enrolment.id()).with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(postJson("/api/v1/recovery/enrolments/" + enrolment.id() + "/outcome",
					Map.of("outcome", "MOVED", "reason", "x"), DemoUsers.REHABILITATION_OFFICER))
			.andExpect(status().isForbidden());
	}

	@Test
	void theScoringApiScoresAnAssistWithoutSavingIt() throws Exception {
		long before = this.jdbc.sql("SELECT COUNT(*) FROM recovery_screening").query(Long.class).single();
		this.mvc
			.perform(postJson("/api/v1/instruments/assist/score", Map.of("answers", Answers.highRisk()),
					DemoUsers.HEALTH_WORKER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.instrument").value("ASSIST"))
			.andExpect(jsonPath("$.overallRisk").value("HIGH"))
			.andExpect(jsonPath("$.route").value("REFERRAL"))
			.andExpect(jsonPath("$.substances[4].substance").value("amphetamines"))
			.andExpect(jsonPath("$.substances[4].score").value(39))
			.andExpect(jsonPath("$.injectionAdvice").value("FURTHER_ASSESSMENT_AND_INTENSIVE_TREATMENT"));
		this.mvc
			.perform(postJson("/api/v1/instruments/ASSIST/score", Map.of("answers", Answers.lowRisk()),
					DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.overallRisk").value("LOW"))
			.andExpect(jsonPath("$.substances[0].risk").value("HIGH"));
		Map<String, String> outOfRange = new HashMap<>(Answers.lowRisk());
		outOfRange.put("substances.alcohol.q2", "HOURLY");
		this.mvc
			.perform(postJson("/api/v1/instruments/assist/score", Map.of("answers", outOfRange),
					DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("substances.alcohol.q2"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM recovery_screening").query(Long.class).single())
			.isEqualTo(before);
	}

	@Test
	void theScoringApiScoresAWhoqolAndRefusesAnAnswerOutOfRange() throws Exception {
		this.mvc
			.perform(postJson("/api/v1/instruments/whoqol-bref/score", Map.of("answers", Answers.whoqol(4)),
					DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scored").value(true))
			.andExpect(jsonPath("$.overallQualityOfLife").value(4))
			.andExpect(jsonPath("$.domains[2].domain").value("SOCIAL"))
			.andExpect(jsonPath("$.domains[2].score").value(16.0))
			.andExpect(jsonPath("$.domains[2].transformed").value(75.0));
		Map<String, Object> numbers = new HashMap<>(Answers.whoqol(3));
		numbers.put("q3", 7);
		this.mvc
			.perform(postJson("/api/v1/instruments/whoqol-bref/score?lang=en", Map.of("answers", numbers),
					DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("q3"))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
		this.mvc
			.perform(postJson("/api/v1/instruments/whoqol-bref/score", Map.of("answers", Map.of("q27", "3")),
					DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("q27"));
		this.mvc
			.perform(postJson("/api/v1/instruments/nope/score", Map.of("answers", Map.of()), DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isNotFound());
	}

	@Test
	void theDefinitionsComeWithTheirTextsInEitherLanguage() throws Exception {
		this.mvc.perform(get("/api/v1/instruments").with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("ASSIST"))
			.andExpect(jsonPath("$[1].code").value("WHOQOL-BREF"));
		this.mvc
			.perform(
					get("/api/v1/instruments/assist").param("lang", "en").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sections[0].id").value("lifetime"))
			.andExpect(jsonPath("$.sections[2].items[0].id").value("substances.alcohol.q2"))
			.andExpect(jsonPath("$.sections[2].items[0].text").value(containsString("alcoholic")))
			.andExpect(jsonPath("$.sections[2].items[0].options[4].points").value(6));
		this.mvc.perform(get("/api/v1/instruments/whoqol-bref").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sections[0].items[0].text").value("Bagaimana Anda menilai kualitas hidup Anda?"));
	}

}
