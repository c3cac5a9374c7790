package id.pulih.geography;

import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import id.pulih.demo.DemoUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Kemendagri areas as loaded by the migration, and searching them. */
@PulihSpringTest
class AreasTests {

	@Autowired
	private Areas areas;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Test
	void everyAreaOfIndonesiaIsLoaded() {
		assertThat(this.areas.count(AreaLevel.PROVINCE)).isEqualTo(38);
		assertThat(this.areas.count(AreaLevel.REGENCY)).isEqualTo(514);
		assertThat(this.areas.count(AreaLevel.DISTRICT)).isEqualTo(7_285);
		assertThat(this.areas.count(AreaLevel.VILLAGE)).isEqualTo(83_762);
	}

	@Test
	void namesWithCommasAndQuotesSurviveTheLoad() {
		assertThat(this.areas.get("12.07.28.1007").name()).isEqualTo("Lubuk Pakam I,II");
		assertThat(this.areas.get("35.13.15.2017").name()).isEqualTo("Soka\"an");
	}

	@Test
	void aVillageKnowsItsAncestorsAndTimeZone() {
		Area gunungputri = this.areas.get("32.01.02.2004");
		assertThat(gunungputri.level()).isEqualTo(AreaLevel.VILLAGE);
		assertThat(gunungputri.label()).isEqualTo("Gunungputri, Gunungputri, Kabupaten Bogor, Jawa Barat");
		assertThat(gunungputri.timeZone()).isEqualTo(IndonesianTimeZone.WIB);
		assertThat(this.areas.lineage("32.01.02.2004")).extracting(Area::code)
			.containsExactly("32", "32.01", "32.01.02", "32.01.02.2004");
		assertThat(this.areas.get("51.71").timeZone()).isEqualTo(IndonesianTimeZone.WITA);
		assertThat(this.areas.get("94").timeZone()).isEqualTo(IndonesianTimeZone.WIT);
	}

	@Test
	void searchFindsByNameByCodeAndByWordsOfTheWholePath() {
		assertThat(this.areas.search("gunungputri", AreaLevel.VILLAGE, null, 10)).extracting(Area::code)
			.contains("32.01.02.2004");
		assertThat(this.areas.search("32.01.02", null, null, 100)).extracting(Area::code)
			.allMatch(code -> code.startsWith("32.01.02"))
			.contains("32.01.02", "32.01.02.2004");
		assertThat(this.areas.search("cicadas bogor", AreaLevel.VILLAGE, null, 10)).extracting(Area::code)
			.contains("32.01.02.2007");
		assertThat(this.areas.search("gunung", AreaLevel.VILLAGE, "32.01", 50)).extracting(Area::code)
			.allMatch(code -> code.startsWith("32.01."));
		assertThat(this.areas.search("   ", null, null, 10)).isEmpty();
		assertThat(this.areas.search("zzzz-nowhere", null, null, 10)).isEmpty();
	}

	@Test
	void theSearchPartialAndTheApiAnswer() throws Exception {
		this.mvc
			.perform(get("/areas/search").param("q", "gunungputri")
				.header("HX-Request", "true")
				.with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("32.01.02.2004")));
		this.mvc.perform(get("/areas/32.01").with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gunungputri")));
		this.mvc.perform(get("/areas/99.99").with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Data tidak ditemukan")));
		this.mvc.perform(get("/api/v1/areas/32.01.02.2004").with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Gunungputri"))
			.andExpect(jsonPath("$.timeZone").value("WIB"));
		this.mvc.perform(get("/api/v1/areas/00").with(this.users.as(DemoUsers.PROGRAMME_MANAGER)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
	}

}
