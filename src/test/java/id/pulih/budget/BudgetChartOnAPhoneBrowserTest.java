package id.pulih.budget;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.pulih.access.AccessManagement;
import id.pulih.organisation.Organisations;
import id.pulih.shared.FundingSource;
import id.pulih.stock.Commodities;
import id.pulih.support.BrowserTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A health worker opens the budget page on a phone (360 px, Chromium): Chart.js draws the
 * bars under the page's content security policy (no inline script), with no error in the
 * console, and the page does not scroll sideways.
 */
class BudgetChartOnAPhoneBrowserTest extends BrowserTest {

	@Autowired
	private TestUsers users;

	@Autowired
	private Organisations organisations;

	@Autowired
	private AccessManagement access;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Budgets budgets;

	@Test
	void theChartIsDrawnOnAPhone() {
		BudgetWorld world = new BudgetWorld(this.users, this.organisations, this.access, this.events, this.transaction,
				this.jdbc);
		this.budgets.setAllocation(new SetAllocation(world.year, world.puskesmasA, FundingSource.APBD,
				BudgetLine.SYRINGES, 10_000_000L, null, null), world.manager);
		world.receive(world.puskesmasA, Commodities.SYRINGE, FundingSource.APBD, 5_000, 2_500_000, world.today);
		world.receive(world.puskesmasA, Commodities.CONDOM, FundingSource.APBD, 5_000, 1_000_000, world.today);
		List<String> errors = new ArrayList<>();
		this.page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				errors.add(message.text());
			}
		});

		this.page.navigate("/login");
		this.page.getByLabel("Nama pengguna").fill(world.nurseAName);
		this.page.getByLabel("Kata sandi").fill(BudgetWorld.PASSWORD);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
		this.page.waitForLoadState();
		this.page.navigate("/budget");

		assertThat(this.page.locator("h1")).hasText("Anggaran");
		assertThat(this.page.locator("#budget-chart")).hasAttribute("data-drawn", "true");
		assertThat(this.page
			.evaluate("() => Chart.getChart(document.getElementById('budget-chart')).data.datasets[1].data.join(',')"))
			.isEqualTo("2500000,1000000");
		assertThat(this.page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
			.isEqualTo(true);
		screenshot("budget-phone");
		assertThat(errors).isEmpty();
	}

}
