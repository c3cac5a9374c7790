package id.pulih.scenario;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import id.pulih.demo.DemoUsers;
import id.pulih.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's acceptance, on a phone-sized Chromium window and only through the pages.
 * <p>
 * A field officer of Puskesmas Sukasari registers a client met on outreach. The health
 * worker receives fresh batches of syringes, condoms and HIV test kits that expire
 * tomorrow (so they are the first to expire), then records the client's visit, brought by
 * the field officer: 10 needles, a positive HIV test linked to ARV, 12 condoms. The
 * ledger shows exactly those amounts drawn from those batches and nothing from the demo
 * batches. A peer support officer is assigned from the visit page and finds the client
 * due for contact on their home page. The health worker refers the client to the
 * Gunungputri IBM unit; its recovery agent finds it on the home page, accepts it (the
 * client is registered at the unit), screens and enrols the client, and completes the
 * referral with feedback, which the Puskesmas then reads.
 */
class OutreachToReferralBrowserTest extends BrowserTest {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	/** Kelurahan Sukarasa, in Puskesmas Sukasari's district. */
	private static final String SUKARASA = "32.73.01.1001";

	private final Random random = new Random();

	private final LocalDate today = LocalDate.now(JAKARTA);

	private final String tag = String.valueOf(100_000 + this.random.nextInt(900_000));

	@Test
	void anOutreachClientIsServedAtThePuskesmasAndReferredToAnIbmUnitThatClosesTheLoop() {
		this.page.onDialog(Dialog::accept);

		// The field officer registers the client met on outreach.
		signIn(DemoUsers.FIELD_OFFICER);
		this.page.navigate("/clients/new");
		Locator form = this.page.locator("#client-form");
		form.getByLabel("Nama depan ibu kandung").fill(name());
		form.getByLabel("Nama depan ayah kandung").fill(name());
		form.getByLabel("Jenis kelamin").selectOption(new SelectOption().setLabel("Laki-laki"));
		form.getByLabel("Tanggal lahir").fill(LocalDate.of(1990, 1, 1).plusDays(this.random.nextInt(4000)).toString());
		form.getByLabel("Kode desa/kelurahan tempat tinggal").fill(SUKARASA);
		form.getByLabel("Cara datang").selectOption(new SelectOption().setLabel("Penjangkauan"));
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Daftarkan").setExact(true)).click();
		assertThat(main()).containsText("Klien sudah didaftarkan.");
		String uic = this.page.locator("h1 .code").textContent().strip();
		String clientId = idIn(this.page.url(), "/clients/");
		screenshot("outreach-1-registered");
		signOut();

		// The health worker receives batches that expire first.
		signIn(DemoUsers.HEALTH_WORKER);
		this.page.navigate("/stock");
		String facility = idIn(this.page.url(), "/stock/facilities/");
		receive(facility, "SYRINGE", "BT-S-" + this.tag, 25);
		receive(facility, "CONDOM", "BT-K-" + this.tag, 30);
		receive(facility, "HIV_TEST_KIT", "BT-H-" + this.tag, 3);

		// The visit: brought by the field officer on outreach; NSP, HIV test, condoms.
		this.page.navigate("/harm-reduction/visits/new?clientId=" + clientId);
		Locator visit = this.page.locator("#visit-form");
		assertThat(visit.locator("input[name=clientId][value='" + clientId + "']")).isChecked();
		visit.locator("#arrival-outreach").check();
		String officer = visit.locator("#fieldOfficerId option:not([value=''])").first().getAttribute("value");
		visit.locator("#fieldOfficerId").selectOption(officer);
		open(visit, "#service-nsp");
		visit.locator("#nsp").check();
		visit.locator("#nspPacksGiven").fill("1");
		visit.locator("#nspNeedlesGiven").fill("10");
		visit.locator("#nspNeedlesReturned").fill("4");
		visit.locator("#nspSafeDisposal").check();
		open(visit, "#service-hiv-test");
		visit.locator("#hivTest").check();
		visit.locator("#hivPreCounselling").check();
		visit.locator("#hivResult").selectOption("POSITIVE");
		visit.locator("#hivPostCounselling").check();
		visit.locator("#hivLinkedToArvOn").fill(this.today.toString());
		open(visit, "#service-condoms");
		visit.locator("#condoms").check();
		visit.locator("#condomsGiven").fill("12");
		screenshot("outreach-2-visit-form");
		visit.locator("#save-visit").click();
		assertThat(main()).containsText("Kunjungan tersimpan");
		assertThat(main()).containsText("Positif (reaktif)");
		String visitUrl = this.page.url();
		String visitId = idIn(visitUrl, "/harm-reduction/visits/");

		// Stock fell by exactly what was given, from the batches that expire first.
		this.page.navigate("/stock/facilities/" + facility);
		Locator issues = main().locator("tbody tr").filter(new Locator.FilterOptions().setHasText("visit:" + visitId));
		assertThat(issues).hasCount(3);
		assertIssue(issues, "BT-S-" + this.tag, "-10", "15");
		assertIssue(issues, "BT-K-" + this.tag, "-12", "18");
		assertIssue(issues, "BT-H-" + this.tag, "-1", "2");
		screenshot("outreach-3-stock");

		// A peer support officer is assigned from the visit page.
		this.page.navigate(visitUrl);
		Locator assign = main().locator("#assign-peer");
		assertThat(assign).containsText("Klien hidup dengan HIV dan belum memiliki pendukung sebaya.");
		String peer = assign.locator("#peerId option:not([value=''])").first().getAttribute("value");
		assign.locator("#peerId").selectOption(peer);
		assign.locator("#since").fill(this.today.toString());
		assign.locator("#assign-peer-button").click();
		assertThat(main()).containsText("Pendukung sebaya ditetapkan.");

		// The client is referred to the Gunungputri IBM unit.
		this.page.navigate("/referrals/new?clientId=" + clientId);
		main().locator("#referral-destination-q").fill(DemoUsers.GUNUNGPUTRI_UNIT);
		Locator destination = main().locator("#toOrganisationId option")
			.filter(new Locator.FilterOptions().setHasText("Gunungputri"));
		assertThat(destination).hasCount(1);
		main().locator("#toOrganisationId").selectOption(destination.getAttribute("value"));
		main().locator("#service").selectOption("IBM_RECOVERY");
		main().locator("#urgency").selectOption("ROUTINE");
		main().locator("#reason").fill("Penggunaan berisiko rendah; bersedia didampingi agen pemulihan di desa.");
		main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Kirim rujukan")).click();
		assertThat(main()).containsText("Rujukan terkirim.");
		String referralUrl = this.page.url();
		assertThat(referralUrl).contains("/referrals/");
		screenshot("outreach-4-referred");
		signOut();

		// The peer support officer finds the client due for contact.
		signIn(DemoUsers.PEER_SUPPORT_OFFICER);
		this.page.navigate("/");
		assertThat(this.page.locator("#harm-reduction-home")).containsText(uic);
		signOut();

		// The IBM unit's agent accepts, screens and enrols, and completes the referral.
		signIn(DemoUsers.RECOVERY_AGENT);
		this.page.navigate("/");
		Locator inbox = this.page.locator("#referral-home-new-inbox");
		assertThat(inbox).containsText(uic);
		screenshot("outreach-5-agent-home");
		inbox.getByRole(AriaRole.LINK).filter(new Locator.FilterOptions().setHasText(uic)).first().click();
		assertThat(main()).containsText(uic);
		assertThat(main()).not().containsText("Positif");
		main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tandai sudah dibaca")).click();
		main().locator("#accept-note").fill("Diterima; agen pemulihan menghubungi klien minggu ini.");
		main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Terima").setExact(true)).click();
		assertThat(main()).containsText("Rujukan diterima; klien terdaftar di lembaga Anda.");
		String agentReferralUrl = this.page.url();
		main().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Buka catatan klien di lembaga Anda"))
			.click();
		assertThat(this.page.locator("h1 .code")).hasText(uic);
		main().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Skrining ASSIST").setExact(true))
			.click();
		main().getByLabel("Tanggal skrining").fill(this.today.toString());
		RecoveryJourneyBrowserTest.answerStepByStep(main(), RecoveryJourneyBrowserTest.lowRisk());
		assertThat(main()).containsText("Skrining tersimpan.");
		main().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Daftarkan ke layanan IBM")).click();
		main().getByLabel("Tanggal mulai").fill(this.today.toString());
		main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Daftarkan ke layanan IBM")).click();
		assertThat(main()).containsText("Klien terdaftar di jalur pemulihan.");
		this.page.navigate(agentReferralUrl);
		main().locator("#complete-feedback")
			.fill("Klien terdaftar di jalur pemulihan IBM Gunungputri; skrining risiko rendah.");
		main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Selesaikan")).click();
		assertThat(main()).containsText("Selesai");
		signOut();

		// The Puskesmas sees the loop closed.
		signIn(DemoUsers.HEALTH_WORKER);
		this.page.navigate(referralUrl);
		assertThat(main()).containsText("Selesai");
		assertThat(main().locator("#referral-feedback"))
			.hasText("Klien terdaftar di jalur pemulihan IBM Gunungputri; skrining risiko rendah.");
		screenshot("outreach-6-closed");
	}

