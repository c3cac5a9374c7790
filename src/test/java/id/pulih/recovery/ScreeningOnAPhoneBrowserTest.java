package id.pulih.recovery;

import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.demo.DemoUsers;
import id.pulih.organisation.Organisations;
import id.pulih.support.BrowserTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A recovery agent on a phone (360 px, Chromium): screens a client with the ASSIST one
 * section at a time, sees the result, enrols the client, records a KIE session, and finds
 * the client on the home page's worklist.
 */
class ScreeningOnAPhoneBrowserTest extends BrowserTest {

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

	@Test
	void anAgentScreensEnrolsAndRecordsASession() {
		RecoveryWorld world = new RecoveryWorld(this.users, this.clients, this.screenings, this.pathways,
				this.organisations, this.worklists, this.jdbc);
		Client client = world.client();
		signIn(DemoUsers.RECOVERY_AGENT);

		this.page.navigate("/clients/" + client.id() + "/screening");
		assertThat(this.page.locator("h1")).hasText("Skrining ASSIST");
		Map<String, String> answers = Answers.lowRisk();
		Locator save = this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan"));
		for (int step = 0; step < 5 && save.count() == 0; step++) {
			answer(answers);
			this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lanjut")).click();
			this.page.waitForLoadState();
		}
		answer(answers);
		save.click();
		this.page.waitForLoadState();
		assertThat(this.page.locator("h1")).hasText("Hasil skrining ASSIST");
		assertThat(this.page.locator("main")).containsText("Risiko rendah");
		assertThat(this.page.locator("main")).containsText("Layanan IBM");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Daftarkan ke layanan IBM")).click();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Daftarkan ke layanan IBM")).click();
		assertThat(this.page.locator("main")).containsText("Klien terdaftar di jalur pemulihan.");
		assertThat(this.page.locator("main")).containsText("minggu ke-1");

		Locator sessionForm = this.page.locator("form[action$='/sessions']");
		sessionForm.getByLabel("Jenis layanan").selectOption("KIE");
		sessionForm.getByLabel("Durasi (menit)").fill("45");
		sessionForm.getByLabel("Catatan").fill("Materi dampak narkoba bagi kesehatan");
		sessionForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Catat layanan")).click();
		assertThat(this.page.locator("main")).containsText("Layanan tercatat.");
		assertThat(this.page.locator("main")).containsText("Materi dampak narkoba bagi kesehatan");

		this.page.navigate("/");
		assertThat(this.page.locator("main")).containsText("Pekerjaan minggu ini");
	}

	/** Checks the answers to every question on screen. */
	private void answer(Map<String, String> answers) {
		answers.forEach((item, value) -> {
			Locator radio = this.page.locator("input[type=radio][name='" + item + "'][value='" + value + "']");
			if (radio.count() > 0) {
				radio.check();
			}
		});
	}

}
