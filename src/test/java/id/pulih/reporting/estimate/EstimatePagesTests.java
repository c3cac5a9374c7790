package id.pulih.reporting.estimate;

import java.util.Map;

import id.pulih.demo.DemoUsers;
import id.pulih.shared.security.PulihUser;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The population estimates page as the Jawa Barat programme manager uses it: the year's
 * estimates of the province, the nation's above it (read only), the figures reports will
 * use, a form that keeps what was typed and shows each error beside its field (in Bahasa
 * Indonesia, or English with {@code lang=en}), saving, correcting with the version read,
 * and a stale correction refused. Other roles read the page without the form. The year
 * 2093 belongs to these tests alone.
 */
@PulihSpringTest
class EstimatePagesTests {

	private static final int YEAR = 2093;

	private static final String PAGE = "/reports/estimates";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private PopulationEstimates estimates;

	private MockHttpServletRequestBuilder postForm(Map<String, String> fields) {
		MockHttpServletRequestBuilder request = post(PAGE).with(csrf())
			.with(this.users.as(DemoUsers.PROGRAMME_MANAGER));
		fields.forEach(request::param);
		return request;
	}

	@Test
	void aManagerSeesTheYearsEstimatesTheFiguresReportsUseAndTheForm() throws Exception {
		PulihUser jabar = this.users.load(DemoUsers.PROGRAMME_MANAGER);
		this.estimates.set(EstimateCommandTests.nationalManager(),
				new SetEstimate("ID", YEAR, 40_000L, null, null, "Estimasi nasional", null));
		this.estimates.set(jabar, new SetEstimate("32.73", YEAR, 1_200L, 800L, 150L, "Estimasi Kemenkes 2024", null));
		this.estimates.set(jabar, new SetEstimate("32.71", YEAR, 300L, null, null, null, null));

		this.mvc.perform(get(PAGE).param("year", String.valueOf(YEAR)).with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Estimasi populasi</h1>")))
			.andExpect(content().string(containsString("Jawa Barat")))
			.andExpect(content().string(containsString("id=\"estimate-32.73\"")))
			.andExpect(content().string(containsString("Kota Bandung")))
			.andExpect(content().string(containsString("<td>1.200</td>")))
			.andExpect(content().string(containsString("Estimasi Kemenkes 2024")))
			.andExpect(content()
				.string(containsString("href=\"/reports/estimates?year=2093&amp;edit=32.73#estimate-form\"")))
			// the nation is shown, but entered by a national manager only
			.andExpect(content().string(containsString("id=\"estimate-ID\"")))
			.andExpect(content().string(containsString("Indonesia (nasional)")))
			.andExpect(content().string(not(containsString("edit=ID"))))
			// Jawa Barat has no entry of its own: its regencies are summed
			.andExpect(content().string(containsString("id=\"denominators\"")))
			.andExpect(content().string(containsString("1.500")))
			.andExpect(content().string(containsString("dijumlah dari wilayah di bawahnya")))
			.andExpect(content().string(containsString("id=\"estimate-form\"")))
			.andExpect(content().string(containsString("hx-get=\"/areas/search?within=32\"")))
			.andExpect(content().string(not(containsString("readonly"))))
			.andExpect(content().string(containsString("href=\"/reports/estimates\"")));

		this.mvc
			.perform(get(PAGE).param("year", String.valueOf(YEAR))
				.param("lang", "en")
				.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Population estimates</h1>")))
			.andExpect(content().string(containsString("<td>1,200</td>")))
			.andExpect(content().string(containsString("summed from the areas below")));
	}

	@Test
	void otherRolesReadThePageWithoutTheForm() throws Exception {
		this.mvc.perform(get(PAGE).param("year", String.valueOf(YEAR)).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Estimasi populasi</h1>")))
			.andExpect(content().string(containsString("Hanya pengelola program yang dapat mengisi")))
			.andExpect(content().string(not(containsString("id=\"estimate-form\""))))
			.andExpect(content().string(not(containsString("href=\"/reports/estimates\""))));
		this.mvc
			.perform(
					get(PAGE).param("year", String.valueOf(YEAR)).with(this.users.as(DemoUsers.REHABILITATION_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"estimate-form\""))));
		this.mvc.perform(get(PAGE).with(this.users.as(DemoUsers.RECOVERY_AGENT))).andExpect(status().isForbidden());
		this.mvc
			.perform(post(PAGE).with(csrf())
				.param("areaCode", "32.73")
				.param("year", String.valueOf(YEAR))
				.param("pwid", "10")
				.with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRefusedFormKeepsWhatWasTypedAndShowsEachErrorBesideItsField() throws Exception {
		this.mvc
			.perform(postForm(Map.of("areaCode", "32.73.02", "year", String.valueOf(YEAR), "pwid", "seribu",
					"opioidPwid", "500", "pwidHiv", "-1", "sourceNote", "Catatan saya")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"estimate-pwid-error\"")))
			.andExpect(content().string(containsString("Tulis jumlah orang dengan angka bulat")))
			.andExpect(content().string(containsString("id=\"estimate-pwidHiv-error\"")))
			.andExpect(content().string(containsString("Jumlah orang paling sedikit 1.")))
			.andExpect(content().string(not(containsString("id=\"estimate-opioidPwid-error\""))))
			.andExpect(content().string(containsString("value=\"seribu\"")))
			.andExpect(content().string(containsString("value=\"-1\"")))
			.andExpect(content().string(containsString("value=\"Catatan saya\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		this.mvc
			.perform(postForm(
					Map.of("areaCode", "32.73.02", "year", String.valueOf(YEAR), "pwid", "100", "opioidPwid", "200")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"estimate-opioidPwid-error\"")))
			.andExpect(content()
				.string(containsString("Penasun opioid tidak boleh lebih banyak daripada jumlah penasun.")));
		this.mvc.perform(postForm(Map.of("areaCode", "31.71", "year", "dua ribu", "pwid", "", "sourceNote", "")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"estimate-areaCode-error\"")))
			.andExpect(content().string(containsString("Wilayah ini berada di luar wilayah kerja Anda.")))
			.andExpect(content().string(containsString("Tulis tahun dengan angka, misalnya 2026.")))
			.andExpect(content().string(containsString("Isi paling sedikit satu angka estimasi.")))
			.andExpect(content().string(containsString("value=\"dua ribu\"")));
		// in English
		this.mvc
			.perform(postForm(Map.of("lang", "en", "areaCode", "32.99", "year", String.valueOf(YEAR), "pwid", "twelve",
					"pwidHiv", "1000000001")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unknown area code. Find the area, then copy its code.")))
			.andExpect(content().string(containsString("Write the number of people as a whole number")))
			.andExpect(content().string(containsString("The number of people may be at most 1,000,000,000.")))
			.andExpect(content().string(not(containsString("Enter at least one estimated figure."))));
		assertThat(this.estimates.find("32.73.02", YEAR)).isEmpty();
		assertThat(this.estimates.find("31.71", YEAR)).isEmpty();
	}

	@Test
	void anEstimateIsSavedEditedWithItsVersionAndAStaleEditIsRefused() throws Exception {
		this.mvc
			.perform(postForm(Map.of("areaCode", " 32.73.03 ", "year", String.valueOf(YEAR), "pwid", "1.250", "pwidHiv",
					"90", "sourceNote", "Pemetaan LSM 2093")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/reports/estimates?year=" + YEAR))
			.andExpect(flash().attribute("message", "estimate.saved"));
		assertThat(this.estimates.find("32.73.03", YEAR)).get()
			.extracting(Estimate::pwid, Estimate::opioidPwid, Estimate::pwidHiv, Estimate::version)
			.containsExactly(1_250L, null, 90L, 0);

		this.mvc
			.perform(get(PAGE).param("year", String.valueOf(YEAR))
				.param("edit", "32.73.03")
				.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ubah estimasi")))
			.andExpect(content().string(containsString("value=\"1250\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")))
			// the area and year of an estimate stay; cancelling goes back to the year
			.andExpect(content().string(containsString("readonly=\"readonly\"")))
			.andExpect(content().string(containsString("href=\"/reports/estimates?year=" + YEAR + "\">Batal</a>")));

		// the same figures again: nothing changes
		this.mvc
			.perform(postForm(Map.of("areaCode", "32.73.03", "year", String.valueOf(YEAR), "pwid", "1250", "pwidHiv",
					"90", "sourceNote", "Pemetaan LSM 2093", "version", "0")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "estimate.unchanged"));
		this.mvc
			.perform(postForm(Map.of("areaCode", "32.73.03", "year", String.valueOf(YEAR), "pwid", "1300", "pwidHiv",
					"95", "version", "0")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "estimate.saved"));
		// someone who read version 0 too: refused, with what they typed kept
		this.mvc
			.perform(postForm(
					Map.of("areaCode", "32.73.03", "year", String.valueOf(YEAR), "pwid", "1400", "version", "0")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"estimate-version-error\"")))
			.andExpect(content().string(containsString("Estimasi ini baru saja diubah orang lain.")))
			.andExpect(content().string(containsString("edit=32.73.03#estimate-form")))
			.andExpect(content().string(containsString("value=\"1400\"")));
		// entered as new while it exists
		this.mvc.perform(postForm(Map.of("areaCode", "32.73.03", "year", String.valueOf(YEAR), "pwid", "1500")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"estimate-areaCode-error\"")))
			.andExpect(content().string(containsString("Estimasi wilayah ini untuk tahun ini sudah ada.")));
		assertThat(this.estimates.find("32.73.03", YEAR)).get()
			.extracting(Estimate::pwid, Estimate::pwidHiv, Estimate::sourceNote, Estimate::version)
			.containsExactly(1_300L, 95L, null, 1);
	}

}
