package id.pulih.access;

import java.time.LocalDate;
import java.util.UUID;

import id.pulih.demo.DemoUsers;
import id.pulih.organisation.Organisation;
import id.pulih.organisation.Organisations;
import id.pulih.shared.security.Scope;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import id.pulih.workforce.NewPerson;
import id.pulih.workforce.Person;
import id.pulih.workforce.PersonRole;
import id.pulih.shared.Sex;
import id.pulih.workforce.Workforce;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An administrator gives people accounts, with the role and scope their work needs. */
@PulihSpringTest
class UserAdministrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private Organisations organisations;

	@Autowired
	private Workforce workforce;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anAccountForAnAgentIsPrefilledFromThePersonAndScopedToTheUnit() throws Exception {
		Organisation unit = this.organisations.findByCode(DemoUsers.CICADAS_UNIT, Scope.national()).orElseThrow();
		Person agent = newAgent(unit);
		this.mvc
			.perform(get("/admin/users/new").param("personId", agent.id().toString())
				.with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(agent.fullName())));
		String username = "ap" + UUID.randomUUID().toString().substring(0, 6);
		this.mvc
			.perform(post("/admin/users").param("username", username)
				.param("displayName", agent.fullName())
				.param("password", "Sandi-Awal-2026")
				.param("role", "RECOVERY_AGENT")
				.param("scopeKind", "ORGANISATION")
				.param("scopeOrganisationId", unit.id().toString())
				.param("personId", agent.id().toString())
				.with(this.users.as(DemoUsers.ADMINISTRATOR))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.users.load(username).scope().organisationId()).isEqualTo(unit.id());
		assertThat(this.users.load(username).personId()).isEqualTo(agent.id());
	}

	@Test
	void badAccountsAreRefusedBesideTheFieldAndNothingIsWritten() throws Exception {
		Organisation unit = this.organisations.findByCode(DemoUsers.CICADAS_UNIT, Scope.national()).orElseThrow();
		Organisation bnnp = this.organisations.findByCode("BNNP-32", Scope.national()).orElseThrow();
		Person inactive = newAgent(unit);
		this.workforce.deactivate(inactive.id(), "Mengundurkan diri", LocalDate.of(2025, 1, 2), Scope.national());
		int before = userCount();
		// A taken username.
		create("admin", "RECOVERY_AGENT", unit.id(), null).andExpect(status().isOk())
			.andExpect(content().string(containsString("sudah dipakai")));
		// A recovery agent must belong to an IBM unit.
		create("ap-salah-" + suffix(), "RECOVERY_AGENT", bnnp.id(), null).andExpect(status().isOk())
			.andExpect(content().string(containsString("harus ditempatkan di unit IBM")));
		// An inactive person gets no account.
		create("ap-nonaktif-" + suffix(), "RECOVERY_AGENT", unit.id(), inactive.id()).andExpect(status().isOk())
			.andExpect(content().string(containsString("tidak aktif")));
		// An organisation that does not exist.
		create("ap-x-" + suffix(), "RECOVERY_AGENT", UUID.randomUUID(), null).andExpect(status().isOk())
			.andExpect(content().string(containsString("Organisasi tidak ditemukan")));
		assertThat(userCount()).isEqualTo(before);
	}

	@Test
	void aUserOutsideTheAdministratorsScopeIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/users/{id}", UUID.randomUUID()).with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/users/not-a-uuid").with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.ResultActions create(String username, String role, UUID organisationId,
			UUID personId) throws Exception {
		var request = post("/admin/users").param("username", username)
			.param("displayName", "Nama Uji")
			.param("password", "Sandi-Awal-2026")
			.param("role", role)
			.param("scopeKind", "ORGANISATION")
			.param("scopeOrganisationId", organisationId.toString())
			.with(this.users.as(DemoUsers.ADMINISTRATOR))
			.with(csrf());
		if (personId != null) {
			request.param("personId", personId.toString());
		}
		return this.mvc.perform(request);
	}

	private Person newAgent(Organisation unit) {
		return this.workforce.register(new NewPerson(null, "Agen Uji " + suffix(), Sex.FEMALE,
				PersonRole.RECOVERY_AGENT, unit.id(), null, LocalDate.of(2024, 1, 1)), Scope.national());
	}

	private int userCount() {
		return this.jdbc.sql("SELECT COUNT(*) FROM app_user").query(Integer.class).single();
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

}
