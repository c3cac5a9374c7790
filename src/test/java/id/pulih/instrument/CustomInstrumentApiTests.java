package id.pulih.instrument;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.pulih.demo.DemoUsers;
import id.pulih.instrument.CustomInstrument.Scoring;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static id.pulih.instrument.CustomInstrumentWorld.likert;
import static id.pulih.instrument.CustomInstrumentWorld.newCode;
import static id.pulih.instrument.CustomInstrumentWorld.simple;
import static id.pulih.instrument.CustomInstrumentWorld.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The custom-instrument API: administrators draft, edit, publish and retire; a published
 * version is refused with 422 and left as it was; every signed-in role scores without
 * saving; other roles may not touch the editor.
 */
@PulihSpringTest
class CustomInstrumentApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String BASE = "/api/v1/instruments/custom";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private CustomInstrumentCatalogue catalogue;

	@Test
	void anAdministratorDraftsEditsAndPublishesAndAPublishedVersionIsNotChanged() throws Exception {
		String code = newCode();
		String created = this.mvc
			.perform(post(BASE).contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(simple(code, likert("q1"))))
				.with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.code").value(code))
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID id = UUID.fromString(JSON.readTree(created).get("id").asString());

		this.mvc
			.perform(put(BASE + "/" + id).contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(simple(code, likert("q1"), likert("q2"))))
				.with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sections[0].items.length()").value(2));
		this.mvc.perform(post(BASE + "/" + id + "/publish").with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.version").value(1));
		CustomInstrument published = this.catalogue.get(id);

		this.mvc
			.perform(put(BASE + "/" + id).contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(simple(code, likert("other"))))
				.with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.detail")
				.value("Versi ini sudah diterbitkan dan tidak dapat diubah. Buat draf versi baru."));
		assertThat(this.catalogue.get(id)).isEqualTo(published);

		this.mvc.perform(get(BASE + "/" + id).with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sections[0].items[1].code").value("q2"));
		this.mvc.perform(post(BASE + "/" + id + "/draft").with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"));
		this.mvc.perform(post(BASE + "/" + id + "/retire").with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETIRED"));
	}

	@Test
	void badDefinitionsAnswer422NamingTheField() throws Exception {
		this.mvc
			.perform(post(BASE).contentType(MediaType.APPLICATION_JSON)
				.content("{}")
				.with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		this.mvc
			.perform(post(BASE).contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(simple(newCode(), likert("q1"), likert("q1"))))
				.with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("sections"));
		this.mvc
			.perform(post(BASE).contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"" + newCode() + "\",\"name\":\"X\",\"scoring\":\"MEAN\",\"sections\":[null],"
						+ "\"bands\":[{\"category\":1,\"label\":\"x\"}]}")
				.with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(post(BASE + "/" + UUID.randomUUID() + "/publish").with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isNotFound());
	}

	@Test
	void everySignedInRoleScoresWithoutSaving() throws Exception {
		CustomInstrument draft = this.catalogue.createDraft(survey(newCode(), Scoring.MEAN),
				this.users.load(DemoUsers.ADMINISTRATOR));
		CustomInstrument survey = this.catalogue.publish(draft.id(), this.users.load(DemoUsers.ADMINISTRATOR));
		for (String user : List.of(DemoUsers.HEALTH_WORKER, DemoUsers.RECOVERY_AGENT, DemoUsers.PROGRAMME_MANAGER,
				DemoUsers.ADMINISTRATOR)) {
			this.mvc
				.perform(post(BASE + "/" + survey.id() + "/score").contentType(MediaType.APPLICATION_JSON)
					.content(JSON.writeValueAsString(Map.of("answers", Map.of("a", 2, "b", 3, "x", 1, "y", 2))))
					.with(this.users.as(user)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.overall").value(2.00))
				.andExpect(jsonPath("$.overallBand.label").value("Kategori 2"))
				.andExpect(jsonPath("$.sections[0].score").value(2.50))
				.andExpect(jsonPath("$.sections[0].band.category").value(2))
				.andExpect(jsonPath("$.sections[2].score").doesNotExist());
		}
		this.mvc
			.perform(post(BASE + "/" + survey.id() + "/score").contentType(MediaType.APPLICATION_JSON)
				.content("{\"answers\":{\"a\":9}}")
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("a"));
		this.mvc
			.perform(post(BASE + "/" + survey.id() + "/score").contentType(MediaType.APPLICATION_JSON)
				.content("{\"answers\":{\"nope\":1}}")
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("nope"));
	}

	@Test
	void onlyAdministratorsUseTheEditor() throws Exception {
		CustomInstrument draft = this.catalogue.createDraft(simple(newCode(), likert("q1")),
				this.users.load(DemoUsers.ADMINISTRATOR));
		for (String user : List.of(DemoUsers.PROGRAMME_MANAGER, DemoUsers.HEALTH_WORKER,
				DemoUsers.REHABILITATION_OFFICER)) {
			this.mvc.perform(get(BASE).with(this.users.as(user))).andExpect(status().isForbidden());
			this.mvc
				.perform(put(BASE + "/" + draft.id()).contentType(MediaType.APPLICATION_JSON)
					.content(JSON.writeValueAsString(simple(draft.code(), likert("q9"))))
					.with(this.users.as(user)))
				.andExpect(status().isForbidden());
			this.mvc.perform(post(BASE + "/" + draft.id() + "/publish").with(this.users.as(user)))
				.andExpect(status().isForbidden());
		}
		assertThat(this.catalogue.get(draft.id())).isEqualTo(draft);
	}

}
