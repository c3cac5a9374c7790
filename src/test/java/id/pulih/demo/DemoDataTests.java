package id.pulih.demo;

import java.time.LocalDate;
import java.time.ZoneId;

import id.pulih.budget.BudgetLine;
import id.pulih.budget.BudgetReports;
import id.pulih.budget.RealisationRow;
import id.pulih.client.ClientRegistry;
import id.pulih.organisation.Organisation;
import id.pulih.organisation.Organisations;
import id.pulih.shared.FundingSource;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo data set a new user meets: one user per role, a real unit, clients at every
 * stage, and a Puskesmas with stock, visits, a person living with HIV due for a peer
 * contact, a referral waiting at the unit, and the health office's budget.
 */
@PulihSpringTest
class DemoDataTests {

	@Autowired
	private Organisations organisations;

	@Autowired
	private ClientRegistry clients;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private BudgetReports budgets;

	@Test
	void everyRoleHasADemoUser() {
		assertThat(this.users.load(DemoUsers.ADMINISTRATOR).role()).isEqualTo(Role.ADMINISTRATOR);
		assertThat(this.users.load(DemoUsers.ADMINISTRATOR).secondFactorEnrolled()).isTrue();
		assertThat(this.users.load(DemoUsers.PROGRAMME_MANAGER).scope().areaCode()).isEqualTo("32");
		assertThat(this.users.load(DemoUsers.REHABILITATION_OFFICER).role()).isEqualTo(Role.REHABILITATION_OFFICER);
		assertThat(this.users.load(DemoUsers.UNIT_CHAIR).role()).isEqualTo(Role.UNIT_CHAIR);
		assertThat(this.users.load(DemoUsers.RECOVERY_AGENT).role()).isEqualTo(Role.RECOVERY_AGENT);
		assertThat(this.users.load(DemoUsers.FIELD_OFFICER).role()).isEqualTo(Role.FIELD_OFFICER);
		assertThat(this.users.load(DemoUsers.PEER_SUPPORT_OFFICER).role()).isEqualTo(Role.PEER_SUPPORT_OFFICER);
		assertThat(this.users.load(DemoUsers.HEALTH_WORKER).role()).isEqualTo(Role.HEALTH_WORKER);
	}

	@Test
	void gunungputriIsTheUnitOfTheGoodPracticeReport() {
		Organisation unit = this.organisations.findByCode(DemoUsers.GUNUNGPUTRI_UNIT, Scope.national()).orElseThrow();
		assertThat(unit.unit().villageCode()).isEqualTo("32.01.02.2004");
		assertThat(unit.decrees()).extracting(Organisation.Decree::decreeNumber)
			.containsExactly("20 Tahun 2021", "354/12/Kpts/IV/2022", "100.3.1.7/19/Kpts/II/2023",
					"100.3.1.7/10/Kpts/II/2024");
		assertThat(unit.partners()).hasSize(4);
		assertThat(unit.fundings()).singleElement()
			.satisfies(funding -> assertThat(funding.amount()).isEqualTo(30_000_000L));
	}

	@Test
	void theDemoUnitHasClientsAtEveryStageOfThePathway() throws Exception {
		Scope unitScope = this.users.load(DemoUsers.RECOVERY_AGENT).scope();
		assertThat(this.clients.count(unitScope)).isGreaterThanOrEqualTo(13);
		assertThat(count("SELECT COUNT(*) FROM recovery_screening WHERE overall_risk = 'HIGH'")).isPositive();
		assertThat(count("SELECT COUNT(*) FROM recovery_enrolment WHERE outcome = 'COMPLETED'")).isPositive();
		assertThat(count("SELECT COUNT(*) FROM recovery_enrolment WHERE entry_point = 'AFTERCARE'")).isPositive();
		// the demo agent's own pathways: other tests add pathways elsewhere
		String overdue = this.jdbc
			.sql("SELECT client_uic FROM recovery_enrolment WHERE outcome IS NULL AND started_on < ?"
					+ " AND agent_id = ? ORDER BY started_on")
			.params(java.time.LocalDate.now().minusWeeks(6), this.users.load(DemoUsers.RECOVERY_AGENT).personId())
			.query(String.class)
			.list()
			.getFirst();
		this.mvc.perform(get("/recovery/worklist").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(overdue)));
	}

	@Test
	void thePuskesmasHasStockVisitsPeerSupportAReferralAndABudget() throws Exception {
		assertThat(count("SELECT COUNT(*) FROM stock_batch b JOIN organisation o ON o.id = b.organisation_id "
				+ "WHERE o.code = 'PKM-327301' AND b.item_code = 'SYRINGE' AND b.batch_number LIKE 'LJSS-%'"))
			.isEqualTo(2);
		assertThat(count("SELECT COUNT(*) FROM hr_visit v JOIN organisation o ON o.id = v.organisation_id "
				+ "WHERE o.code = 'PKM-327301' AND v.client_id IS NULL"))
			.isGreaterThanOrEqualTo(5);
		this.mvc.perform(get("/").with(this.users.as(DemoUsers.PEER_SUPPORT_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"harm-reduction-home\"")));
		this.mvc.perform(get("/").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"referral-home-new-inbox\"")))
			.andExpect(content().string(containsString("Puskesmas Sukasari")));
		Organisation office = this.organisations.findByCode("DINKES-3273", Scope.national()).orElseThrow();
		RealisationRow syringes = this.budgets
			.realisation(Scope.national(), LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear(), office.id())
			.stream()
			.filter(row -> row.line() == BudgetLine.SYRINGES && row.source() == FundingSource.APBD)
			.findFirst()
			.orElseThrow();
		assertThat(syringes.allocated()).isEqualTo(60_000_000L);
		assertThat(syringes.realised()).isGreaterThanOrEqualTo(6_500L * 2_500L);
	}

	@Test
	void theDemoUnitRecordedItsCommunityActivitiesThisYear() throws Exception {
		assertThat(count("SELECT COUNT(*) FROM activity a JOIN organisation o ON o.id = a.organisation_id "
				+ "WHERE o.code = 'IBM-3201022004' AND a.kind = 'SOCIALIZATION'"))
			.isPositive();
		Organisation unit = this.organisations.findByCode(DemoUsers.GUNUNGPUTRI_UNIT, Scope.national()).orElseThrow();
		this.mvc.perform(get("/organisations/{id}", unit.id()).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"activity-section\"")));
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
