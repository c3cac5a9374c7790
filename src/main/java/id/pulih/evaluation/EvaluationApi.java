package id.pulih.evaluation;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import id.pulih.shared.RecordNotFound;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Programme evaluation of one IBM unit for integrations and offline clients: phase
 * assessments, community benefit surveys and INSANI responses, with the unit's means and
 * categories per year. A unit outside the caller's scope answers 404. Creates may carry a
 * client-chosen id: the same id with the same content answers the stored response (200),
 * with different content 409. Broken rules answer 422 naming the field (the item code for
 * an answer).
 */
@RestController
@RequestMapping("/api/v1/evaluation/units/{unitId}")
@Tag(name = "Programme evaluation", description = "IBM unit phase assessments, benefit surveys, INSANI")
class EvaluationApi {

	private final Evaluations evaluations;

	EvaluationApi(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	@RolesAllowed(Roles.REHABILITATION_OFFICER)
	@PostMapping("/assessments")
	@Operation(summary = "Record a phase assessment (201) and the resulting phase on the unit, or repeat one (200)")
	ResponseEntity<EvaluationResponse> assess(@PathVariable UUID unitId, @RequestBody AssessmentRequest request) {
		PulihUser me = CurrentUser.get();
		Evaluations.Saved saved = this.evaluations.assess(unitId,
				new NewAssessment(request.id(), request.assessedOn(), request.note(), request.answers()), me);
		return answer(unitId, saved);
	}

	@RolesAllowed({ Roles.REHABILITATION_OFFICER, Roles.UNIT_CHAIR, Roles.RECOVERY_AGENT, Roles.PROGRAMME_MANAGER })
	@GetMapping("/assessments")
	@Operation(summary = "The unit's phase assessments, newest first, each with the instrument version it used")
	List<EvaluationResponse> assessments(@PathVariable UUID unitId) {
		return this.evaluations.responses(unitId, EvaluationKind.ASSESSMENT, CurrentUser.get().scope());
	}

	@RolesAllowed({ Roles.REHABILITATION_OFFICER, Roles.UNIT_CHAIR, Roles.RECOVERY_AGENT })
	@PostMapping("/benefit-surveys")
	@Operation(summary = "Record a community benefit survey response (201), or repeat one (200)")
	ResponseEntity<EvaluationResponse> benefitSurvey(@PathVariable UUID unitId,
			@RequestBody BenefitSurveyRequest request) {
		PulihUser me = CurrentUser.get();
		Evaluations.Saved saved = this.evaluations.recordBenefitSurvey(unitId,
				new NewBenefitSurvey(request.id(), request.respondedOn(), request.respondentType(), request.answers()),
				me);
		return answer(unitId, saved);
	}

	@RolesAllowed({ Roles.REHABILITATION_OFFICER, Roles.UNIT_CHAIR, Roles.RECOVERY_AGENT, Roles.PROGRAMME_MANAGER })
	@GetMapping("/benefit-surveys")
	@Operation(summary = "The unit's benefit survey means per statement for a year (default: this year)")
	BenefitMeans benefitMeans(@PathVariable UUID unitId, @RequestParam(required = false) @Nullable Integer year) {
		PulihUser me = CurrentUser.get();
		return this.evaluations.benefitMeans(unitId, year(year, me), me.scope());
	}

	@RolesAllowed(Roles.REHABILITATION_OFFICER)
	@PostMapping("/insani")
	@Operation(summary = "Record an INSANI response to one component (201), or repeat one (200)")
	ResponseEntity<EvaluationResponse> insani(@PathVariable UUID unitId, @RequestBody InsaniRequest request) {
		PulihUser me = CurrentUser.get();
		Evaluations.Saved saved = this.evaluations.recordInsani(unitId, new NewInsaniResponse(request.id(),
				request.respondedOn(), request.component(), request.respondentRole(), request.answers()), me);
		return answer(unitId, saved);
	}

	@RolesAllowed({ Roles.REHABILITATION_OFFICER, Roles.UNIT_CHAIR, Roles.RECOVERY_AGENT, Roles.PROGRAMME_MANAGER })
	@GetMapping("/insani")
	@Operation(summary = "The unit's INSANI categories per component and overall for a year (default: this year)")
	InsaniCategories insaniCategories(@PathVariable UUID unitId,
			@RequestParam(required = false) @Nullable Integer year) {
		PulihUser me = CurrentUser.get();
		return this.evaluations.insani(unitId, year(year, me), me.scope());
	}

	@RolesAllowed({ Roles.REHABILITATION_OFFICER, Roles.UNIT_CHAIR, Roles.RECOVERY_AGENT, Roles.PROGRAMME_MANAGER })
	@GetMapping("/responses/{id}")
	@Operation(summary = "One stored assessment, survey or INSANI response of the unit, with its answers")
	EvaluationResponse response(@PathVariable UUID unitId, @PathVariable UUID id) {
		EvaluationResponse response = this.evaluations.get(id, CurrentUser.get().scope());
		if (!response.unitId().equals(unitId)) {
			throw new RecordNotFound("evaluation");
		}
		return response;
	}

	private int year(@Nullable Integer year, PulihUser me) {
		return (year != null && year >= 2000 && year <= 2100) ? year : this.evaluations.today(me).getYear();
	}

	private static ResponseEntity<EvaluationResponse> answer(UUID unitId, Evaluations.Saved saved) {
		if (!saved.created()) {
			return ResponseEntity.ok(saved.response());
		}
		return ResponseEntity
			.created(URI.create("/api/v1/evaluation/units/" + unitId + "/responses/" + saved.response().id()))
			.body(saved.response());
	}

	record AssessmentRequest(@Nullable UUID id, @Nullable LocalDate assessedOn, @Nullable String note,
			@Nullable Map<String, Integer> answers) {

	}

	record BenefitSurveyRequest(@Nullable UUID id, @Nullable LocalDate respondedOn,
			@Nullable RespondentType respondentType, @Nullable Map<String, Integer> answers) {

	}

	record InsaniRequest(@Nullable UUID id, @Nullable LocalDate respondedOn, @Nullable String component,
			@Nullable InsaniRespondent respondentRole, @Nullable Map<String, Integer> answers) {

	}

}
