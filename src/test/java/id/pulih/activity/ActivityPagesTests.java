package id.pulih.activity;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import id.pulih.demo.DemoUsers;
import id.pulih.organisation.Organisations;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import id.pulih.workforce.Workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The activity pages and API as an agent uses them: the form that follows the kind, a
 * socialization, a mapping and an outreach recorded and shown on the unit's page, bad
 * input answered beside the field with nothing written, attachments served back with safe
 * headers, voiding with a confirmation, and another unit's agent getting 404 on page, API
 * and attachment alike.
 */
@PulihSpringTest
class ActivityPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private Activities activities;

	@Autowired
	private Organisations organisations;

	@Autowired
	private Workforce workforce;

	@Autowired
	private JdbcClient jdbc;

	private ActivityWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new ActivityWorld(this.users, this.organisations, this.workforce, this.activities, this.jdbc);
	}

	private MockMultipartHttpServletRequestBuilder form(String path, Map<String, String> fields, String username,
			MockMultipartFile... files) {
		MockMultipartHttpServletRequestBuilder request = multipart(path);
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		request.with(csrf()).with(this.users.as(username));
		fields.forEach(request::param);
		return request;
	}

	private UUID created(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/activities/");
		return UUID.fromString(location.substring("/activities/".length()));
	}

	@Test
	void anAgentRecordsASocializationAMappingAndAnOutreachAndTheUnitPageShowsThem() throws Exception {
		String agent = DemoUsers.RECOVERY_AGENT;
		this.mvc.perform(get("/activities").with(this.users.as(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Catat kegiatan")));
		this.mvc.perform(get("/activities/new").with(this.users.as(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"new-SOCIALIZATION\"")))
			.andExpect(content().string(not(containsString("id=\"new-FOO\""))));
		this.mvc.perform(get("/activities/new?kind=SOCIALIZATION").with(this.users.as(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"audience\"")))
			.andExpect(content().string(containsString("id=\"peopleReached\"")))
			.andExpect(content().string(containsString("value=\"" + ActivityWorld.GUNUNGPUTRI_VILLAGE + "\"")))
			.andExpect(content().string(containsString("name=\"participantIds\"")))
			.andExpect(content().string(not(containsString("id=\"mappingMethod\""))));

		String date = this.world.today.toString();
		UUID participant = this.world.activeAgents.getFirst().id();
		MockMultipartFile sheet = new MockMultipartFile("attachments", "daftar-hadir.png", "image/png",
				ActivityWorld.png());
		MvcResult socialization = this.mvc
			.perform(form("/activities",
					Map.of("kind", "SOCIALIZATION", "heldOn", date, "villageCode", ActivityWorld.GUNUNGPUTRI_VILLAGE,
							"audience", "SCHOOLS", "peopleReached", "57", "participantIds", participant.toString()),
					agent, sheet))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		UUID socializationId = created(socialization);
		MvcResult mapping = this.mvc
			.perform(form("/activities",
					Map.of("kind", "MAPPING", "heldOn", date, "villageCode", ActivityWorld.GUNUNGPUTRI_VILLAGE,
							"areasCovered", "RW 04, RW 05", "mappingMethod", "INTERVIEW_VILLAGE_HEAD", "hotSpots", "2"),
					agent))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		UUID mappingId = created(mapping);
		MvcResult outreach = this.mvc
			.perform(form("/activities",
					Map.of("kind", "OUTREACH", "heldOn", date, "villageCode", ActivityWorld.GUNUNGPUTRI_VILLAGE,
							"peopleReached", "9", "potentialClients", "2"),
					agent))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		UUID outreachId = created(outreach);

		this.mvc.perform(get("/activities/" + socializationId).with(this.users.as(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sekolah")))
			.andExpect(content().string(containsString(">57<")))
			.andExpect(content().string(containsString(this.world.activeAgents.getFirst().fullName())))
			.andExpect(content().string(containsString("daftar-hadir.png")));

		UUID unit = this.world.unit;
		this.mvc.perform(get("/organisations/" + unit).with(this.users.as(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"activity-section\"")))
			.andExpect(content().string(containsString("/activities/" + socializationId)))
			.andExpect(content().string(containsString("/activities/" + mappingId)))
			.andExpect(content().string(containsString("/activities/" + outreachId)))
			.andExpect(content().string(containsString("id=\"record-activity\"")));
		// a programme manager sees the counts but no link to record
		this.mvc.perform(get("/organisations/" + unit).with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"activity-section\"")))
			.andExpect(content().string(not(containsString("id=\"record-activity\""))));
		this.mvc.perform(get("/activities?kind=MAPPING&year=" + this.world.today.getYear()).with(this.users.as(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/activities/" + mappingId)))
			.andExpect(content().string(not(containsString("/activities/" + socializationId))));
	}

	@Test
	void badInputIsShownBesideTheFieldAndNothingIsWritten() throws Exception {
		long before = this.world.activities();
		String date = this.world.today.toString();
		this.mvc
			.perform(form("/activities",
					Map.of("kind", "SOCIALIZATION", "heldOn", date, "villageCode", ActivityWorld.GUNUNGPUTRI_VILLAGE,
							"audience", "COMMUNITY", "peopleReached", "-4"),
					DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"peopleReached-error\"")))
			.andExpect(content().string(containsString("Jumlah tidak boleh negatif.")))
			.andExpect(content().string(containsString("value=\"-4\"")));
		this.mvc
			.perform(form("/activities",
					Map.of("kind", "MAPPING", "heldOn", date, "villageCode", this.world.bandungVillage, "areasCovered",
							"RW 01", "mappingMethod", "OBSERVATION"),
					DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"villageCode-error\"")))
			.andExpect(content().string(containsString("di luar kabupaten/kota unit")));
		this.mvc
			.perform(form("/activities",
					Map.of("kind", "OUTREACH", "heldOn", date, "villageCode", ActivityWorld.GUNUNGPUTRI_VILLAGE,
							"peopleReached", "banyak"),
					DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"peopleReached-error\"")));
		// a text file renamed .png, and a file over the limit: refused, nothing written
		this.mvc
			.perform(form("/activities",
					Map.of("kind", "SOCIALIZATION", "heldOn", date, "villageCode", ActivityWorld.GUNUNGPUTRI_VILLAGE,
							"audience", "COMMUNITY", "peopleReached", "4"),
					DemoUsers.RECOVERY_AGENT,
					new MockMultipartFile("attachments", "foto.png", "image/png", ActivityWorld.text())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"attachments-error\"")))
			.andExpect(content().string(containsString("Hanya foto JPEG atau PNG dan dokumen PDF")));
		byte[] large = new byte[(int) this.activities.maxAttachmentBytes() + 1];
		System.arraycopy(ActivityWorld.png(), 0, large, 0, 8);
		this.mvc
			.perform(form("/activities",
					Map.of("kind", "SOCIALIZATION", "heldOn", date, "villageCode", ActivityWorld.GUNUNGPUTRI_VILLAGE,
							"audience", "COMMUNITY", "peopleReached", "4"),
					DemoUsers.RECOVERY_AGENT, new MockMultipartFile("attachments", "besar.png", "image/png", large)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Berkas terlalu besar")));
		assertThat(this.world.activities()).isEqualTo(before);
	}

	@Test
	void attachmentsAreServedWithSafeHeadersOnlyInScope() throws Exception {
		Activity activity = this.activities.record(NewActivity.socialization(null, this.world.today,
				ActivityWorld.GUNUNGPUTRI_VILLAGE, Audience.FAMILIES, 8), this.world.agent);
		this.mvc
			.perform(form("/activities/" + activity.id() + "/attachments", Map.of(), DemoUsers.RECOVERY_AGENT,
					new MockMultipartFile("attachments", "sk.pdf", "application/pdf", ActivityWorld.pdf())))
			.andExpect(status().is3xxRedirection());
		AttachmentInfo pdf = this.activities.attachments(activity.id(), this.world.agent.scope()).getFirst();
		String path = "/activities/" + activity.id() + "/attachments/" + pdf.id();
		this.mvc.perform(get(path).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().bytes(ActivityWorld.pdf()));
		this.mvc.perform(get(path).with(this.users.as(DemoUsers.REHABILITATION_OFFICER))).andExpect(status().isOk());

		String other = DemoUsers.OTHER_RECOVERY_AGENT;
		this.mvc.perform(get(path).with(this.users.as(other))).andExpect(status().isNotFound());
		this.mvc.perform(get("/activities/" + activity.id()).with(this.users.as(other)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/activities/" + activity.id() + "/edit").with(this.users.as(other)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/activities/" + activity.id()).with(this.users.as(other)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/activities?organisationId=" + this.world.unit).with(this.users.as(other)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(activity.id().toString()))));
		this.mvc.perform(get("/activities").with(this.users.as(other)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(activity.id().toString()))));
		// a wrong type through the detail page's upload: refused, said on the page
		long before = this.world.attachments();
		this.mvc
			.perform(form("/activities/" + activity.id() + "/attachments", Map.of(), DemoUsers.RECOVERY_AGENT,
					new MockMultipartFile("attachments", "foto.png", "image/png", ActivityWorld.text())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.world.attachments()).isEqualTo(before);
	}

	@Test
	void editAndVoidThroughThePages() throws Exception {
		Activity activity = this.activities.record(
				NewActivity.outreach(null, this.world.today, ActivityWorld.GUNUNGPUTRI_VILLAGE, 10, 2, null),
				this.world.agent);
		String base = "/activities/" + activity.id();
		this.mvc.perform(get(base + "/edit").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"10\"")));
		this.mvc
			.perform(form(base + "/edit",
					Map.of("kind", "OUTREACH", "version", String.valueOf(activity.version()), "heldOn",
							this.world.today.toString(), "villageCode", ActivityWorld.GUNUNGPUTRI_VILLAGE,
							"peopleReached", "11", "potentialClients", "2"),
					DemoUsers.RECOVERY_AGENT))
			.andExpect(redirectedUrlPattern("/activities/*"));
		assertThat(this.activities.get(activity.id(), this.world.agent.scope()).peopleReached()).isEqualTo(11);

		this.mvc.perform(get(base + "/void").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirm-void\"")));
		this.mvc
			.perform(
					post(base + "/void").param("reason", "").with(csrf()).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\"")));
		this.mvc
			.perform(post(base + "/void").param("reason", "Salah unit")
				.with(csrf())
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(redirectedUrlPattern("/activities/*"));
		this.mvc.perform(get(base).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dibatalkan: Salah unit")))
			.andExpect(content().string(not(containsString("id=\"edit-activity\""))));
	}

	@Test
	void theApiRecordsIdempotentlyEditsByVersionAndVoids() throws Exception {
		UUID id = UUID.randomUUID();
		String body = """
				{"id":"%s","kind":"SOCIALIZATION","heldOn":"%s","villageCode":"%s","audience":"COMMUNITY","peopleReached":30}
				"""
			.formatted(id, this.world.today, ActivityWorld.GUNUNGPUTRI_VILLAGE);
		this.mvc
			.perform(post("/api/v1/activities").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.organisationId").value(this.world.unit.toString()))
			.andExpect(jsonPath("$.peopleReached").value(30));
		this.mvc
			.perform(post("/api/v1/activities").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/activities").contentType(MediaType.APPLICATION_JSON)
				.content(body.replace("\"peopleReached\":30", "\"peopleReached\":31"))
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/api/v1/activities").contentType(MediaType.APPLICATION_JSON)
				.content(body.replace(id.toString(), UUID.randomUUID().toString())
					.replace("\"peopleReached\":30", "\"peopleReached\":-30"))
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("peopleReached"));

		String edit = """
				{"version":%d,"activity":{"kind":"SOCIALIZATION","heldOn":"%s","villageCode":"%s","audience":"YOUTH","peopleReached":35}}
				""";
		Integer version = this.activities.get(id, this.world.agent.scope()).version();
		this.mvc
			.perform(put("/api/v1/activities/" + id).contentType(MediaType.APPLICATION_JSON)
				.content(edit.formatted(version, this.world.today, ActivityWorld.GUNUNGPUTRI_VILLAGE))
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.audience").value("YOUTH"));
		this.mvc
			.perform(put("/api/v1/activities/" + id).contentType(MediaType.APPLICATION_JSON)
				.content(edit.formatted(version, this.world.today, ActivityWorld.GUNUNGPUTRI_VILLAGE))
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isConflict());
		this.mvc
			.perform(get("/api/v1/activities?kind=SOCIALIZATION&organisationId=" + this.world.unit)
				.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(id.toString())));
		this.mvc.perform(get("/api/v1/activities/" + id).with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ledBy").doesNotExist());
		this.mvc
			.perform(post("/api/v1/activities/" + id + "/void").contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"Uji\"}")
				.with(this.users.as(DemoUsers.OTHER_RECOVERY_AGENT)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/activities/" + id + "/void").contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"Uji\"}")
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.voided").value(true));
		this.mvc
			.perform(post("/api/v1/activities").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isForbidden());
	}

}
