package id.pulih.shared;

import id.pulih.demo.DemoUsers;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a user sees when something is wrong, in their language, and never a stack trace.
 */
@PulihSpringTest
class ErrorsAndLanguageTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Test
	void pagesSpeakIndonesianFirstAndEnglishOnRequest() throws Exception {
		var result = this.mvc.perform(get("/").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Selamat datang")))
			.andExpect(content().string(containsString("lang=\"id\"")))
			.andReturn();
		assertThat(result.getResponse().getContentAsString()).doesNotContain("Welcome");
		var english = this.mvc.perform(get("/").param("lang", "en").with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Welcome")))
			.andReturn();
		Cookie language = english.getResponse().getCookie("pulih-lang");
		assertThat(language).isNotNull();
		this.mvc.perform(get("/account").cookie(language).with(this.users.as(DemoUsers.RECOVERY_AGENT)))
			.andExpect(content().string(containsString("My account")));
	}

	@Test
	void anUnknownPageAnswersAFriendly404() throws Exception {
		this.mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML).with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Halaman atau data tidak ditemukan")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void theApiAnswersProblemDetails() throws Exception {
		this.mvc.perform(get("/api/v1/no-such-thing").with(this.users.as(DemoUsers.HEALTH_WORKER)))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.status").value(404));
		this.mvc
			.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
				.content("{ this is not json")
				.with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").isNotEmpty());
		this.mvc
			.perform(post("/api/v1/people").contentType(MediaType.TEXT_PLAIN)
				.content("hello")
				.with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isUnsupportedMediaType());
		this.mvc
			.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
				.content("{\"fullName\":\"" + "x".repeat(20_000) + "\"}")
				.with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
	}

	@Test
	void pagesCarryProtectiveHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().string(containsString("Masuk")));
	}

	@Test
	void theLicencePageCreditsTheAreaData() throws Exception {
		this.mvc.perform(get("/licenses").with(this.users.as(DemoUsers.FIELD_OFFICER)))
			.andExpect(content().string(containsString("idn-area-data 4.0.1")));
		this.mvc.perform(get("/licenses/odbl.md")).andExpect(status().isOk());
	}

}