	/** Records a receipt of a batch that expires tomorrow, from APBD. */
	private void receive(String facility, String item, String batch, int quantity) {
		this.page.navigate("/stock/facilities/" + facility + "/receipt");
		Locator form = main().locator("form[action$='/receipt']");
		form.locator("#itemCode").selectOption(item);
		form.locator("#batchNumber").fill(batch);
		form.locator("#expiresOn").fill(this.today.plusDays(1).toString());
		form.locator("#source").selectOption("APBD");
		form.locator("#quantity").fill(String.valueOf(quantity));
		form.locator("#receivedOn").fill(this.today.toString());
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Simpan")).click();
		assertThat(main()).containsText("Penerimaan tercatat.");
	}

	private void assertIssue(Locator issues, String batch, String quantity, String balance) {
		Locator row = issues.filter(new Locator.FilterOptions().setHasText(batch));
		assertThat(row).hasCount(1);
		assertThat(row.locator("td").nth(1)).hasText("Pemberian");
		assertThat(row.locator("td").nth(4)).hasText(quantity);
		assertThat(row.locator("td").nth(5)).hasText(balance);
	}

	private void open(Locator form, String details) {
		Locator section = form.locator(details);
		if (section.getAttribute("open") == null) {
			section.locator("summary").click();
		}
	}

	private Locator main() {
		return this.page.locator("main");
	}

	private static String idIn(String url, String prefix) {
		String rest = url.substring(url.indexOf(prefix) + prefix.length());
		return rest.replaceAll("[/?#].*", "");
	}

	/** A made-up first name of three syllables, e.g. "Kamiru". */
	private String name() {
		String consonants = "BDGHKLMNPRSTWY";
		String vowels = "AIU";
		StringBuilder name = new StringBuilder();
		for (int syllable = 0; syllable < 3; syllable++) {
			name.append(consonants.charAt(this.random.nextInt(consonants.length())));
			name.append(vowels.charAt(this.random.nextInt(vowels.length())));
		}
		return name.charAt(0) + name.substring(1).toLowerCase();
	}

}
