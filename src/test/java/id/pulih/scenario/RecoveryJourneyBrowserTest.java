package id.pulih.scenario;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import id.pulih.demo.DemoUsers;
import id.pulih.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3's acceptance: a recovery agent walks clients through the IBM recovery pathway
 * on a phone (360 px, Chromium), only through the pages.
 * <p>
 * The first client is registered, screened with the ASSIST (daily tobacco, occasional
 * alcohol: low overall risk, since tobacco does not count), enrolled about seventeen
 * weeks ago, and given over the sixteen weeks two KIE, two life-skills and two self-visit
 * sessions, a family support session and the WHOQOL-BREF at intake and at the end (with
 * better answers); the pathway is finished as completed, shows the change per domain, and
 * the client's timeline lists it all. The second client screens at high risk (daily
 * opioids): the page recommends referral and enrolment needs a stated reason. An agent of
 * another unit then finds neither client, on the pages nor through the API with their own
 * access token.
 */
class RecoveryJourneyBrowserTest extends BrowserTest {

	/** The demo agent's unit works in Asia/Jakarta; the pathway's dates are its days. */
	private static final ZoneId UNIT_ZONE = ZoneId.of("Asia/Jakarta");

	/** Desa Gunungputri, the demo agent's village. */
	private static final String GUNUNGPUTRI = "32.01.02.2004";

	private static final String NOT_FOUND = "Data tidak ditemukan";

	private static final String KIE = "KIE (komunikasi, informasi, edukasi)";

	private static final String LIFE_SKILLS = "Keterampilan hidup";

	private static final String SELF_VISIT = "Kunjungan mandiri";

	private static final String FAMILY_SUPPORT = "Dukungan keluarga";

	private final Random random = new Random();

	/**
	 * The first day of week 1: seventeen weeks and a day ago, so all sixteen weeks lie in
	 * the past and every date of the pathway can be recorded.
	 */
	private final LocalDate start = LocalDate.now(UNIT_ZONE).minusWeeks(17).minusDays(1);

