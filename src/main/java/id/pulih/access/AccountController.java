package id.pulih.access;

import java.time.Clock;

import jakarta.annotation.security.PermitAll;

import id.pulih.access.internal.Totp;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user's own account: password, second factor and API tokens. */
@Controller
class AccountController {

	private final AccessManagement access;

	private final AccessTokens tokens;

	private final Clock clock;

	AccountController(AccessManagement access, AccessTokens tokens, Clock clock) {
		this.access = access;
		this.tokens = tokens;
		this.clock = clock;
	}

	@PermitAll
	@GetMapping("/account")
	String account(Model model) {
		PulihUser me = CurrentUser.get();
		model.addAttribute("tokens", this.tokens.list(me.id()));
		model.addAttribute("now", this.clock.instant());
		this.access.pendingSecondFactor(me.id()).ifPresent(secret -> {
			model.addAttribute("secret", secret);
			model.addAttribute("uri", Totp.uri("Pulih", me.getUsername(), secret));
		});
		return "access/account";
	}

	@PermitAll
	@PostMapping("/account/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String repeatPassword,
			Model model, RedirectAttributes redirect) {
		try {
			if (!newPassword.equals(repeatPassword)) {
				throw new RuleViolation("repeatPassword", "access.error.passwordsDiffer");
			}
			this.access.changeOwnPassword(CurrentUser.get().id(), currentPassword, newPassword);
		}
		catch (RuleViolation ex) {
			model.addAttribute("passwordError", ex.messageKey());
			return account(model);
		}
		redirect.addFlashAttribute("message", "access.passwordChanged");
		return "redirect:/account";
	}

	@PermitAll
	@PostMapping("/account/second-factor")
	String startSecondFactor() {
		this.access.startSecondFactor(CurrentUser.get().id());
		return "redirect:/account#second-factor";
	}

	@PermitAll
	@PostMapping("/account/second-factor/confirm")
	String confirmSecondFactor(@RequestParam(defaultValue = "") String code, Model model, RedirectAttributes redirect) {
		if (!this.access.confirmSecondFactor(CurrentUser.get().id(), code)) {
			model.addAttribute("codeError", true);
			return account(model);
		}
		redirect.addFlashAttribute("message", "access.secondFactorOn");
		return "redirect:/account";
	}

	@PermitAll
	@PostMapping("/account/tokens")
	String createToken(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "90") int validDays,
			Model model) {
		try {
			model.addAttribute("newToken", this.tokens.create(CurrentUser.get().id(), name, validDays));
		}
		catch (RuleViolation ex) {
			model.addAttribute("tokenError", ex.messageKey());
		}
		return account(model);
	}

	@PermitAll
	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@PathVariable java.util.UUID id, RedirectAttributes redirect) {
		this.tokens.revoke(CurrentUser.get().id(), id);
		redirect.addFlashAttribute("message", "access.tokenRevoked");
		return "redirect:/account";
	}

}
