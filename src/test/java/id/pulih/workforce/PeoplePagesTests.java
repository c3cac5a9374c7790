package id.pulih.workforce;

import id.pulih.shared.Sex;
import java.math.BigDecimal;
import java.util.UUID;

import id.pulih.access.AccessManagement;
import id.pulih.organisation.Organisations;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.Scope;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The people pages as their users meet them: a rehabilitation officer registers a
 * recovery agent, records the village head's decree and a training; a unit chair and
 * agents see only their own unit; bad input is answered beside the field and leaves
 * nothing written.
 */
@PulihSpringTest
class PeoplePagesTests {

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

	private Person agentOf(UUID unit, String name) {
		return this.workforce.register(new NewPerson(null, name, Sex.FEMALE, PersonRole.RECOVERY_AGENT, unit, null,
				Fixture.today().minusYears(1)), Scope.national());
	}

	@Test
	void anOfficerRegistersAnAgentAndRecordsTheDecreeAndATraining() throws Exception {
		this.mvc
			.perform(get("/people/new").param("organisationId", this.world.unitA.toString())
				.with(this.users.as(this.world.rehab)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + this.world.unitA + "\" selected")));

		MvcResult registered = this.mvc
			.perform(post("/people").param("fullName", "Siti Rahayu")
				.param("sex", "FEMALE")
				.param("role", "RECOVERY_AGENT")
				.param("organisationId", this.world.unitA.toString())
				.param("phone", "0812 3456 7890")
				.param("activeSince", Fixture.today().minusMonths(6).toString())
				.with(csrf())
				.with(this.users.as(this.world.rehab)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "workforce.registered"))
			.andReturn();
		String page = registered.getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(page.substring("/people/".length()));

		this.mvc
			.perform(post(page + "/appointments").param("decreeNumber", "SK 141/12/2026")
				.param("decreeDate", Fixture.today().minusDays(10).toString())
				.param("unitId", this.world.unitA.toString())
				.with(csrf())
				.with(this.users.as(this.world.rehab)))
			.andExpect(redirectedUrl(page));
		this.mvc
			.perform(post(page + "/trainings").param("topic", "Pelatihan dasar agen pemulihan")
				.param("trainedOn", Fixture.today().minusDays(5).toString())
				.param("hours", "16.5")
				.param("organiser", "BNNP Jawa Barat")
				.with(csrf())
				.with(this.users.as(this.world.rehab)))
			.andExpect(redirectedUrl(page));

