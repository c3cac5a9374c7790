package id.pulih.scenario;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import id.pulih.demo.DemoUsers;
import id.pulih.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district administrator sets up a new IBM unit, as a person would in Chromium: signs
 * in with a second factor, registers a regency's BNNK, an IBM unit in one of its villages
 * with the village head's decree, a recovery agent with a training, and the agent's
 * account. The agent then sees only that unit, and another unit's agent finds nothing
 * there.
 */
class SettingUpAUnitBrowserTest extends BrowserTest {

	private final String suffix = UUID.randomUUID().toString().substring(0, 5).toUpperCase();

	@Test
	void anAdministratorSetsUpAUnitAndItsAgentSeesOnlyThatUnit() {
		signIn(DemoUsers.ADMINISTRATOR);
		assertThat(
				this.page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
			.containsText("Selamat datang");

		// The regency's BNNK, under the province's BNNP.
		String bnnkName = "BNNK Sukabumi " + this.suffix;
		newOrganisation("BNNK", "BNNK-3202-" + this.suffix, bnnkName, "BNNP Jawa Barat", "32.02", null);
		assertThat(this.page.locator("h1")).hasText(bnnkName);

		// An IBM unit in a village of that regency, formed under the new BNNK.
		String unitName = "IBM Desa Tonjong " + this.suffix;
		newOrganisation("IBM_UNIT", "IBM-3202012002-" + this.suffix, unitName, bnnkName, "32.02.01.2002", "2025-02-03");
		assertThat(this.page.locator("h1")).hasText(unitName);
		String unitUrl = this.page.url();
		this.page.locator("summary", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Tambah SK"))
			.click();
		Locator decreeForm = this.page.locator("form[action$='/decrees']");
		decreeForm.getByLabel("Nomor SK").fill("141/07/Kpts/II/2025");
		decreeForm.getByLabel("Tanggal SK").fill("2025-02-10");
		decreeForm.locator("button[type=submit]").click();
		assertThat(this.page.locator("body")).containsText("141/07/Kpts/II/2025");

		// A recovery agent of the unit, with a training.
		String unitId = unitUrl.replaceAll(".*/organisations/", "");
		this.page.navigate("/people/new?organisationId=" + unitId);
		String agentName = "Neneng Rukmana " + this.suffix;
		this.page.getByLabel("Nama lengkap").fill(agentName);
		this.page.getByLabel("Jenis kelamin").selectOption("FEMALE");
		this.page.getByLabel("Peran").selectOption("RECOVERY_AGENT");
		this.page.locator("main form button[type=submit]").first().click();
		assertThat(this.page.locator("h1")).hasText(agentName);
		Locator trainingForm = this.page.locator("form[action$='/trainings']");
		trainingForm.getByLabel("Topik").fill("Pelatihan Agen Pemulihan IBM");
		trainingForm.getByLabel("Tanggal pelatihan").fill("2025-02-20");
		trainingForm.getByLabel("Lama (jam)").fill("24");
		trainingForm.getByLabel("Penyelenggara").fill(bnnkName);
		trainingForm.locator("button[type=submit]").click();
		assertThat(this.page.locator("body")).containsText("Pelatihan Agen Pemulihan IBM");

		// The agent's account, prefilled from the person.
		this.page.getByText("Buat akun pengguna untuk petugas ini").click();
		String username = "ap.tonjong." + this.suffix.toLowerCase();
		this.page.getByLabel("Nama pengguna").fill(username);
		this.page.getByLabel("Kata sandi awal").fill(DemoUsers.PASSWORD);
		assertThat(this.page.getByLabel("Peran")).hasValue("RECOVERY_AGENT");
		this.page.locator("main form button[type=submit]").first().click();
		assertThat(this.page.locator("h1")).hasText(username);
		screenshot("setup-user-created");

		// The agent sees their unit, and only that unit.
		signOut();
		signIn(username);
		assertThat(this.page.locator("body")).containsText(unitName);
		screenshot("home-agent");
		this.page.navigate("/organisations");
		assertThat(this.page.locator("main")).containsText(unitName);
		assertThat(this.page.locator("main")).not().containsText(bnnkName);
		assertThat(this.page.locator("main")).not().containsText("IBM Desa Gunungputri");
		this.page.navigate(unitUrl);
		assertThat(this.page.locator("h1")).hasText(unitName);

		// Another unit's agent gets "not found" on the first unit's pages.
		signOut();
		signIn(DemoUsers.OTHER_RECOVERY_AGENT);
		var response = this.page.navigate(unitUrl);
		assertThat(response.status()).isEqualTo(404);
		assertThat(this.page.locator("main")).containsText("Data tidak ditemukan");
		assertThat(this.page.locator("main")).not().containsText(unitName);
	}

	private void newOrganisation(String type, String code, String name, String parentName, String areaCode,
			String formedOn) {
		this.page.navigate("/organisations/new");
		// Choosing the type replaces the form with one for that type (htmx): mark the old
		// form
		// and wait until a new one stands in its place before typing into it.
		this.page.evaluate("() => document.querySelector('#organisation-form').dataset.stale = 'yes'");
		this.page.getByLabel("Jenis").selectOption(type);
		this.page.waitForFunction("() => { const f = document.querySelector('#organisation-form');"
				+ " return f && !f.dataset.stale && !document.querySelector('.htmx-settling'); }");
		String findParent = "name => { const s = document.querySelector('#new-parentId');"
				+ " const o = s && [...s.options].find(o => o.text.includes(name)); return o ? o.value : null; }";
		String parentValue = String.valueOf(this.page.waitForFunction(findParent, parentName).jsonValue());
		this.page.getByLabel("Kode", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill(code);
		this.page.getByLabel("Nama", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill(name);
		this.page.locator("#new-parentId").selectOption(parentValue);
		this.page.locator("#new-areaCode").fill(areaCode);
		if (formedOn != null) {
			this.page.locator("#new-formedOn").fill(formedOn);
		}
		this.page.locator("#organisation-form button[type=submit]").click();
	}

}
