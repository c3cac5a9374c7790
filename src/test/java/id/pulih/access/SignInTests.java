package id.pulih.access;

import java.time.Instant;
import java.util.UUID;

import id.pulih.access.internal.Totp;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;
import id.pulih.support.PulihSpringTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in as a person does it: the form, wrong passwords and lockout, the second
 * factor for those who have one (and its enrolment for administrators), sessions, and API
 * tokens.
 */
@PulihSpringTest
class SignInTests {

	private static final String PASSWORD = "Rahasia-2026-ok";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccessManagement access;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aManagerSignsInAndSeesTheHomePage() throws Exception {
		String username = newUser(Role.PROGRAMME_MANAGER);
		Cookie[] session = signIn(username, PASSWORD, "/");
		this.mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Pengelola Program")));
		assertThat(auditCount("login.succeeded", username)).isEqualTo(1);
	}

	@Test
	void aWrongPasswordIsRefusedAndFiveLockTheAccount() throws Exception {
		String username = newUser(Role.PROGRAMME_MANAGER);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post("/login").param("username", username).param("password", "salah-" + i).with(csrf()))
				.andExpect(redirectedUrl("/login?error"));
		}
		// Locked now: even the right password is refused, without saying whether it was
		// right.
		this.mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/login").param("locked", ""))
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("Akun dikunci sementara setelah 5 kali gagal masuk")));
		assertThat(auditCount("login.failed", null)).isGreaterThanOrEqualTo(5);
	}

	@Test
	void anAdministratorMustEnrolASecondFactorBeforeAnythingElse() throws Exception {
		String username = newUser(Role.ADMINISTRATOR);
		Cookie[] held = signIn(username, PASSWORD, "/login/enrol");
		// Every other page sends the half-signed-in administrator back to enrolment.
		this.mvc.perform(get("/admin/users").cookie(held)).andExpect(redirectedUrl("/login/enrol"));
		MvcResult enrolPage = this.mvc.perform(get("/login/enrol").cookie(held)).andExpect(status().isOk()).andReturn();
		String secret = enrolPage.getResponse()
			.getContentAsString()
			.replaceAll("(?s).*id=\"totp-secret\">([A-Z2-7]+)<.*", "$1");
		assertThat(secret).matches("[A-Z2-7]{32}");
		this.mvc.perform(post("/login/enrol").param("code", "000000").cookie(held).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kode salah")));
		MvcResult done = this.mvc
			.perform(post("/login/enrol").param("code", Totp.codeAt(secret, Instant.now())).cookie(held).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		this.mvc.perform(get("/admin/users").cookie(cookies(done, held))).andExpect(status().isOk());
	}

	@Test
	void aUserWithASecondFactorIsAskedForTheCode() throws Exception {
		String username = newUser(Role.ADMINISTRATOR);
		UUID id = this.access.list(Scope.national(), username).getFirst().id();
		String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
		this.access.enrolSecondFactorWithSecret(id, secret);
		Cookie[] held = signIn(username, PASSWORD, "/login/code");
		this.mvc.perform(get("/admin/users").cookie(held)).andExpect(redirectedUrl("/login/code"));
		this.mvc.perform(post("/login/code").param("code", "123456").cookie(held).with(csrf()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kode salah")));
		MvcResult done = this.mvc
			.perform(post("/login/code").param("code", Totp.codeAt(secret, Instant.now())).cookie(held).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		this.mvc.perform(get("/admin/users").cookie(cookies(done, held))).andExpect(status().isOk());
		assertThat(auditCount("login.secondFactorFailed", username)).isEqualTo(1);
	}

	@Test
	void aUserChangesTheirPasswordProvingTheOldOne() throws Exception {
		String username = newUser(Role.PROGRAMME_MANAGER);
		Cookie[] session = signIn(username, PASSWORD, "/");
		this.mvc
			.perform(post("/account/password").param("currentPassword", "bukan-ini-1")
				.param("newPassword", "Baru-sekali-2026")
				.param("repeatPassword", "Baru-sekali-2026")
				.cookie(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kata sandi saat ini salah")));
		this.mvc
			.perform(post("/account/password").param("currentPassword", PASSWORD)
				.param("newPassword", "pendek1")
				.param("repeatPassword", "pendek1")
				.cookie(session)
				.with(csrf()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("minimal 10 karakter")));
		this.mvc
			.perform(post("/account/password").param("currentPassword", PASSWORD)
				.param("newPassword", "Baru-sekali-2026")
				.param("repeatPassword", "Baru-sekali-2026")
				.cookie(session)
				.with(csrf()))
			.andExpect(redirectedUrl("/account"));
		this.mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		signIn(username, "Baru-sekali-2026", "/");
	}

	@Test
	void anApiTokenActsForItsOwnerUntilRevoked() throws Exception {
		String username = newUser(Role.PROGRAMME_MANAGER);
		UUID id = this.access.list(Scope.national(), username).getFirst().id();
		Cookie[] session = signIn(username, PASSWORD, "/");
		MvcResult created = this.mvc
			.perform(post("/account/tokens").param("name", "DHIS2 sync")
				.param("validDays", "30")
				.cookie(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
		String token = created.getResponse()
			.getContentAsString()
			.replaceAll("(?s).*id=\"new-token\">(pul_[A-Za-z0-9_-]+)<.*", "$1");
		assertThat(token).startsWith("pul_");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = ?")
			.param(AccessTokens.hash(token))
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = ?")
			.param(token)
			.query(Integer.class)
			.single()).as("the token itself is never stored").isZero();
		this.mvc.perform(get("/api/v1/areas/32.01").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kabupaten Bogor")));
		UUID tokenId = new AccessTokensView(this.jdbc).idOf(id);
		this.mvc.perform(post("/account/tokens/{id}/revoke", tokenId).cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/account"));
		this.mvc.perform(get("/api/v1/areas/32.01").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/areas/32.01").header("Authorization", "Bearer pul_made-up"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aDisabledUserCannotSignIn() throws Exception {
		String username = newUser(Role.PROGRAMME_MANAGER);
		UUID id = this.access.list(Scope.national(), username).getFirst().id();
		this.access.disable(id, "Tidak lagi bertugas", Scope.national(), UUID.randomUUID());
		this.mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	private String newUser(Role role) {
		String username = "t" + UUID.randomUUID().toString().substring(0, 8);
		this.access.create(new NewUser(username, "Uji " + role, PASSWORD, role, Scope.Kind.AREA, null, "32", null),
				Scope.national());
		return username;
	}

	private Cookie[] signIn(String username, String password, String expectedTarget) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andExpect(redirectedUrl(expectedTarget))
			.andReturn();
		return result.getResponse().getCookies();
	}

	private static Cookie[] cookies(MvcResult result, Cookie[] previous) {
		Cookie[] fresh = result.getResponse().getCookies();
		return (fresh.length > 0) ? fresh : previous;
	}

	private int auditCount(String action, String username) {
		String sql = "SELECT COUNT(*) FROM audit_event WHERE action = ?"
				+ ((username != null) ? " AND (actor = ? OR detail = ?)" : "");
		var spec = this.jdbc.sql(sql).param(action);
		if (username != null) {
			spec = spec.param(username).param(username);
		}
		return spec.query(Integer.class).single();
	}

	/** Reads a user's newest token id, as the account page lists it. */
	private record AccessTokensView(JdbcClient jdbc) {

		UUID idOf(UUID userId) {
			return this.jdbc.sql("SELECT id FROM api_token WHERE user_id = ? ORDER BY created_at DESC")
				.param(userId)
				.query(UUID.class)
				.list()
				.getFirst();
		}

	}

}