		this.mvc.perform(get(page).with(this.users.as(this.world.agentA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Siti Rahayu")))
			.andExpect(content().string(containsString("SK 141/12/2026")))
			.andExpect(content().string(containsString("Pelatihan dasar agen pemulihan")))
			.andExpect(content().string(containsString("16,5")))
			// an agent only looks: no forms, no account link
			.andExpect(content().string(not(containsString("/appointments\""))))
			.andExpect(content().string(not(containsString("/admin/users/new"))));

		Person person = this.workforce.get(id, Scope.national());
		assertThat(person.fullName()).isEqualTo("Siti Rahayu");
		assertThat(person.phone()).isEqualTo("0812 3456 7890");
		assertThat(person.appointments()).singleElement().satisfies(a -> {
			assertThat(a.decreeNumber()).isEqualTo("SK 141/12/2026");
			assertThat(a.unitId()).isEqualTo(this.world.unitA);
		});
		assertThat(person.trainings()).singleElement()
			.satisfies(t -> assertThat(t.hours()).isEqualByComparingTo(new BigDecimal("16.5")));
		assertThat(person.createdBy()).isEqualTo(this.world.rehab);
		assertThat(this.world.audits(id, "person.registered")).isOne();
		assertThat(this.world.audits(id, "person.appointed")).isOne();
		assertThat(this.world.audits(id, "person.trainingAdded")).isOne();
	}

	@Test
	void theListSearchesByNameRoleAndStatusAndAnswersHtmxWithTheResultsOnly() throws Exception {
		Person siti = agentOf(this.world.unitA, "Siti Aminah " + this.world.suffix);
		Person other = agentOf(this.world.unitA, "Dewi Lestari " + this.world.suffix);
		this.workforce.deactivate(other.id(), "Pindah kerja", null, Scope.national());

		this.mvc
			.perform(get("/people").param("q", "siti aminah " + this.world.suffix)
				.with(this.users.as(this.world.chairA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("/people/" + siti.id())))
			.andExpect(content().string(not(containsString("/people/" + other.id()))));
		this.mvc
			.perform(get("/people").param("q", this.world.suffix)
				.param("active", "false")
				.param("role", "RECOVERY_AGENT")
				.header("HX-Request", "true")
				.with(this.users.as(this.world.chairA)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"people-results\"")))
			.andExpect(content().string(containsString("/people/" + other.id())))
			.andExpect(content().string(not(containsString("/people/" + siti.id()))));
	}

	@Test
	void anAgentOfOneUnitCannotSeeAPersonOfAnother() throws Exception {
		Person ofB = agentOf(this.world.unitB, "Rina Wati " + this.world.suffix);
		this.mvc.perform(get("/people/" + ofB.id()).with(this.users.as(this.world.agentA)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/people").param("q", "Rina Wati " + this.world.suffix).with(this.users.as(this.world.agentA)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/people/" + ofB.id()))));
		this.mvc.perform(get("/people/" + ofB.id()).with(this.users.as(this.world.agentB)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ofB.fullName())));
		// the unit chair of A cannot change B's people either
		this.mvc
			.perform(post("/people/" + ofB.id() + "/deactivate").param("reason", "Tidak aktif")
				.with(csrf())
				.with(this.users.as(this.world.chairA)))
			.andExpect(status().isNotFound());
		assertThat(this.workforce.get(ofB.id(), Scope.national()).isActive()).isTrue();
		assertThat(this.workforce.find(ofB.id(), this.users.load(this.world.agentA).scope())).isEmpty();
		assertThatThrownBy(() -> this.workforce.get(ofB.id(), this.users.load(this.world.chairA).scope()))
			.isInstanceOf(RecordNotFound.class);
	}

	@Test
	void agentsLookButDoNotChange() throws Exception {
		Person person = agentOf(this.world.unitA, "Tono " + this.world.suffix);
		this.mvc.perform(get("/people/new").with(this.users.as(this.world.agentA))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/people/" + person.id() + "/deactivate").param("reason", "x")
				.with(csrf())
				.with(this.users.as(this.world.agentA)))
			.andExpect(status().isForbidden());
		assertThat(this.workforce.get(person.id(), Scope.national()).isActive()).isTrue();
	}

	@Test
	void onlyAnAdministratorIsOfferedToCreateAUserAccount() throws Exception {
		Person person = agentOf(this.world.unitA, "Agus " + this.world.suffix);
		String link = "/admin/users/new?personId=" + person.id() + "&amp;organisationId=" + this.world.unitA;
		this.mvc.perform(get("/people/" + person.id()).with(this.users.as(this.world.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(link)));
		this.mvc.perform(get("/people/" + person.id()).with(this.users.as(this.world.rehab)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-confirm=")))
			.andExpect(content().string(not(containsString("/admin/users/new"))));
	}

	@Test
	void registeringOutsideTheScopeIsRefusedBesideTheFieldAndWritesNothing() throws Exception {
		long before = this.world.peopleIn(this.world.unitB);
		this.mvc
			.perform(post("/people").param("fullName", "Joko")
				.param("sex", "MALE")
				.param("role", "RECOVERY_AGENT")
				.param("organisationId", this.world.unitB.toString())
				.with(csrf())
				.with(this.users.as(this.world.chairA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"organisationId-error\"")))
			.andExpect(content().string(containsString("di luar wilayah kerja Anda")))
			.andExpect(content().string(containsString("value=\"Joko\"")));
		// a recovery agent must belong to an IBM unit, not to the BNNK
		this.mvc
			.perform(post("/people").param("fullName", "Joko")
				.param("sex", "MALE")
				.param("role", "RECOVERY_AGENT")
				.param("organisationId", this.world.bnnk.toString())
				.with(csrf())
				.with(this.users.as(this.world.rehab)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Agen pemulihan harus terdaftar di unit IBM")));
		assertThat(this.world.peopleIn(this.world.unitB)).isEqualTo(before);
		assertThat(this.world.peopleIn(this.world.bnnk)).isZero();
	}

	@Test
	void aDecreeDatedInTheFutureIsRefusedAndNothingIsWritten() throws Exception {
		Person person = agentOf(this.world.unitA, "Wati " + this.world.suffix);
		this.mvc
			.perform(post("/people/" + person.id() + "/appointments").param("decreeNumber", "SK 9/2030")
				.param("decreeDate", Fixture.today().plusDays(5).toString())
				.param("unitId", this.world.unitA.toString())
				.with(csrf())
				.with(this.users.as(this.world.rehab)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"decreeDate-error\"")))
			.andExpect(content().string(containsString("Tanggal tidak boleh di masa depan.")))
			.andExpect(content().string(containsString("value=\"SK 9/2030\"")));
		assertThat(this.world.appointmentsOf(person.id())).isZero();
		assertThat(this.world.audits(person.id(), "person.appointed")).isZero();
	}

	@Test
	void trainingHoursOutOfRangeAreRefused() throws Exception {
		Person person = agentOf(this.world.unitA, "Yanti " + this.world.suffix);
		for (String hours : new String[] { "0", "1000", "2.25" }) {
			this.mvc
				.perform(post("/people/" + person.id() + "/trainings").param("topic", "Konseling")
					.param("trainedOn", Fixture.today().toString())
					.param("hours", hours)
					.with(csrf())
					.with(this.users.as(this.world.rehab)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"hours-error\"")));
		}
		this.mvc
			.perform(post("/people/" + person.id() + "/trainings").param("topic", "Konseling")
				.param("trainedOn", Fixture.today().toString())
				.param("hours", "delapan")
				.with(csrf())
				.with(this.users.as(this.world.rehab)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lama pelatihan harus berupa angka")));
		assertThat(this.world.trainingsOf(person.id())).isZero();
	}

	@Test
	void deactivationNeedsAReasonAndThenRefusesWork() throws Exception {
		Person person = agentOf(this.world.unitA, "Bayu " + this.world.suffix);
		this.mvc
			.perform(post("/people/" + person.id() + "/deactivate").param("reason", " ")
				.param("since", "")
				.with(csrf())
				.with(this.users.as(this.world.chairA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\"")))
			.andExpect(content().string(containsString("Alasan wajib diisi.")));
		assertThat(this.workforce.get(person.id(), Scope.national()).isActive()).isTrue();
		this.workforce.requireActive(person.id());

		this.mvc
			.perform(post("/people/" + person.id() + "/deactivate").param("reason", "Pindah ke luar kota")
				.param("since", Fixture.today().toString())
				.with(csrf())
				.with(this.users.as(this.world.chairA)))
			.andExpect(redirectedUrl("/people/" + person.id()));
		Person inactive = this.workforce.get(person.id(), Scope.national());
		assertThat(inactive.isActive()).isFalse();
		assertThat(inactive.inactiveReason()).isEqualTo("Pindah ke luar kota");
		assertThatThrownBy(() -> this.workforce.requireActive(person.id())).isInstanceOfSatisfying(RuleViolation.class,
				ex -> {
					assertThat(ex.field()).isEqualTo("personId");
					assertThat(ex.messageKey()).isEqualTo("workforce.error.inactive");
				});
		assertThatThrownBy(() -> this.workforce.requireActive(UUID.randomUUID())).isInstanceOf(RecordNotFound.class);

		// An inactive agent cannot be appointed: the form says why, nothing is written.
		this.mvc
			.perform(post("/people/" + person.id() + "/appointments").param("decreeNumber", "SK 3/2026")
				.param("decreeDate", Fixture.today().toString())
				.param("unitId", this.world.unitA.toString())
				.with(csrf())
				.with(this.users.as(this.world.chairA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("nonaktif dan tidak dapat diberi tugas")))
			.andExpect(content().string(containsString("Petugas nonaktif tidak dapat diangkat dengan SK baru.")));
		assertThat(this.world.appointmentsOf(person.id())).isZero();

		this.mvc
			.perform(post("/people/" + person.id() + "/reactivate").with(csrf()).with(this.users.as(this.world.chairA)))
			.andExpect(redirectedUrl("/people/" + person.id()))
			.andExpect(flash().attribute("message", "workforce.reactivated"));
		this.workforce.requireActive(person.id());
		assertThat(this.world.audits(person.id(), "person.deactivated")).isOne();
		assertThat(this.world.audits(person.id(), "person.reactivated")).isOne();
	}

	@Test
	void editingCorrectsNameAndPhone() throws Exception {
		Person person = agentOf(this.world.unitA, "Nur " + this.world.suffix);
		this.mvc
			.perform(post("/people/" + person.id()).param("fullName", "")
				.param("sex", "FEMALE")
				.with(csrf())
				.with(this.users.as(this.world.rehab)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nama lengkap wajib diisi.")));
		this.mvc
			.perform(post("/people/" + person.id()).param("fullName", "Nur Aini " + this.world.suffix)
				.param("sex", "FEMALE")
				.param("phone", "+62 812 000 111")
				.with(csrf())
				.with(this.users.as(this.world.rehab)))
			.andExpect(redirectedUrl("/people/" + person.id()));
		Person edited = this.workforce.get(person.id(), Scope.national());
		assertThat(edited.fullName()).isEqualTo("Nur Aini " + this.world.suffix);
		assertThat(edited.phone()).isEqualTo("+62 812 000 111");
		assertThat(this.world.audits(person.id(), "person.edited")).isOne();
	}

	@Test
	void countsAndListsFollowTheScope() {
		Person a = agentOf(this.world.unitA, "Ani " + this.world.suffix);
		agentOf(this.world.unitB, "Beni " + this.world.suffix);
		Person chair = this.workforce.register(new NewPerson(null, "Citra " + this.world.suffix, Sex.FEMALE,
				PersonRole.UNIT_CHAIR, this.world.unitA, null, null), Scope.national());
		this.workforce.deactivate(a.id(), "Berhenti", null, Scope.national());

		Scope unitA = this.users.load(this.world.agentA).scope();
		Scope bnnk = this.users.load(this.world.rehab).scope();
		assertThat(this.workforce.countActive(unitA, PersonRole.RECOVERY_AGENT)).isZero();
		assertThat(this.workforce.countActive(unitA, PersonRole.UNIT_CHAIR)).isOne();
		assertThat(this.workforce.countActive(bnnk, null)).isEqualTo(2);
		assertThat(this.workforce.ofOrganisation(this.world.unitA, unitA)).extracting(PersonSummary::fullName)
			.containsExactly(chair.fullName(), a.fullName());
		assertThat(this.workforce.ofOrganisation(this.world.unitB, unitA)).isEmpty();
		assertThat(this.workforce.search(bnnk, this.world.suffix, null, this.world.unitB, true, 10)).singleElement()
			.satisfies(s -> assertThat(s.organisationName()).startsWith("IBM Cicadas"));
	}

}
