package id.pulih.access;

import java.io.IOException;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.pulih.access.internal.Totp;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and the second-factor steps that may follow it. */
@Controller
class LoginController {

	private final AccessManagement access;

	private final SecondFactorSteps steps;

	private final UserDirectory directory;

	LoginController(AccessManagement access, SecondFactorSteps steps, UserDirectory directory) {
		this.access = access;
		this.steps = steps;
		this.directory = directory;
	}

	@PermitAll
	@GetMapping("/login")
	String login() {
		return "access/login";
	}

	@PermitAll
	@GetMapping("/login/code")
	String codeForm() {
		return "access/login-code";
	}

	@PermitAll
	@PostMapping("/login/code")
	String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
			Model model) throws IOException, ServletException {
		PulihUser user = CurrentUser.get();
		if (this.access.verifySecondFactor(user.id(), code)) {
			this.steps.complete(request, response, this.access.principalFor(user.id(), this.directory));
			return null;
		}
		this.steps.failed(request, user);
		model.addAttribute("codeError", true);
		return "access/login-code";
	}

	@PermitAll
	@GetMapping("/login/enrol")
	String enrolForm(Model model) {
		PulihUser user = CurrentUser.get();
		String secret = this.access.pendingSecondFactor(user.id())
			.orElseGet(() -> this.access.startSecondFactor(user.id()));
		model.addAttribute("secret", secret);
		model.addAttribute("uri", Totp.uri("Pulih", user.getUsername(), secret));
		return "access/login-enrol";
	}

	@PermitAll
	@PostMapping("/login/enrol")
	String enrol(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
			Model model) throws IOException, ServletException {
		PulihUser user = CurrentUser.get();
		if (this.access.confirmSecondFactor(user.id(), code)) {
			this.steps.complete(request, response, this.access.principalFor(user.id(), this.directory));
			return null;
		}
		this.steps.failed(request, user);
		model.addAttribute("codeError", true);
		return enrolForm(model);
	}

}
