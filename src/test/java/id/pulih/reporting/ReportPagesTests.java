package id.pulih.reporting;

import id.pulih.demo.DemoUsers;
import id.pulih.reporting.rollup.Rollups;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every report's page opens for each role that reads reports, over the demo data, with
 * its title, table and downloads; bad periods are explained, not failed on.
 */
@PulihSpringTest
class ReportPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private Rollups rollups;

	@BeforeEach
	void rollUp() {
		this.rollups.refresh();
	}

	@Test
	void theDashboardOpensOnTheManagersProvince() throws Exception {
		this.mvc.perform(get("/reports").with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jawa Barat")))
			.andExpect(content().string(containsString("id=\"report-exports\"")));
	}

	@Test
	void everyReportOpensForEveryPeriod() throws Exception {
		for (ReportKind kind : ReportKind.values()) {
			for (String period : new String[] { "year", "quarter", "month", "custom" }) {
				this.mvc
					.perform(get("/reports/" + kind.id()).param("period", period)
						.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("id=\"report-exports\"")));
			}
		}
	}

	@Test
	void everyReportOpensForEveryReader() throws Exception {
		for (String user : new String[] { DemoUsers.NATIONAL_MANAGER, DemoUsers.REHABILITATION_OFFICER,
				DemoUsers.HEALTH_WORKER, DemoUsers.UNIT_CHAIR }) {
			for (ReportKind kind : ReportKind.values()) {
				this.mvc.perform(get("/reports/" + kind.id()).with(this.users.as(user)))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("id=\"report-exports\"")));
			}
		}
	}

	@Test
	void readersOfRecordsOnlyDoNotSeeReports() throws Exception {
		for (String user : new String[] { DemoUsers.RECOVERY_AGENT, DemoUsers.FIELD_OFFICER,
				DemoUsers.PEER_SUPPORT_OFFICER }) {
			this.mvc.perform(get("/reports").with(this.users.as(user))).andExpect(status().isForbidden());
		}
	}

	@Test
	void aBadPeriodIsExplained() throws Exception {
		this.mvc
			.perform(get("/reports/ibm-activities").param("period", "custom")
				.param("from", "2026-05")
				.param("to", "2026-01")
				.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bulan akhir tidak boleh sebelum bulan awal.")));
	}

}
