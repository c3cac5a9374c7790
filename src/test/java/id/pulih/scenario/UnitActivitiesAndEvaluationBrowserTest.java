package id.pulih.scenario;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import id.pulih.demo.DemoUsers;
import id.pulih.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 5's acceptance, on a phone-sized Chromium window and only through the pages.
 * <p>
 * The recovery agent of IBM Desa Cicadas records a socialization (45 people), a mapping
 * and an outreach (12 people reached, 3 potential clients); the unit's page counts them.
 * The BNNK Bogor officer then assesses the unit with the phase checklist twice: 5
 * criteria met (Phase 1), then 9 (Phase 2), and enters two community benefit surveys. The
 * unit's page shows the phase history ending Phase 1 then Phase 2, and the mean of each
 * statement over the two surveys.
 */
class UnitActivitiesAndEvaluationBrowserTest extends BrowserTest {

	private static final List<String> CHECKLIST = List.of("OI1", "OI2", "OI3", "OI4", "GS1", "GS2", "GS3", "GS4", "SR1",
			"SR2", "SR3", "SR4", "ME1", "ME2", "ME3", "ME4", "LP1", "LP2", "LP3", "LP4");

	private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));

	@Test
	void anAgentsActivitiesAndAnOfficersAssessmentAndSurveysShowOnTheUnitPage() {
		this.page.onDialog(Dialog::accept);

		// The agent records three activities of the unit.
		signIn(DemoUsers.OTHER_RECOVERY_AGENT);
		this.page.navigate("/");
		String unitPath = this.page.locator("main a[href^='/organisations/']").first().getAttribute("href");
		String unitId = unitPath.substring(unitPath.lastIndexOf('/') + 1);

		activity("SOCIALIZATION", this.today.minusDays(3));
		this.page.locator("#audience").selectOption("COMMUNITY");
		this.page.locator("#peopleReached").fill("45");
		save();
		assertThat(this.page.locator("#people-reached")).containsText("45");

		activity("MAPPING", this.today.minusDays(2));
		this.page.locator("#areasCovered").fill("RW 03, RW 05, Kampung Cicadas Hilir");
		this.page.locator("#mappingMethod").selectOption("INTERVIEW_VILLAGE_HEAD");
		this.page.locator("#hotSpots").fill("2");
		save();

		activity("OUTREACH", this.today.minusDays(1));
		this.page.locator("#peopleReached").fill("12");
		this.page.locator("#potentialClients").fill("3");
		save();
		assertThat(this.page.locator("#people-reached")).containsText("12");

		this.page.navigate(unitPath);
		Locator activities = this.page.locator("#activity-section");
		assertThat(activities).isVisible();
		assertThat(activities.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Sosialisasi")))
			.containsText("45");
		assertThat(activities.locator("ul li")).not().hasCount(0);
		screenshot("unit-1-activities");
		signOut();

		// The BNNK officer assesses the unit: Phase 1, then Phase 2.
		signIn(DemoUsers.REHABILITATION_OFFICER);
		assess(unitId, this.today.minusDays(1), Set.of("OI1", "OI2", "GS1", "SR1", "ME1"));
		assertThat(this.page.locator("#assessment-result")).containsText("Fase 1 (Rintisan)");
		assess(unitId, this.today, Set.of("OI1", "OI2", "OI3", "OI4", "GS1", "GS2", "GS3", "GS4", "SR1"));
		assertThat(this.page.locator("#assessment-result")).containsText("Fase 2 (Tumbuh)");

		// Two community benefit surveys.
		survey(unitId, new int[] { 4, 3, 3, 2, 4, 3 });
		survey(unitId, new int[] { 3, 3, 2, 2, 4, 4 });
		assertThat(this.page.locator("#mean-B1")).containsText("3.50");
		assertThat(this.page.locator("#mean-B3")).containsText("2.50");
		assertThat(this.page.locator("#mean-B6")).containsText("3.50");
		assertThat(this.page.locator("#benefit")).containsText("Dari 2 jawaban");

		// The unit's page: the phase history ends Phase 1 then Phase 2; the survey means.
		this.page.navigate(unitPath);
		Locator phases = this.page.locator("section[aria-labelledby=phases-title] tbody tr");
		int rows = phases.count();
		assertThat(phases.nth(rows - 2)).containsText("Fase 1 (Rintisan)");
		assertThat(phases.nth(rows - 1)).containsText("Fase 2 (Tumbuh)");
		assertThat(phases.nth(rows - 1)).hasAttribute("aria-current", "true");
		Locator evaluation = this.page.locator("section#evaluation");
		assertThat(evaluation).containsText("3.50");
		assertThat(evaluation).containsText("2.50");
		screenshot("unit-2-evaluation");
	}

	private void activity(String kind, LocalDate on) {
		this.page.navigate("/activities/new?kind=" + kind);
		this.page.locator("#heldOn").fill(on.toString());
	}

	private void save() {
		this.page.locator("#save").click();
		assertThat(this.page).hasURL(Pattern.compile(".*/activities/[0-9a-f-]{36}$"));
	}

	private void assess(String unitId, LocalDate on, Set<String> met) {
		this.page.navigate("/evaluation/units/" + unitId + "/assessments/new");
		Locator form = this.page.locator("#assessment-form");
		form.locator("#assessedOn").fill(on.toString());
		for (String item : CHECKLIST) {
			form.locator("#q_" + item + (met.contains(item) ? "_1" : "_0")).check();
		}
		form.locator("#save").click();
		assertThat(this.page).hasURL(Pattern.compile(".*/evaluation/units/" + unitId + "$"));
	}

	private void survey(String unitId, int[] answers) {
		this.page.navigate("/evaluation/units/" + unitId + "/benefit-surveys/new");
		Locator form = this.page.locator("#benefit-form");
		form.locator("#respondedOn").fill(this.today.toString());
		form.locator("#respondentType").selectOption("COMMUNITY_MEMBER");
		for (int i = 0; i < answers.length; i++) {
			form.locator("#q_B" + (i + 1) + "_" + answers[i]).check();
		}
		form.locator("#save").click();
		assertThat(this.page).hasURL(Pattern.compile(".*/evaluation/units/" + unitId + "$"));
	}

}
