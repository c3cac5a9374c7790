package id.pulih.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path that no page, API endpoint or static file answers: a problem for the API, the
 * friendly 404 page otherwise (the same as for a record outside the user's scope).
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice
class UnknownPaths {

	private final MessageSource messages;

	UnknownPaths(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	Object unknown(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					this.messages.getMessage("error.http.404", null, LocaleContextHolder.getLocale()));
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		return new ModelAndView("error", Map.of("status", 404, "messageKey", "error.http.404"), HttpStatus.NOT_FOUND);
	}

}
