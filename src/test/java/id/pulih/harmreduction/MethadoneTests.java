package id.pulih.harmreduction;

import java.time.LocalDate;
import java.util.Map;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The methadone course: doses within the configured bounds (5 to 200 mg by default), what
 * a dose draws from stock (the observed dose and every take-home dose), the days a dose
 * covers, and the rule that three missed days in a row stop the next dose until a health
 * worker records a clinical review.
 */
@PulihSpringTest
class MethadoneTests {

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
	private OstCourses courses;

	@Autowired
	private JdbcClient jdbc;

	private HarmReductionWorld world;

	private HarmReductionWorld.Facility pkm;

	private PulihUser nurse;

	@BeforeEach
	void createWorld() {
		this.world = new HarmReductionWorld(this.users, this.clients, this.organisations, this.workforce, this.access,
				this.ledger, this.levels, this.visits, this.jdbc);
		this.pkm = this.world.facility();
		this.nurse = this.world.load(this.pkm.nurse());
		this.world.stock(this.pkm.id(), this.nurse, Commodities.METHADONE, 10_000);
	}

	private Visit dose(Client client, LocalDate on, int mg, boolean observed, int takeHome) {
		return this.visits.record(new NewVisit(null, client.id(), null, on, null, null, null,
				new NewVisit.Methadone(mg, observed, takeHome), null, null, null, null, null, null, null, null, null),
				this.nurse);
	}

