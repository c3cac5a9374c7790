package id.pulih.reporting.estimate;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Population estimates for integrations. GET lists the estimates of a year that concern
 * the caller's area; PUT enters or corrects the estimate of one area and year (201 when
 * created, 200 when corrected or unchanged, so a repeated PUT is harmless). Only
 * programme managers PUT, and only for areas of their scope: another area answers 404.
 * Broken rules answer 422 naming every field; a version other than the stored one (or
 * none, when one is stored) answers 409.
 */
@RestController
@RequestMapping("/api/v1/estimates")
@Tag(name = "Population estimates",
		description = "Estimated people who inject drugs per area and year: the denominators of the harm "
				+ "reduction indicators")
class EstimateApi {

	private final PopulationEstimates estimates;

	private final MessageSource messages;

	EstimateApi(PopulationEstimates estimates, MessageSource messages) {
		this.estimates = estimates;
		this.messages = messages;
	}

	@RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.REHABILITATION_OFFICER, Roles.HEALTH_WORKER })
	@GetMapping
	@Operation(summary = "The estimates of a year (default: this year) that concern the caller's area: those of "
			+ "the area, of every area below it and of the areas above it; narrowed to one area and those below "
			+ "it with area (a Kemendagri code, or ID for the nation)")
	List<Estimate> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String area) {
		PulihUser me = CurrentUser.get();
		int shown = (year != null) ? year : this.estimates.today(me).getYear();
		return this.estimates.list(me.scope(), shown, area);
	}

	@RolesAllowed(Roles.PROGRAMME_MANAGER)
	@PutMapping("/{areaCode}/{year}")
	@Operation(summary = "Enter or correct the estimate of an area (a Kemendagri code, or ID for the nation) for a "
			+ "year: 201 when created, 200 when corrected or unchanged; 409 when the version sent is not the "
			+ "stored one (send none for a new estimate); 404 for an area outside the caller's scope")
	ResponseEntity<Estimate> set(@PathVariable String areaCode, @PathVariable int year,
			@RequestBody EstimateRequest request) {
		PulihUser me = CurrentUser.get();
		List<RuleViolation> violations = new ArrayList<>();
		SetEstimate command = new SetEstimate(areaCode, year, EstimateInputs.figure("pwid", request.pwid(), violations),
				EstimateInputs.figure("opioidPwid", request.opioidPwid(), violations),
				EstimateInputs.figure("pwidHiv", request.pwidHiv(), violations), request.sourceNote(),
				request.version());
		PopulationEstimates.Outcome outcome = this.estimates.apply(me, command, violations);
		Estimate estimate = outcome.estimate();
		if (outcome.change() == PopulationEstimates.Change.CREATED) {
			URI location = UriComponentsBuilder.fromPath("/api/v1/estimates")
				.queryParam("year", estimate.year())
				.queryParam("area", estimate.areaCode())
				.build()
				.toUri();
			return ResponseEntity.created(location).body(estimate);
		}
		return ResponseEntity.ok(estimate);
	}

	/** Every broken rule of a refused estimate, each with its field when it has one. */
	@ExceptionHandler(InvalidEstimate.class)
	ResponseEntity<ProblemDetail> invalid(InvalidEstimate ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				text(ex.messageKey(), ex.arguments()));
		problem.setType(URI.create("about:blank"));
		List<Map<String, String>> errors = new ArrayList<>();
		for (RuleViolation violation : InvalidEstimate.all(ex)) {
			Map<String, String> error = new LinkedHashMap<>();
			if (violation.field() != null) {
				error.put("field", violation.field());
			}
			error.put("message", text(violation.messageKey(), violation.arguments()));
			errors.add(error);
		}
		problem.setProperty("errors", errors);
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	/**
	 * The figures of an estimate: whole numbers of people, each optional but not all;
	 * {@code version} is the version read (none for a new estimate).
	 */
	record EstimateRequest(@Nullable BigDecimal pwid, @Nullable BigDecimal opioidPwid, @Nullable BigDecimal pwidHiv,
			@Nullable String sourceNote, @Nullable Integer version) {

	}

}
