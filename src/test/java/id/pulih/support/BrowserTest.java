package id.pulih.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import id.pulih.access.internal.Totp;
import id.pulih.demo.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test: Debian's Chromium, driven by Playwright, against the application on a
 * random port, in a phone-sized window (360 x 740) unless a test asks for more. Each test
 * gets a fresh browser context (no cookies), so it signs in itself.
 */
@PulihSpringTest
public abstract class BrowserTest {

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	private int port;

	private BrowserContext context;

	protected Page page;

	@BeforeAll
	static void launchBrowser() {
		// Generous waits: CI machines have two cores and run the whole suite at once.
		PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
		playwright = Playwright.create();
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium())
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openContext() {
		this.context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port)
			.setViewportSize(360, 740)
			.setLocale("id-ID"));
		this.context.setDefaultTimeout(30_000);
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeContext() {
		this.context.close();
	}

	/** Signs in with the demo password; for the administrator, also with a TOTP code. */
	protected void signIn(String username) {
		this.page.navigate("/login");
		this.page.getByLabel("Nama pengguna").fill(username);
		this.page.getByLabel("Kata sandi").fill(DemoUsers.PASSWORD);
		this.page
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk"))
			.click();
		if (username.equals(DemoUsers.ADMINISTRATOR)) {
			this.page.getByLabel("Kode 6 angka").fill(Totp.codeAt(DemoUsers.ADMIN_TOTP_SECRET, Instant.now()));
			this.page
				.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
						new Page.GetByRoleOptions().setName("Verifikasi"))
				.click();
		}
	}

	protected void signOut() {
		this.context.clearCookies();
	}

	/** A screenshot under target/screenshots, for people to look at. */
	protected void screenshot(String name) {
		this.page.screenshot(
				new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots", name + ".png")).setFullPage(true));
	}

	private static Path chromium() {
		String configured = System.getenv("PULIH_CHROMIUM");
		for (String candidate : new String[] { configured, "/usr/bin/chromium", "/usr/bin/chromium-browser" }) {
			if (candidate != null && Files.isExecutable(Path.of(candidate))) {
				return Path.of(candidate);
			}
		}
		throw new IllegalStateException(
				"Browser tests need Chromium: install Debian's 'chromium' package (.ci/run does) or set PULIH_CHROMIUM");
	}

}