	@Test
	void aDoseOutsideTheBoundsIsRefusedAndNothingIsWritten() throws Exception {
		Client client = this.world.client(this.nurse);
		Map<String, Object> body = Map.of("clientId", client.id(), "methadone",
				Map.of("doseMg", 250, "observed", true));
		this.mvc
			.perform(post("/api/v1/harm-reduction/visits").contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(body))
				.with(this.users.as(this.pkm.nurse())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("methadone.doseMg"))
			.andExpect(jsonPath("$.detail").value("Dosis metadon harus antara 5 dan 200 mg."));
		assertThatThrownBy(() -> dose(client, this.world.today, 2, true, 0)).isInstanceOfSatisfying(RuleViolation.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("harmreduction.error.doseOutOfBounds"));
		assertThatThrownBy(() -> dose(client, this.world.today, 60, true, 8)).isInstanceOfSatisfying(
				RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("methadone.takeHomeDoses"));
		assertThatThrownBy(() -> dose(client, this.world.today, 60, false, 0)).isInstanceOfSatisfying(
				RuleViolation.class, ex -> assertThat(ex.messageKey()).isEqualTo("harmreduction.error.noDoseGiven"));
		assertThat(this.world.count("SELECT COUNT(*) FROM hr_visit WHERE client_id = ?", client.id())).isZero();
		assertThat(this.world.count("SELECT COUNT(*) FROM hr_ost_course WHERE client_id = ?", client.id())).isZero();
		assertThat(this.world.usable(this.pkm.id(), Commodities.METHADONE)).isEqualTo(10_000);

		// The same rule on the page: the message beside the field, the typed dose kept.
		this.mvc
			.perform(post("/harm-reduction/visits").with(csrf())
				.with(this.users.as(this.pkm.nurse()))
				.param("who", "CLIENT")
				.param("clientId", client.id().toString())
				.param("arrival", "WALK_IN")
				.param("visitOn", this.world.today.toString())
				.param("methadone", "true")
				.param("methadoneDoseMg", "250")
				.param("methadoneObserved", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dosis metadon harus antara 5 dan 200 mg.")))
			.andExpect(content().string(containsString("value=\"250\"")));
		assertThat(this.world.count("SELECT COUNT(*) FROM hr_visit WHERE client_id = ?", client.id())).isZero();
	}

	@Test
	void aDoseDrawsTheObservedAndTakeHomeDosesAndCoversTheirDays() {
		Client client = this.world.client(this.nurse);
		Visit visit = dose(client, this.world.today.minusDays(6), 60, true, 2);
		assertThat(visit.methadone().coveredUntil()).isEqualTo(this.world.today.minusDays(4));
		assertThat(this.world.usable(this.pkm.id(), Commodities.METHADONE)).isEqualTo(10_000 - 180);
		// Two days without a dose (today - 3, today - 2) stay below the review threshold.
		Visit next = dose(client, this.world.today.minusDays(1), 70, false, 2);
		assertThat(next.methadone().missedDaysBefore()).isEqualTo(2);
		assertThat(next.methadone().coveredUntil()).isEqualTo(this.world.today);
		assertThat(this.world.usable(this.pkm.id(), Commodities.METHADONE)).isEqualTo(10_000 - 180 - 140);
		OstCourses.Standing standing = this.courses.standingOf(client.id(), this.nurse).orElseThrow();
		assertThat(standing.course().currentDoseMg()).isEqualTo(70);
		assertThat(standing.doses()).isEqualTo(2);
		assertThat(standing.missedNow()).isZero();
		assertThat(standing.missedInCourse()).isEqualTo(2);
		assertThat(standing.reviewRequired()).isFalse();
		assertThatThrownBy(() -> dose(client, this.world.today.minusDays(1), 70, true, 0)).isInstanceOfSatisfying(
				RuleViolation.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("harmreduction.error.doseAlreadyGiven"));
	}

	@Test
	void noDoseIsGivenForADayAnotherDoseAlreadyCovers() throws Exception {
		Client client = this.world.client(this.nurse);
		// Observed three days ago with two take-home doses: covered up to yesterday.
		dose(client, this.world.today.minusDays(3), 60, true, 2);
		long before = this.world.usable(this.pkm.id(), Commodities.METHADONE);
		Map<String, Object> body = Map.of("clientId", client.id(), "visitOn", this.world.today.minusDays(1).toString(),
				"methadone", Map.of("doseMg", 60, "observed", true));
		this.mvc
			.perform(post("/api/v1/harm-reduction/visits").contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(body))
				.with(this.users.as(this.pkm.nurse())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("methadone.doseMg"))
			.andExpect(jsonPath("$.detail").value(containsString(this.world.today.minusDays(1).toString())))
			.andExpect(jsonPath("$.detail").value(containsString("dua kali")));
		// On the form, beside the dose, with what was typed.
		this.mvc
			.perform(post("/harm-reduction/visits").with(csrf())
				.with(this.users.as(this.pkm.nurse()))
				.param("who", "CLIENT")
				.param("clientId", client.id().toString())
				.param("arrival", "WALK_IN")
				.param("visitOn", this.world.today.minusDays(2).toString())
				.param("methadone", "true")
				.param("methadoneDoseMg", "65")
				.param("methadoneObserved", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"methadoneDoseMg-error\"")))
			.andExpect(content().string(containsString("Tanggal ini sudah tercakup dosis metadon lain")))
			.andExpect(content().string(containsString("value=\"65\"")));
		// A dose recorded late for an earlier day may not run into days a later dose
		// covers.
		assertThatThrownBy(() -> dose(client, this.world.today.minusDays(5), 60, true, 2))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("harmreduction.error.alreadyCovered");
				assertThat(ex.field()).isEqualTo("methadone.doseMg");
			});
		assertThat(this.world.count("SELECT COUNT(*) FROM hr_visit WHERE client_id = ?", client.id())).isOne();
		assertThat(this.world.usable(this.pkm.id(), Commodities.METHADONE)).isEqualTo(before);
		// The day after the last covered day is fine, and so is an earlier day not
		// covered.
		assertThat(dose(client, this.world.today, 60, true, 0).methadone().missedDaysBefore()).isZero();
		assertThat(dose(client, this.world.today.minusDays(5), 60, true, 1).methadone().coveredUntil())
			.isEqualTo(this.world.today.minusDays(4));
	}

	@Test
	void threeMissedDaysStopTheNextDoseUntilAClinicalReview() throws Exception {
		Client client = this.world.client(this.nurse);
		dose(client, this.world.today.minusDays(4), 60, true, 0);
		OstCourses.Standing standing = this.courses.standingOf(client.id(), this.nurse).orElseThrow();
		assertThat(standing.missedNow()).isEqualTo(3);
		assertThat(standing.reviewRequired()).isTrue();
		long before = this.world.usable(this.pkm.id(), Commodities.METHADONE);

		assertThatThrownBy(() -> dose(client, this.world.today, 60, true, 0))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("harmreduction.error.reviewRequired");
				assertThat(ex.field()).isEqualTo("methadone.doseMg");
			});
		assertThat(this.world.count("SELECT COUNT(*) FROM hr_visit WHERE client_id = ?", client.id())).isOne();
		assertThat(this.world.usable(this.pkm.id(), Commodities.METHADONE)).isEqualTo(before);
		this.mvc.perform(get("/harm-reduction/clients/" + client.id()).with(this.users.as(this.pkm.nurse())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"missed-now\">3<")))
			.andExpect(content().string(containsString("id=\"review-required\"")));

		// A field officer may not review; a health worker does, on the page.
		assertThatThrownBy(() -> this.courses.review(client.id(), new OstCourses.NewReview(null, "Klien sakit", 50),
				this.world.load(this.pkm.officer())))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		this.mvc
			.perform(post("/harm-reduction/clients/" + client.id() + "/ost/review").with(csrf())
				.with(this.users.as(this.pkm.nurse()))
				.param("reviewedOn", this.world.today.toString())
				.param("reviewNote", "Klien dirawat di rumah sakit tiga hari; dosis diturunkan.")
				.param("newDoseMg", "50"))
			.andExpect(status().is3xxRedirection());

		Visit accepted = dose(client, this.world.today, 50, true, 0);
		assertThat(accepted.methadone().missedDaysBefore()).isEqualTo(3);
		assertThat(this.world.usable(this.pkm.id(), Commodities.METHADONE)).isEqualTo(before - 50);
		OstCourses.Standing after = this.courses.standingOf(client.id(), this.nurse).orElseThrow();
		assertThat(after.reviewRequired()).isFalse();
		assertThat(after.course().reviews()).hasSize(1);
		assertThat(after.course().currentDoseMg()).isEqualTo(50);
		this.mvc
			.perform(
					get("/api/v1/harm-reduction/clients/" + client.id() + "/ost").with(this.users.as(this.pkm.nurse())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.missedInCourse").value(3))
			.andExpect(jsonPath("$.missedNow").value(0))
			.andExpect(jsonPath("$.reviews[0].newDoseMg").value(50));
	}

	@Test
	void aReviewNeedsFindingsAndADoseWithinBounds() throws Exception {
		Client client = this.world.client(this.nurse);
		dose(client, this.world.today.minusDays(1), 60, true, 0);
		this.mvc
			.perform(post("/api/v1/harm-reduction/clients/" + client.id() + "/ost/review")
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(Map.of("note", "Stabil", "newDoseMg", 500)))
				.with(this.users.as(this.pkm.nurse())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("newDoseMg"));
		this.mvc
			.perform(post("/harm-reduction/clients/" + client.id() + "/ost/review").with(csrf())
				.with(this.users.as(this.pkm.nurse()))
				.param("reviewedOn", this.world.today.toString())
				.param("reviewNote", "")
				.param("newDoseMg", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tulis angka bulat.")));
		assertThat(this.courses.courseOf(client.id(), this.nurse).orElseThrow().reviews()).isEmpty();
	}

}
