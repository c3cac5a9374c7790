package id.pulih.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.pulih.demo.DemoUsers;
import id.pulih.organisation.Organisations;
import id.pulih.reporting.rollup.Rollups;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reports API and the downloads: figures come back as JSON with their columns and
 * coordinates, exact within the caller's scope and published beyond it; an unknown report
 * or an organisation outside the scope is not found; a bad period names its parameter;
 * every download format answers a file.
 */
@PulihSpringTest
class ReportApiTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private Rollups rollups;

	@Autowired
	private Organisations organisations;

	@Autowired
	private Reports reports;

	@Autowired
	private ReportRequests requests;

	@BeforeEach
	void rollUp() {
		this.rollups.refresh();
	}

	@Test
	void theSameReportIsReadOnceUntilTheRollupsMoveOn() {
		ReportParameters parameters = new ReportParameters("year", null, null, null, null, null, "32.73", null, null);
		ReportTable first = this.reports.build(
				this.requests.read("overview", parameters, this.users.load(DemoUsers.NATIONAL_MANAGER)),
				this.users.load(DemoUsers.NATIONAL_MANAGER), Locale.forLanguageTag("id"));
		ReportTable again = this.reports.build(
				this.requests.read("overview", parameters, this.users.load(DemoUsers.PROGRAMME_MANAGER)),
				this.users.load(DemoUsers.PROGRAMME_MANAGER), Locale.forLanguageTag("id"));

		assertThat(again.generatedAt()).isEqualTo(first.generatedAt());
		assertThat(again.rows()).isEqualTo(first.rows());
		assertThat(again.generatedBy()).isEqualTo(DemoUsers.PROGRAMME_MANAGER);

		this.rollups.refresh();
		ReportTable after = this.reports.build(
				this.requests.read("overview", parameters, this.users.load(DemoUsers.NATIONAL_MANAGER)),
				this.users.load(DemoUsers.NATIONAL_MANAGER), Locale.forLanguageTag("id"));
		assertThat(after.generatedAt()).isAfter(first.generatedAt());
	}

	@Test
	void readersAskingAtOnceForATableBeingBuiltWaitForThatOneBuild() throws Exception {
		this.rollups.refresh();
		ReportParameters parameters = new ReportParameters("year", null, null, null, null, null, "32", null, null);
		PulihUser manager = this.users.load(DemoUsers.NATIONAL_MANAGER);
		ReportRequest request = this.requests.read("hr-monthly", parameters, manager);
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
			List<Future<ReportTable>> asked = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				asked.add(pool.submit(() -> {
					start.await();
					return this.reports.build(request, manager, Locale.forLanguageTag("id"));
				}));
			}
			start.countDown();
			Set<Instant> builds = new HashSet<>();
			for (Future<ReportTable> answer : asked) {
				builds.add(answer.get().generatedAt());
			}
			assertThat(builds).hasSize(1);
		}
	}

	@Test
	void aReportComesBackWithItsColumnsAndCoordinates() throws Exception {
		this.mvc
			.perform(get("/api/v1/reports/ibm-activities").param("period", "year")
				.param("year", "2026")
				.param("area", "32.01")
				.accept(MediaType.APPLICATION_JSON)
				.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.report", is("ibm-activities")))
			.andExpect(jsonPath("$.published", is(false)))
			.andExpect(jsonPath("$.columns[*].code", hasItem("SOCIALIZATION_RECIPIENTS")))
			.andExpect(jsonPath("$.rows[0].label", is("2022")))
			.andExpect(jsonPath("$.rows[5].total", is(true)))
			.andExpect(jsonPath("$.rows[4].cells[0].orgUnit", is("32.01")))
			.andExpect(jsonPath("$.rows[4].cells[0].indicator", is("SOCIALIZATION_SESSIONS")));
	}

	@Test
	void beyondTheScopeTheFiguresArePublished() throws Exception {
		this.mvc
			.perform(get("/api/v1/reports/overview").param("area", "ID")
				.accept(MediaType.APPLICATION_JSON)
				.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.published", is(true)));
		this.mvc
			.perform(get("/api/v1/reports/overview").param("area", "ID")
				.accept(MediaType.APPLICATION_JSON)
				.with(this.users.as(DemoUsers.NATIONAL_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.published", is(false)));
	}

	@Test
	void anOrganisationOutsideTheScopeIsNotFound() throws Exception {
		String unit = this.organisations.findByCode(DemoUsers.CICADAS_UNIT, Scope.national())
			.orElseThrow()
			.id()
			.toString();
		this.mvc
			.perform(get("/api/v1/reports/overview").param("org", unit)
				.accept(MediaType.APPLICATION_JSON)
				.with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/reports/nothing-like-this").accept(MediaType.APPLICATION_JSON)
				.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aBadPeriodNamesItsParameter() throws Exception {
		this.mvc
			.perform(get("/api/v1/reports/overview").param("period", "quarter")
				.param("quarter", "5")
				.accept(MediaType.APPLICATION_JSON)
				.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("quarter")));
		this.mvc
			.perform(get("/api/v1/reports/overview").param("area", "99.99")
				.accept(MediaType.APPLICATION_JSON)
				.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void everyDownloadIsAFile() throws Exception {
		for (String format : new String[] { "csv", "xlsx", "pdf", "dhis2" }) {
			this.mvc
				.perform(get("/reports/overview/export").param("format", format)
					.param("area", "32.73")
					.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", startsWith("attachment")));
		}
		// without a DHIS2 mapping configured, ADX has nothing to say and says why
		this.mvc
			.perform(get("/reports/overview/export").param("format", "adx")
				.param("area", "32.73")
				.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(get("/reports/overview/export").param("format", "docx")
				.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().is4xxClientError());
	}

}
