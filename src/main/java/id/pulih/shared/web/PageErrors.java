package id.pulih.shared.web;

import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Failures on pages: a friendly page in the user's language, never a stack trace. Rule
 * violations that belong to a form field are normally caught by the form's controller and
 * shown beside the field; this is the fallback.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	@ExceptionHandler({ RecordNotFound.class, MethodArgumentTypeMismatchException.class })
	String notFound(HttpServletResponse response, Model model) {
		response.setStatus(404);
		model.addAttribute("status", 404);
		model.addAttribute("messageKey", "error.notFound");
		return "error";
	}

	@ExceptionHandler(RuleViolation.class)
	String ruleViolation(RuleViolation ex, HttpServletResponse response, Model model) {
		response.setStatus(422);
		model.addAttribute("status", 422);
		model.addAttribute("messageKey", ex.messageKey());
		model.addAttribute("messageArguments", ex.arguments());
		return "error";
	}

	@ExceptionHandler({ DuplicateKeyException.class, OptimisticLockingFailureException.class })
	String conflict(HttpServletResponse response, Model model) {
		response.setStatus(409);
		model.addAttribute("status", 409);
		model.addAttribute("messageKey", "error.conflict");
		return "error";
	}

}
