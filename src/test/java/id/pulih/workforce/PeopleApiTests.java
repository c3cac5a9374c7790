package id.pulih.workforce;

import java.util.UUID;

import id.pulih.access.AccessManagement;
import id.pulih.organisation.Organisations;
import id.pulih.shared.security.Scope;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The people API: registration that can be retried with the client's id, appointments,
 * trainings and deactivation, scope (404 for a person of another unit) and RFC 9457
 * answers to bad input that leave nothing written.
 */
@PulihSpringTest
class PeopleApiTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private Workforce workforce;

	@Autowired
	private Organisations organisations;

	@Autowired
	private AccessManagement access;

	@Autowired
	private JdbcClient jdbc;

	private Fixture world;

	@BeforeEach
	void createWorld() {
		this.world = new Fixture(this.organisations, this.access, this.jdbc);
	}

	private MockHttpServletRequestBuilder postJson(String path, String json, String username) {
		return post(path).contentType(MediaType.APPLICATION_JSON).content(json).with(this.users.as(username));
	}

	private String newPerson(UUID id, String name) {
		return """
				{"id": "%s", "fullName": "%s", "sex": "MALE", "role": "RECOVERY_AGENT",
				 "organisationId": "%s", "phone": "0813 1111 2222", "activeSince": "%s"}""".formatted(id, name,
				this.world.unitA, Fixture.today().minusYears(1));
	}

	@Test
	void aClientRegistersWithItsOwnIdAndMayRetry() throws Exception {
		UUID id = UUID.randomUUID();
		String body = newPerson(id, "Dedi Kurniawan");
		this.mvc.perform(postJson("/api/v1/people", body, this.world.rehab))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/people/" + id))
			.andExpect(jsonPath("$.id").value(id.toString()))
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.role").value("RECOVERY_AGENT"));
		// the same again: the stored person, nothing new
		this.mvc.perform(postJson("/api/v1/people", body, this.world.rehab))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id.toString()));
		// the same id with other content: a conflict
		this.mvc.perform(postJson("/api/v1/people", newPerson(id, "Dedi K."), this.world.rehab))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
		assertThat(this.world.peopleIn(this.world.unitA)).isOne();
		assertThat(this.world.audits(id, "person.registered")).isOne();
		assertThat(this.workforce.get(id, Scope.national()).fullName()).isEqualTo("Dedi Kurniawan");
	}

	@Test
	void appointmentsTrainingsAndDeactivationThroughTheApi() throws Exception {
		UUID id = UUID.randomUUID();
		this.mvc.perform(postJson("/api/v1/people", newPerson(id, "Eko " + this.world.suffix), this.world.rehab))
			.andExpect(status().isCreated());
		this.mvc
			.perform(postJson("/api/v1/people/" + id + "/appointments",
					"""
							{"decreeNumber": "SK 7/2026", "decreeDate": "%s", "unitId": "%s"}"""
						.formatted(Fixture.today().minusDays(3), this.world.unitA),
					this.world.chairA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.appointments", hasSize(1)))
			.andExpect(jsonPath("$.appointments[0].decreeNumber").value("SK 7/2026"));
		this.mvc
			.perform(postJson("/api/v1/people/" + id + "/trainings",
					"""
							{"topic": "Wawancara motivasional", "trainedOn": "%s", "hours": 6, "organiser": "BNNK Bogor"}"""
						.formatted(Fixture.today().minusDays(1)),
					this.world.chairA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.trainings[0].hours").value(6.0));
		this.mvc.perform(postJson("/api/v1/people/" + id + "/deactivate", """
				{"reason": "Bekerja di luar negeri"}""", this.world.chairA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.inactiveReason").value("Bekerja di luar negeri"));

		this.mvc.perform(get("/api/v1/people/" + id).with(this.users.as(this.world.agentA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fullName").value("Eko " + this.world.suffix))
			.andExpect(jsonPath("$.trainings", hasSize(1)));
		this.mvc
			.perform(get("/api/v1/people").param("q", "eko " + this.world.suffix)
				.param("active", "false")
				.with(this.users.as(this.world.agentA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].organisationName", startsWith("IBM Gunungputri")));

		// inactive now: no more appointments
		this.mvc
			.perform(postJson("/api/v1/people/" + id + "/appointments",
					"""
							{"decreeNumber": "SK 8/2026", "decreeDate": "%s", "unitId": "%s"}"""
						.formatted(Fixture.today(), this.world.unitA),
					this.world.chairA))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Petugas ini nonaktif dan tidak dapat diberi tugas."));
		assertThat(this.world.appointmentsOf(id)).isOne();
	}

	@Test
	void aPersonOfAnotherUnitIsNotFound() throws Exception {
		UUID id = UUID.randomUUID();
		this.mvc.perform(postJson("/api/v1/people", newPerson(id, "Fajar"), this.world.rehab))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/people/" + id).with(this.users.as(this.world.agentB)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/people/" + id).with(this.users.as(this.world.agentA))).andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/people").param("organisationId", this.world.unitA.toString())
				.with(this.users.as(this.world.agentB)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get("/api/v1/people/not-a-uuid").with(this.users.as(this.world.agentB)))
			.andExpect(status().isNotFound());
		// a recovery agent may not register anybody
		this.mvc.perform(postJson("/api/v1/people", newPerson(id, "Fajar"), this.world.agentB))
			.andExpect(status().isForbidden());
	}

	@Test
	void badInputIsAnsweredWithFieldErrorsAndWritesNothing() throws Exception {
		long before = this.world.peopleIn(this.world.unitA);
		this.mvc
			.perform(postJson("/api/v1/people",
					"""
							{"fullName": " ", "sex": "FEMALE", "role": "RECOVERY_AGENT", "organisationId": "%s"}"""
						.formatted(this.world.unitA),
					this.world.rehab))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("fullName"))
			.andExpect(jsonPath("$.errors[0].message").value("Nama lengkap wajib diisi."));
		// out of the unit chair's scope
		this.mvc
			.perform(postJson("/api/v1/people",
					"""
							{"fullName": "Gita", "sex": "FEMALE", "role": "RECOVERY_AGENT", "organisationId": "%s"}"""
						.formatted(this.world.unitB),
					this.world.chairA))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("organisationId"));
		assertThat(this.world.peopleIn(this.world.unitA)).isEqualTo(before);
		assertThat(this.world.peopleIn(this.world.unitB)).isZero();

		UUID id = UUID.randomUUID();
		this.mvc.perform(postJson("/api/v1/people", newPerson(id, "Hadi"), this.world.rehab))
			.andExpect(status().isCreated());
		this.mvc
			.perform(postJson("/api/v1/people/" + id + "/appointments",
					"""
							{"decreeNumber": "SK 1/2099", "decreeDate": "%s", "unitId": "%s"}"""
						.formatted(Fixture.today().plusDays(5), this.world.unitA),
					this.world.rehab))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("decreeDate"));
		this.mvc
			.perform(postJson("/api/v1/people/" + id + "/trainings", """
					{"topic": "Konseling", "trainedOn": "%s", "hours": 1000}""".formatted(Fixture.today()),
					this.world.rehab))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("hours"));
		this.mvc.perform(postJson("/api/v1/people/" + id + "/deactivate", """
				{"reason": ""}""", this.world.rehab))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc.perform(postJson("/api/v1/people/" + id + "/deactivate", """
				{"reason": "Pindah", "since": "%s"}""".formatted(Fixture.today().plusDays(5)), this.world.rehab))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("since"));
		assertThat(this.world.appointmentsOf(id)).isZero();
		assertThat(this.world.trainingsOf(id)).isZero();
		assertThat(this.workforce.get(id, Scope.national()).isActive()).isTrue();
	}

}
