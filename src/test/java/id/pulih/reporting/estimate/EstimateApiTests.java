package id.pulih.reporting.estimate;

import java.util.HashMap;
import java.util.Map;

import id.pulih.demo.DemoUsers;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The population estimates API: PUT enters an estimate (201), repeats it (200, unchanged)
 * and corrects it with the version read (200); a stale or missing version answers 409,
 * broken rules 422 naming every field, an area outside the manager's scope 404, other
 * roles 403; GET lists the year's estimates of the caller's area. The year 2094 belongs
 * to these tests alone.
 */
@PulihSpringTest
class EstimateApiTests {

	private static final int YEAR = 2094;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private PopulationEstimates estimates;

	private MockHttpServletRequestBuilder putEstimate(String area, Object year, Object body, String username) {
		return put("/api/v1/estimates/" + area + "/" + year).contentType(MediaType.APPLICATION_JSON)
			.content((body instanceof String text) ? text : JSON.writeValueAsString(body))
			.with(this.users.as(username));
	}

	@Test
	void anEstimateIsPutRepeatedAndCorrectedWithItsVersion() throws Exception {
		Map<String, Object> body = new HashMap<>(
				Map.of("pwid", 1_200, "opioidPwid", 800, "pwidHiv", 150, "sourceNote", "Estimasi Kemenkes 2024"));
		this.mvc.perform(putEstimate("32.73.04", YEAR, body, DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/estimates?year=" + YEAR + "&area=32.73.04"))
			.andExpect(jsonPath("$.areaCode").value("32.73.04"))
			.andExpect(jsonPath("$.areaName").value("Bojongloa Kaler"))
			.andExpect(jsonPath("$.year").value(YEAR))
			.andExpect(jsonPath("$.pwid").value(1_200))
			.andExpect(jsonPath("$.opioidPwid").value(800))
			.andExpect(jsonPath("$.pwidHiv").value(150))
			.andExpect(jsonPath("$.version").value(0));
		this.mvc.perform(putEstimate("32.73.04", YEAR, body, DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(0));

		body.put("pwid", 1_300);
		body.put("version", 0);
		this.mvc.perform(putEstimate("32.73.04", YEAR, body, DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pwid").value(1_300))
			.andExpect(jsonPath("$.version").value(1));
		body.put("pwid", 1_400);
		this.mvc.perform(putEstimate("32.73.04", YEAR, body, DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		body.remove("version");
		this.mvc.perform(putEstimate("32.73.04", YEAR, body, DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("areaCode"));
		assertThat(this.estimates.find("32.73.04", YEAR)).get()
			.extracting(Estimate::pwid, Estimate::version)
			.containsExactly(1_300L, 1);

		this.mvc
			.perform(get("/api/v1/estimates").param("year", String.valueOf(YEAR))
				.param("area", "32.73")
				.with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].areaCode").value("32.73.04"))
			.andExpect(jsonPath("$[0].pwid").value(1_300));
		this.mvc
			.perform(get("/api/v1/estimates").param("year", String.valueOf(YEAR))
				.with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/estimates").param("year", String.valueOf(YEAR))
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isForbidden());
	}

	@Test
	void brokenRulesAnswer422NamingEveryFieldAndWriteNothing() throws Exception {
		this.mvc
			.perform(putEstimate("32.73.05", YEAR, """
					{"pwid": 0, "opioidPwid": 12.5, "pwidHiv": 1e1000000000, "sourceNote": "x"}""",
					DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Jumlah orang paling sedikit 1."))
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[0].field").value("pwid"))
			.andExpect(jsonPath("$.errors[1].field").value("opioidPwid"))
			.andExpect(jsonPath("$.errors[1].message").value("Jumlah orang harus angka bulat."))
			.andExpect(jsonPath("$.errors[2].field").value("pwidHiv"))
			.andExpect(jsonPath("$.errors[2].message").value("Jumlah orang paling banyak 1.000.000.000."));
		this.mvc
			.perform(putEstimate("32.73.05", YEAR, Map.of("pwid", 100, "pwidHiv", 101), DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("pwidHiv"));
		this.mvc.perform(putEstimate("32.73.05", YEAR, Map.of("sourceNote", "kosong"), DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Isi paling sedikit satu angka estimasi."))
			.andExpect(jsonPath("$.errors[0].field").doesNotExist());
		this.mvc.perform(putEstimate("32.73.05", 1999, Map.of("pwid", 100), DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("year"))
			.andExpect(jsonPath("$.errors[0].message").value("Tahun harus antara 2000 dan 2100."));
		this.mvc.perform(putEstimate("32.99", YEAR, Map.of("pwid", 100), DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("areaCode"));
		this.mvc
			.perform(putEstimate("32.73.05", YEAR, Map.of("pwid", 100, "opioidPwid", 200), DemoUsers.PROGRAMME_MANAGER)
				.param("lang", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message")
				.value("Opioid PWID cannot be more than the number of people who inject drugs."));
		this.mvc.perform(putEstimate("32.73.05", YEAR, "{\"pwid\": \"banyak\"}", DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isBadRequest());
		assertThat(this.estimates.find("32.73.05", YEAR)).isEmpty();
	}

	@Test
	void anAreaOutsideTheScopeIsNotFoundAndOtherRolesAreRefused() throws Exception {
		Map<String, Object> body = Map.of("pwid", 100);
		this.mvc.perform(putEstimate("31.71", YEAR, body, DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isNotFound());
		this.mvc.perform(putEstimate("ID", YEAR, body, DemoUsers.PROGRAMME_MANAGER)).andExpect(status().isNotFound());
		this.mvc.perform(putEstimate("32.73.06", "dua-ribu", body, DemoUsers.PROGRAMME_MANAGER))
			.andExpect(status().isNotFound());
		this.mvc.perform(putEstimate("32.73.06", YEAR, body, DemoUsers.HEALTH_WORKER))
			.andExpect(status().isForbidden());
		this.mvc.perform(putEstimate("32.73.06", YEAR, body, DemoUsers.REHABILITATION_OFFICER))
			.andExpect(status().isForbidden());
		assertThat(this.estimates.find("31.71", YEAR)).isEmpty();
		assertThat(this.estimates.find("ID", YEAR)).isEmpty();
		assertThat(this.estimates.find("32.73.06", YEAR)).isEmpty();
	}

}
