package id.pulih.shared.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pulih.shared.Conflict;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of an API call into an RFC 9457 problem, with field errors in the
 * caller's language. A record outside the caller's scope answers exactly like a missing
 * one.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RecordNotFound.class)
	ProblemDetail notFound(RecordNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, text("error.notFound"));
	}

	@ExceptionHandler(Conflict.class)
	ProblemDetail conflict(Conflict ex) {
		return withField(problem(HttpStatus.CONFLICT, text(ex.messageKey(), ex.arguments())), ex);
	}

	@ExceptionHandler({ DuplicateKeyException.class, OptimisticLockingFailureException.class })
	ProblemDetail storedConflict(RuntimeException ex) {
		return problem(HttpStatus.CONFLICT, text("error.conflict"));
	}

	@ExceptionHandler(RuleViolation.class)
	ProblemDetail ruleViolation(RuleViolation ex) {
		return withField(problem(HttpStatus.UNPROCESSABLE_CONTENT, text(ex.messageKey(), ex.arguments())), ex);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		// A path id that is not even a UUID names no record the caller may see.
		if (ex.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
			return problem(HttpStatus.NOT_FOUND, text("error.notFound"));
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("error.badRequest"));
		problem.setProperty("errors", List.of(Map.of("field", ex.getName(), "message", text("error.invalidValue"))));
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("error.validation"));
		problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream().map(this::fieldError).toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getDetail() == null) {
			problem.setDetail(text("error.http." + statusCode.value(), text("error.badRequest")));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private Map<String, String> fieldError(FieldError error) {
		Map<String, String> field = new LinkedHashMap<>();
		field.put("field", error.getField());
		field.put("message", this.messages.getMessage(error, LocaleContextHolder.getLocale()));
		return field;
	}

	private ProblemDetail withField(ProblemDetail problem, RuleViolation ex) {
		if (ex.field() != null) {
			problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", problem.getDetail())));
		}
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
