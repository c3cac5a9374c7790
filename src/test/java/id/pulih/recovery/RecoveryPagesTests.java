package id.pulih.recovery;

import java.util.HashMap;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pathway pages as an agent uses them on a phone: the screening form one section at a
 * time (answers carried along, errors beside the question, typed values kept) or as one
 * long form, the result, enrolment, the pathway page with its forms, the WHOQOL-BREF
 * form, the worklist and the home page. Rehabilitation officers may look; programme
 * managers may not; another unit's agent finds nothing.
 */
@PulihSpringTest
class RecoveryPagesTests {

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

	private MockHttpServletRequestBuilder postForm(String path, Map<String, String> fields, String username) {
		MockHttpServletRequestBuilder request = post(path).with(csrf()).with(this.users.as(username));
		fields.forEach(request::param);
		return request;
	}

	@Test
	void theScreeningFormGoesOneSectionAtATimeAndKeepsTheAnswers() throws Exception {
		Client client = this.world.client();
		String path = "/clients/" + client.id() + "/screening";
		this.mvc.perform(get(path).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Penggunaan sepanjang hidup")))
			.andExpect(content().string(containsString(">Bagian 1<")))
			.andExpect(content().string(containsString(">Lanjut<")))
			.andExpect(content().string(containsString("name=\"substances.cannabis.q1\"")))
			.andExpect(content().string(not(containsString("name=\"substances.cannabis.q2\""))));

		// Q1 incomplete: the same section again, the missing answer marked, the given
		// kept
		Map<String, String> partial = new HashMap<>(Map.of("section", "lifetime", "step", "next", "screenedOn",
				this.world.today.toString(), "substances.alcohol.q1", "YES"));
		this.mvc.perform(postForm(path, partial, DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("role=\"alert\" id=\"substances.tobacco.q1-error\"")))
			.andExpect(content().string(containsString("Pertanyaan ini harus dijawab.")))
			.andExpect(content().string(containsString("value=\"YES\" checked")));

		// Q1 complete: on to tobacco, the lifetime answers carried in hidden fields
		Map<String, String> lifetime = new HashMap<>();
		Answers.lowRisk().forEach((item, answer) -> {
			if (item.endsWith(".q1")) {
				lifetime.put(item, answer);
			}
		});
		lifetime.putAll(Map.of("section", "lifetime", "step", "next", "screenedOn", this.world.today.toString()));
		this.mvc.perform(postForm(path, lifetime, DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bagian 2 dari 4")))
			.andExpect(content().string(containsString("type=\"hidden\" name=\"substances.alcohol.q1\" value=\"YES\"")))
			.andExpect(content().string(containsString("name=\"substances.tobacco.q2\"")))
			.andExpect(content()
				.string(containsString("Dalam 3 bulan terakhir, seberapa sering Anda menggunakan produk tembakau?")));

		// the last section saves; a missing answer elsewhere brings its section back
		Map<String, String> allButOne = new HashMap<>(Answers.lowRisk());
		allButOne.remove("substances.alcohol.q6");
		allButOne.putAll(Map.of("section", "injection", "step", "save", "screenedOn", this.world.today.toString()));
		this.mvc.perform(postForm(path, allButOne, DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"substances.alcohol.q6-error\"")))
			.andExpect(
					content().string(containsString("name=\"substances.alcohol.q2\" value=\"ONCE_OR_TWICE\" checked")));
		assertThat(this.world.screeningsOf(client.id())).isZero();

		Map<String, String> complete = new HashMap<>(Answers.lowRisk());
		complete.putAll(Map.of("section", "injection", "step", "save", "screenedOn", this.world.today.toString()));
		MvcResult saved = this.mvc.perform(postForm(path, complete, DemoUsers.RECOVERY_AGENT))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/recovery/screenings/*"))
			.andExpect(flash().attribute("message", "recovery.screening.saved"))
			.andReturn();
		this.mvc.perform(get(saved.getResponse().getRedirectedUrl()).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Risiko rendah")))
			.andExpect(content().string(containsString("Layanan IBM")))
			.andExpect(content().string(containsString("Risiko tinggi")))
			.andExpect(content().string(containsString("Daftarkan ke layanan IBM")));
		assertThat(this.world.screeningsOf(client.id())).isOne();
	}

	@Test
	void theLongFormDropsAnswersToQuestionsThatWereNotAsked() throws Exception {
		Client client = this.world.client();
		String path = "/clients/" + client.id() + "/screening";
		this.mvc.perform(get(path).param("all", "true").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"substances.opioids.q7\"")))
			.andExpect(content().string(containsString("name=\"q8Pattern\"")));
		Map<String, String> form = new HashMap<>(Answers.highRisk());
		form.put("substances.cannabis.q4", "WEEKLY");
		form.putAll(Map.of("all", "true", "section", "lifetime", "step", "save", "screenedOn",
				this.world.today.minusDays(1).toString()));
		this.mvc.perform(postForm(path, form, DemoUsers.UNIT_CHAIR)).andExpect(status().is3xxRedirection());
		Screening screening = this.screenings.latestOf(client.id(), this.world.chair.scope()).orElseThrow();
		assertThat(screening.answers()).doesNotContainKey("substances.cannabis.q4");
		assertThat(screening.referralRecommended()).isTrue();
		this.mvc.perform(get("/recovery/screenings/" + screening.id()).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rujukan direkomendasikan")))
			.andExpect(content().string(containsString("Tetap daftarkan (dengan alasan)")));
	}

	@Test
	void aDateInTheFutureIsShownBesideTheField() throws Exception {
		Client client = this.world.client();
		Map<String, String> complete = new HashMap<>(Answers.lowRisk());
		complete.putAll(Map.of("all", "true", "section", "lifetime", "step", "save", "screenedOn",
				this.world.today.plusDays(2).toString()));
		this.mvc.perform(postForm("/clients/" + client.id() + "/screening", complete, DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"screenedOn-error\"")))
			.andExpect(content().string(containsString("Tanggal tidak boleh di masa depan.")))
			.andExpect(content().string(containsString("value=\"" + this.world.today.plusDays(2) + "\"")));
		assertThat(this.world.screeningsOf(client.id())).isZero();
	}

	@Test
	void enrolmentAndThePathwayPage() throws Exception {
		Client client = this.world.client();
		this.world.screen(client, Answers.lowRisk(), this.world.today.minusDays(9));
		this.mvc
			.perform(get("/recovery/clients/" + client.id() + "/enrolment")
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + this.world.today.minusDays(9) + "\"")))
			.andExpect(content().string(containsString("value=\"" + this.world.agent.personId() + "\" selected")));
		MvcResult enrolled = this.mvc
			.perform(postForm("/recovery/clients/" + client.id() + "/enrolment",
					Map.of("agentId", this.world.agent.personId().toString(), "startedOn",
							this.world.today.minusDays(9).toString()),
					DemoUsers.RECOVERY_AGENT))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/recovery/enrolments/*"))
			.andReturn();
		String page = enrolled.getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));

		this.mvc.perform(get(page).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("minggu ke-2")))
			.andExpect(content().string(containsString("aria-current=\"date\"")))
			.andExpect(content().string(containsString("Penerimaan awal dan intervensi")))
			.andExpect(content().string(containsString("Catat layanan")))
			.andExpect(content().string(containsString("data-confirm=")))
			.andExpect(content().string(containsString("Ukur WHOQOL-BREF awal")));

		// a session in the future: the message beside the date, what was typed kept,
		// nothing
		// written
		this.mvc
			.perform(postForm(page + "/sessions",
					Map.of("sessionType", "KIE", "heldOn", this.world.today.plusDays(1).toString(), "durationMinutes",
							"45", "notes", "Materi bahaya narkoba", "agentId", this.world.agent.personId().toString()),
					DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"heldOn-error\"")))
			.andExpect(content().string(containsString("Tanggal tidak boleh di masa depan.")))
			.andExpect(content().string(containsString("Materi bahaya narkoba")));
		assertThat(this.world.sessionsOf(id)).isZero();
		this.mvc
			.perform(postForm(page + "/sessions",
					Map.of("sessionType", "KIE", "heldOn", this.world.today.toString(), "durationMinutes", "45",
							"agentId", this.world.agent.personId().toString()),
					DemoUsers.RECOVERY_AGENT))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "recovery.session.saved"));
		assertThat(this.world.sessionsOf(id)).isOne();

		// completion without the requirements: refused beside the exception field
		this.mvc
			.perform(postForm(page + "/outcome",
					Map.of("outcome", "COMPLETED", "outcomeOn", this.world.today.toString()), DemoUsers.RECOVERY_AGENT))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"completionOverride-error\"")));
		assertThat(this.pathways.get(id, this.world.agent.scope()).isOpen()).isTrue();

		// the rehabilitation officer looks but changes nothing; others may not look
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.REHABILITATION_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Catat layanan"))));
		this.mvc.perform(postForm(page + "/sessions", Map.of("sessionType", "KIE"), DemoUsers.REHABILITATION_OFFICER))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.PROGRAMME_MANAGER))).andExpect(status().isForbidden());
		this.mvc.perform(get(page).with(this.users.as(DemoUsers.OTHER_RECOVERY_AGENT)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/clients/" + client.id() + "/screening").with(this.users.as(DemoUsers.OTHER_RECOVERY_AGENT)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theWhoqolFormSavesTheIntake() throws Exception {
		Enrolment enrolment = this.world.enrolled(this.world.today.minusDays(8));
		String path = "/recovery/enrolments/" + enrolment.id() + "/whoqol";
		this.mvc.perform(get(path).param("timing", "INTAKE").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bagaimana Anda menilai kualitas hidup Anda?")))
			.andExpect(content().string(containsString("Bagian 1 dari 5")));
		Map<String, String> form = new HashMap<>(Answers.whoqol(4));
		form.putAll(Map.of("timing", "INTAKE", "all", "true", "section", "general", "step", "save", "assessedOn",
				this.world.today.toString()));
		this.mvc.perform(postForm(path, form, DemoUsers.RECOVERY_AGENT))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "recovery.whoqol.saved"));
		assertThat(this.pathways.get(enrolment.id(), this.world.agent.scope()).whoqol(WhoqolTiming.INTAKE)).isPresent();
		this.mvc.perform(get("/recovery/enrolments/" + enrolment.id()).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("16.00")))
			.andExpect(content().string(containsString("Ukur WHOQOL-BREF akhir")));
	}

	@Test
	void theWorklistAndTheHomePageShowWhatIsDue() throws Exception {
		Enrolment late = this.world.enrolled(this.world.today.minusDays(20));
		this.mvc.perform(get("/recovery/worklist").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Terlambat (")))
			.andExpect(content().string(containsString("/recovery/enrolments/" + late.id())))
			.andExpect(content().string(containsString("WHOQOL-BREF awal")));
		this.mvc
			.perform(get("/recovery/worklist").param("unitId", this.world.unit.toString())
				.with(this.users.as(DemoUsers.REHABILITATION_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/recovery/enrolments/" + late.id())));
		this.mvc
			.perform(get("/recovery/worklist").param("unitId", this.world.unit.toString())
				.with(this.users.as(DemoUsers.OTHER_RECOVERY_AGENT)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pekerjaan minggu ini")))
			.andExpect(content().string(containsString("Tidak ditemui 14 hari atau lebih")));
		this.mvc.perform(get("/").with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Pekerjaan minggu ini"))));
		this.mvc
			.perform(get("/recovery/clients").param("uic", late.clientUic().substring(0, 6))
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(late.clientUic())));
	}

}