	@Test
	void anAgentWalksOneClientThroughSixteenWeeksAndRoutesAnotherToReferral() {
		signIn(DemoUsers.RECOVERY_AGENT);

		// Client 1: registered, screened at low risk, enrolled.
		String uic1 = register("Perempuan", "Penjangkauan", "journey-0-registered-first");
		String client1 = idIn(this.page.url(), "/clients/");
		screenFromClientPage(this.start, lowRisk());
		assertThat(this.page.locator("h1")).hasText("Hasil skrining ASSIST");
		assertThat(main()).containsText("Skrining tersimpan.");
		assertThat(fact("Risiko keseluruhan")).hasText("Risiko rendah");
		assertThat(fact("Tindak lanjut")).hasText("Layanan IBM");
		Locator substances = main().locator("section[aria-labelledby=substances-title] tbody tr");
		assertThat(substances.filter(new Locator.FilterOptions().setHasText("produk tembakau")).locator("td"))
			.containsText(new String[] { "produk tembakau", "31", "Risiko tinggi" });
		assertThat(substances.filter(new Locator.FilterOptions().setHasText("minuman beralkohol")).locator("td"))
			.containsText(new String[] { "minuman beralkohol", "2", "Risiko rendah" });
		screenshot("journey-1-screened-low");

		link("Daftarkan ke layanan IBM").click();
		assertThat(this.page.locator("h1")).hasText("Pendaftaran ke jalur pemulihan IBM");
		main().getByLabel("Tanggal mulai").fill(this.start.toString());
		main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Daftarkan ke layanan IBM")).click();
		assertThat(main()).containsText("Klien terdaftar di jalur pemulihan.");
		assertThat(this.page.locator("h1")).hasText("Jalur pemulihan · " + uic1);
		assertThat(fact("Tanggal mulai")).hasText(day(this.start));
		String pathway1 = idIn(this.page.url(), "/recovery/enrolments/");
		screenshot("journey-2-enrolled");

		// Weeks 2 to 16: WHOQOL-BREF at intake, the mandatory sessions twice each, family
		// support, and the WHOQOL-BREF at the end with better answers.
		takeWhoqol("Ukur WHOQOL-BREF awal", this.start.plusDays(8), whoqol("3", "3"));
		assertThat(whoqolRow("Kesehatan fisik")).containsText(new String[] { "Kesehatan fisik", "12.00", "", "" });
		recordSession(KIE, this.start.plusDays(10), 45, "Dampak narkoba bagi kesehatan", 1);
		recordSession(LIFE_SKILLS, this.start.plusDays(17), 60, "Mengelola keinginan memakai", 2);
		recordSession(KIE, this.start.plusDays(24), 45, "Hukum dan rehabilitasi", 3);
		recordSession(LIFE_SKILLS, this.start.plusDays(38), 60, "Menyusun rencana kerja", 4);
		recordSession(FAMILY_SUPPORT, this.start.plusDays(50), 90, "Pertemuan dengan orang tua", 5);
		recordSession(SELF_VISIT, this.start.plusDays(63), 30, "Kunjungan rumah minggu ke-10", 6);
		recordSession(SELF_VISIT, this.start.plusDays(91), 30, "Kunjungan rumah minggu ke-14", 7);
		assertThat(main()).containsText(
				"Layanan wajib (masing-masing minimal 2 kali): KIE 2, keterampilan hidup 2, kunjungan mandiri 2.");
		screenshot("journey-3-sessions");
		takeWhoqol("Ukur WHOQOL-BREF akhir", this.start.plusDays(108), whoqol("4", "2"));

		// The pathway's end: completed.
		Locator outcome = main().locator("form[action$='/outcome']");
		assertThat(outcome).containsText("Syarat selesai terpenuhi");
		outcome.getByLabel("Hasil akhir").selectOption(new SelectOption().setLabel("Selesai"));
		outcome.getByLabel("Tanggal", new Locator.GetByLabelOptions().setExact(true))
			.fill(this.start.plusDays(111).toString());
		outcome.getByLabel("Alasan", new Locator.GetByLabelOptions().setExact(true))
			.fill("Semua layanan wajib diikuti");
		this.page.onceDialog(dialog -> dialog.accept());
		outcome.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Catat hasil akhir")).click();
		assertThat(main()).containsText("Hasil akhir tercatat.");
		assertThat(fact("Status")).containsText("Selesai " + day(this.start.plusDays(111)));
		assertThat(main()).containsText("Jalur ini sudah selesai dan hanya dapat dibaca.");
		assertThat(main().locator("form[action$='/sessions']")).hasCount(0);
		for (String domain : List.of("Kesehatan fisik", "Psikologis", "Hubungan sosial", "Lingkungan")) {
			assertThat(whoqolRow(domain)).containsText(new String[] { domain, "12.00", "16.00", "4.00" });
		}
		screenshot("journey-4-completed");

		// The client's timeline tells the whole story, each entry on its day.
		link("Halaman klien").click();
		assertThat(this.page.locator("h1")).hasText("Klien " + uic1);
		Locator timeline = main().locator("section[aria-labelledby=timeline-title] li");
		assertEntry(timeline, this.start, "Skrining ASSIST: risiko rendah, layanan IBM");
		assertEntry(timeline, this.start, "Mulai jalur pemulihan IBM (minggu ke-1)");
		assertEntry(timeline, this.start.plusDays(8), "WHOQOL-BREF awal: fisik 12.00");
		assertEntry(timeline, this.start.plusDays(10), "Layanan KIE (45 menit, 1 klien)");
		assertEntry(timeline, this.start.plusDays(17), "Layanan keterampilan hidup (60 menit, 1 klien)");
		assertEntry(timeline, this.start.plusDays(24), "Layanan KIE (45 menit, 1 klien)");
		assertEntry(timeline, this.start.plusDays(38), "Layanan keterampilan hidup (60 menit, 1 klien)");
		assertEntry(timeline, this.start.plusDays(50), "Dukungan keluarga (90 menit, 1 klien)");
		assertEntry(timeline, this.start.plusDays(63), "Kunjungan mandiri (30 menit)");
		assertEntry(timeline, this.start.plusDays(91), "Kunjungan mandiri (30 menit)");
		assertEntry(timeline, this.start.plusDays(108), "WHOQOL-BREF akhir: fisik 16.00");
		assertEntry(timeline, this.start.plusDays(108),
				"Perubahan kualitas hidup: fisik +4.00, psikologis +4.00, sosial +4.00, lingkungan +4.00");
		assertEntry(timeline, this.start.plusDays(111), "Jalur pemulihan selesai Semua layanan wajib diikuti");
		screenshot("journey-5-timeline");

		// Client 2: screened at high risk, routed to referral; no enrolment without a
		// reason.
		String uic2 = register("Laki-laki", "Datang sendiri", "journey-6-registered-second");
		String client2 = idIn(this.page.url(), "/clients/");
		screenFromClientPage(this.start.plusDays(2), highRisk());
		assertThat(this.page.locator("h1")).hasText("Hasil skrining ASSIST");
		assertThat(fact("Risiko keseluruhan")).hasText("Risiko tinggi");
		assertThat(fact("Tindak lanjut")).hasText("Rujukan ke klinik, IPWL, atau lembaga rehabilitasi");
		assertThat(main()).containsText("Rujukan direkomendasikan pada " + day(this.start.plusDays(2)));
		assertThat(link("Daftarkan ke layanan IBM")).hasCount(0);
		assertThat(link("Tetap daftarkan (dengan alasan)")).isVisible();
		String screening2 = idIn(this.page.url(), "/recovery/screenings/");
		screenshot("journey-7-screened-high");

		this.page.navigate("/clients/" + client2);
		link("Jalur pemulihan").click();
		assertThat(this.page.locator("h1")).hasText("Jalur pemulihan · " + uic2);
		assertThat(main())
			.containsText("Skrining terakhir menunjukkan risiko sedang atau tinggi: klien sebaiknya dirujuk.");
		assertThat(main()).containsText("Rujukan ke klinik, IPWL, atau lembaga rehabilitasi");
		assertThat(link("Daftarkan ke layanan IBM")).hasCount(0);
		link("Tetap daftarkan (dengan alasan)").click();
		assertThat(this.page.locator("h1")).hasText("Pendaftaran ke jalur pemulihan IBM");
		main().getByLabel("Tanggal mulai").fill(this.start.plusDays(2).toString());
		main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Daftarkan ke layanan IBM")).click();
		assertThat(main().locator("#eligibilityOverride-error"))
			.hasText("Skrining terakhir menunjukkan risiko sedang atau tinggi. "
					+ "Tuliskan alasan bila klien tetap didaftarkan ke layanan IBM.");
		screenshot("journey-8-referral-needs-reason");
		link(uic2).click();
		assertThat(main()).containsText("Belum pernah terdaftar.");

		// An agent of another unit finds neither client: not on the pages...
		signOut();
		signIn(DemoUsers.OTHER_RECOVERY_AGENT);
		assertThat(this.page.locator("h1")).containsText("Selamat datang");
		for (String path : List.of("/clients/" + client1, "/recovery/clients/" + client1,
				"/recovery/enrolments/" + pathway1, "/clients/" + client2, "/recovery/clients/" + client2,
				"/recovery/screenings/" + screening2, "/clients/" + client2 + "/screening")) {
			Response response = this.page.navigate(path);
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(main()).containsText(NOT_FOUND);
			assertThat(main()).not().containsText(uic1);
			assertThat(main()).not().containsText(uic2);
		}
		screenshot("journey-9-other-unit-not-found");
		this.page.navigate("/clients?q=" + uic1);
		assertThat(this.page.locator("h1")).hasText("Klien");
		assertThat(main()).not().containsText(uic1);

		// ...nor through the API, with a personal access token made on the account page.
		this.page.navigate("/account");
		Locator tokens = main().locator("#tokens");
		tokens.getByLabel("Nama token").fill("Pemeriksaan perjalanan pemulihan");
		tokens.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Buat token")).click();
		assertThat(this.page.locator("#new-token")).isVisible();
		String token = this.page.locator("#new-token").textContent().strip();
		assertThat(token).isNotBlank();
		signOut();
		RequestOptions bearer = RequestOptions.create().setHeader("Authorization", "Bearer " + token);
		APIResponse search = this.page.request().get("/api/v1/clients?q=" + uic1, bearer);
		assertThat(search.status()).as("the token signs in").isEqualTo(200);
		assertThat(search.text()).doesNotContain(uic1);
		assertThat(this.page.request().get("/api/v1/clients/" + client1).status()).as("without a token").isEqualTo(401);
		for (String path : List.of("/api/v1/clients/" + client1, "/api/v1/clients/" + client2,
				"/api/v1/recovery/clients/" + client1, "/api/v1/recovery/clients/" + client2,
				"/api/v1/recovery/enrolments/" + pathway1)) {
			APIResponse response = this.page.request().get(path, bearer);
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.text()).doesNotContain(uic1).doesNotContain(uic2);
		}
	}

	/**
	 * Registers a client from the menu with random parents' names (so the code is new),
	 * and answers the code shown on the client's page.
	 */
	private String register(String sex, String source, String screenshotName) {
		this.page.navigate("/");
		this.page.locator("details.menu summary").click();
		this.page.getByRole(AriaRole.NAVIGATION)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Klien").setExact(true))
			.click();
		assertThat(this.page.locator("h1")).hasText("Klien");
		link("Daftarkan klien").click();
		assertThat(this.page.locator("h1")).hasText("Daftarkan klien");
		Locator form = this.page.locator("#client-form");
		form.getByLabel("Nama depan ibu kandung").fill(name());
		form.getByLabel("Nama depan ayah kandung").fill(name());
		form.getByLabel("Jenis kelamin").selectOption(new SelectOption().setLabel(sex));
		LocalDate born = LocalDate.of(1985, 1, 1).plusDays(this.random.nextInt(5000));
		form.getByLabel("Tanggal lahir").fill(born.toString());
		form.getByLabel("Kode desa/kelurahan tempat tinggal").fill(GUNUNGPUTRI);
		form.getByLabel("Cara datang").selectOption(new SelectOption().setLabel(source));
		form.getByLabel("Tanggal terdaftar").fill(this.start.toString());
		assertThat(form.locator("#uic-preview")).containsText("Kode klien yang akan dibentuk:");
		String preview = form.locator("#uic-preview strong").textContent().strip();
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Daftarkan").setExact(true)).click();
		assertThat(main()).containsText("Klien sudah didaftarkan.");
		String uic = this.page.locator("h1 .code").textContent().strip();
		assertThat(uic).isNotBlank().isEqualTo(preview);
		assertThat(fact("Kode klien")).hasText(uic);
		assertThat(fact("Lembaga pendaftar")).containsText("IBM Desa Gunungputri");
		screenshot(screenshotName);
		return uic;
	}

	/**
	 * Opens the screening from the client's page and answers the ASSIST one section at a
	 * time.
	 */
	private void screenFromClientPage(LocalDate on, Map<String, String> answers) {
		main().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Skrining ASSIST").setExact(true))
			.click();
		assertThat(this.page.locator("h1")).hasText("Skrining ASSIST");
		main().getByLabel("Tanggal skrining").fill(on.toString());
		answerStepByStep(main(), answers);
	}

	/** Takes the WHOQOL-BREF from the pathway page's link, on the given day. */
	private void takeWhoqol(String linkName, LocalDate on, Map<String, String> answers) {
		link(linkName).click();
		assertThat(this.page.locator("h1")).hasText("Kualitas hidup (WHOQOL-BREF)");
		main().getByLabel("Tanggal pengukuran").fill(on.toString());
		answerStepByStep(main(), answers);
		assertThat(main()).containsText("WHOQOL-BREF tersimpan.");
		assertThat(this.page.locator("h1")).containsText("Jalur pemulihan");
	}

	/**
	 * Answers a questionnaire one section per page: on each page checks the answers on
	 * screen, then goes on ("Lanjut") until the last page, which is saved ("Simpan").
	 */
	static void answerStepByStep(Locator main, Map<String, String> answers) {
		Locator save = main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Simpan"));
		for (int step = 1; step <= 20; step++) {
			assertThat(main.locator("p")
				.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^Bagian " + step + "( dari \\d+)?$"))))
				.isVisible();
			answers.forEach((item, value) -> {
				Locator radio = main.locator("input[type=radio][name='" + item + "'][value='" + value + "']");
				if (radio.count() > 0) {
					radio.check();
				}
			});
			if (save.count() > 0) {
				save.click();
				return;
			}
			main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lanjut")).click();
		}
		throw new AssertionError("The questionnaire never reached its last section");
	}

	/**
	 * Records a session on the pathway page and waits until the sessions table has the
	 * expected number of rows.
	 */
	private void recordSession(String type, LocalDate on, int minutes, String notes, int sessions) {
		Locator form = main().locator("form[action$='/sessions']");
		form.getByLabel("Jenis layanan").selectOption(new SelectOption().setLabel(type));
		form.getByLabel("Tanggal", new Locator.GetByLabelOptions().setExact(true)).fill(on.toString());
		form.getByLabel("Durasi (menit)").fill(String.valueOf(minutes));
		form.getByLabel("Catatan").fill(notes);
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Catat layanan")).click();
		Locator rows = main().locator("section[aria-labelledby=sessions-title] tbody tr");
		assertThat(rows).hasCount(sessions);
		assertThat(main()).containsText("Layanan tercatat.");
		assertThat(rows.filter(new Locator.FilterOptions().setHasText(notes)).locator("td"))
			.containsText(new String[] { day(on), type, "", String.valueOf(minutes), "1", notes });
	}

	private void assertEntry(Locator timeline, LocalDate on, String text) {
		Locator entry = timeline
			.filter(new Locator.FilterOptions().setHas(this.page.locator("time[datetime='" + on + "']")))
			.filter(new Locator.FilterOptions().setHasText(text));
		assertThat(entry.first()).isVisible();
	}

	private Locator whoqolRow(String domain) {
		return main().locator("section[aria-labelledby=whoqol-title] tbody tr")
			.filter(new Locator.FilterOptions().setHasText(domain))
			.locator("td");
	}

	/** The value beside a label in the page's facts. */
	private Locator fact(String label) {
		return main().locator("dl.facts dt:text-is('" + label + "') + dd");
	}

	private Locator link(String name) {
		return main().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name));
	}

	private Locator main() {
		return this.page.locator("main");
	}

	/** A date as the pages show it, e.g. "3 Mar 2026". */
	private static String day(LocalDate date) {
		return date.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.of("id")));
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

	/**
	 * Low overall risk: daily tobacco (high, but tobacco does not count), alcohol once or
	 * twice in three months (low), nothing else, never injected.
	 */
	static Map<String, String> lowRisk() {
		Map<String, String> answers = neverUsedExcept("tobacco", "alcohol");
		substance(answers, "tobacco", "DAILY_OR_ALMOST_DAILY", "DAILY_OR_ALMOST_DAILY", "DAILY_OR_ALMOST_DAILY", null,
				"YES_IN_PAST_3_MONTHS", "YES_IN_PAST_3_MONTHS");
		substance(answers, "alcohol", "ONCE_OR_TWICE", "NEVER", "NEVER", "NEVER", "NO_NEVER", "NO_NEVER");
		answers.put("q8", "NO_NEVER");
		return answers;
	}

	/** High overall risk: daily opioids with every problem, never injected. */
	private static Map<String, String> highRisk() {
		Map<String, String> answers = neverUsedExcept("opioids");
		substance(answers, "opioids", "DAILY_OR_ALMOST_DAILY", "DAILY_OR_ALMOST_DAILY", "DAILY_OR_ALMOST_DAILY",
				"DAILY_OR_ALMOST_DAILY", "YES_IN_PAST_3_MONTHS", "YES_IN_PAST_3_MONTHS");
		answers.put("q8", "NO_NEVER");
		return answers;
	}

	private static Map<String, String> neverUsedExcept(String... used) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (String substance : List.of("tobacco", "alcohol", "cannabis", "cocaine", "amphetamines", "inhalants",
				"sedatives", "hallucinogens", "opioids", "other")) {
			answers.put("substances." + substance + ".q1", List.of(used).contains(substance) ? "YES" : "NO");
		}
		return answers;
	}

	/** Q2 to Q7 of one substance (Q5 null where it is not asked, as for tobacco). */
	private static void substance(Map<String, String> answers, String substance, String... q2ToQ7) {
		for (int question = 2; question <= 7; question++) {
			String value = q2ToQ7[question - 2];
			if (value != null) {
				answers.put("substances." + substance + ".q" + question, value);
			}
		}
	}

	/**
	 * Every WHOQOL-BREF item answered with one value, the negatively worded items (Q3,
	 * Q4, Q26: pain, need of treatment, negative feelings) with another.
	 */
	private static Map<String, String> whoqol(String value, String negativeItems) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (int item = 1; item <= 26; item++) {
			answers.put("q" + item, (item == 3 || item == 4 || item == 26) ? negativeItems : value);
		}
		return answers;
	}

}
