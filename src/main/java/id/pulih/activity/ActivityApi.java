package id.pulih.activity;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Roles;

/**
 * Community activities for integrations and offline clients, within the caller's scope (a
 * record outside it answers 404 like a missing one). A create may carry an id chosen by
 * the client: the same id with the same content answers the stored activity (200), with
 * different content 409. An edit names the version it changes (409 when stale). Linked
 * clients are shown to programme managers only as a count.
 */
@RestController
@RequestMapping("/api/v1/activities")
@Tag(name = "Community activities",
		description = "Socialization, mapping, outreach, advocacy, training and cadre development")
class ActivityApi {

	private final Activities activities;

	ActivityApi(Activities activities) {
		this.activities = activities;
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER, Roles.FIELD_OFFICER,
			Roles.HEALTH_WORKER })
	@PostMapping
	@Operation(summary = "Record an activity (201), or repeat one with the same id and content (200)")
	ResponseEntity<ActivityView> record(@RequestBody NewActivity request) {
		PulihUser me = CurrentUser.get();
		boolean repeated = request.id() != null && this.activities.find(request.id(), me.scope()).isPresent();
		Activity activity = this.activities.record(request, me);
		ActivityView view = ActivityView.of(activity, me);
		return repeated ? ResponseEntity.ok(view)
				: ResponseEntity.created(URI.create("/api/v1/activities/" + activity.id())).body(view);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER, Roles.FIELD_OFFICER,
			Roles.HEALTH_WORKER, Roles.PROGRAMME_MANAGER })
	@GetMapping
	@Operation(summary = "Activities in the caller's scope, newest first, filtered by kind, year and organisation")
	List<ActivityLine> list(@RequestParam(required = false) @Nullable ActivityKind kind,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable UUID organisationId,
			@RequestParam(defaultValue = "100") int limit) {
		if (year != null && (year < 1900 || year > 9999)) {
			throw new RuleViolation("year", "activity.error.yearInvalid");
		}
		return this.activities.list(CurrentUser.get().scope(), kind, year, organisationId, limit);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER, Roles.FIELD_OFFICER,
			Roles.HEALTH_WORKER, Roles.PROGRAMME_MANAGER })
	@GetMapping("/{id}")
	@Operation(summary = "One activity, with its attachments (without their bytes)")
	ActivityView one(@PathVariable UUID id) {
		PulihUser me = CurrentUser.get();
		return ActivityView.of(this.activities.get(id, me.scope()), me)
			.withAttachments(this.activities.attachments(id, me.scope()));
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER, Roles.FIELD_OFFICER,
			Roles.HEALTH_WORKER })
	@PutMapping("/{id}")
	@Operation(summary = "Edit an activity; the body names the version it changes (409 when stale)")
	ActivityView edit(@PathVariable UUID id, @RequestBody EditRequest request) {
		PulihUser me = CurrentUser.get();
		if (request.version() == null) {
			throw new RuleViolation("version", "activity.error.versionRequired");
		}
		if (request.activity() == null) {
			throw new RuleViolation("activity", "activity.error.required");
		}
		return ActivityView.of(this.activities.edit(id, request.version(), request.activity().withId(null), me), me);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER, Roles.FIELD_OFFICER,
			Roles.HEALTH_WORKER })
	@PostMapping("/{id}/void")
	@Operation(summary = "Void an activity with a reason: it stays, marked, and counts nowhere")
	ActivityView voidActivity(@PathVariable UUID id, @RequestBody VoidRequest request) {
		PulihUser me = CurrentUser.get();
		return ActivityView.of(this.activities.voidActivity(id, request.reason(), me), me);
	}

	/** An edit: the version changed and the activity's new content. */
	record EditRequest(@Nullable Integer version, @Nullable NewActivity activity) {

	}

	record VoidRequest(@Nullable String reason) {

	}

	record ActivityView(UUID id, UUID organisationId, ActivityKind kind, LocalDate heldOn, String villageCode,
			@Nullable UUID ledBy, List<UUID> participantIds, @Nullable String notes, @Nullable Audience audience,
			@Nullable Integer peopleReached, @Nullable Integer potentialClients, @Nullable List<UUID> clientIds,
			int clientCount, @Nullable String areasCovered, @Nullable MappingMethod mappingMethod,
			@Nullable Integer hotSpots, @Nullable String hotSpotNote, @Nullable String advocacyWith,
			@Nullable String topic, @Nullable String outcome, @Nullable String commitment,
			@Nullable Long commitmentRupiah, @Nullable BigDecimal trainingHours, List<UUID> traineeIds,
			@Nullable CadreAction cadreAction, @Nullable UUID cadrePersonId, @Nullable UUID replacedPersonId,
			@Nullable String decreeNumber, @Nullable LocalDate decreeDate, boolean voided, @Nullable Instant voidedAt,
			@Nullable String voidReason, @Nullable Integer version, @Nullable List<AttachmentInfo> attachments) {

		static ActivityView of(Activity a, PulihUser me) {
			boolean identities = me.role().seesIdentities();
			return new ActivityView(a.id(), a.organisationId(), a.kind(), a.heldOn(), a.villageCode(),
					identities ? a.ledBy() : null, identities ? List.copyOf(a.participantIds()) : List.of(), a.notes(),
					a.audience(), a.peopleReached(), a.potentialClients(),
					identities ? List.copyOf(a.clientIds()) : null, a.clientIds().size(), a.areasCovered(),
					a.mappingMethod(), a.hotSpots(), a.hotSpotNote(), a.advocacyWith(), a.topic(), a.outcome(),
					a.commitment(), a.commitmentRupiah(), a.trainingHours(),
					identities ? List.copyOf(a.traineeIds()) : List.of(), a.cadreAction(),
					identities ? a.cadrePersonId() : null, identities ? a.replacedPersonId() : null, a.decreeNumber(),
					a.decreeDate(), a.isVoided(), a.voidedAt(), a.voidReason(), a.version(), null);
		}

		ActivityView withAttachments(List<AttachmentInfo> list) {
			return new ActivityView(this.id, this.organisationId, this.kind, this.heldOn, this.villageCode, this.ledBy,
					this.participantIds, this.notes, this.audience, this.peopleReached, this.potentialClients,
					this.clientIds, this.clientCount, this.areasCovered, this.mappingMethod, this.hotSpots,
					this.hotSpotNote, this.advocacyWith, this.topic, this.outcome, this.commitment,
					this.commitmentRupiah, this.trainingHours, this.traineeIds, this.cadreAction, this.cadrePersonId,
					this.replacedPersonId, this.decreeNumber, this.decreeDate, this.voided, this.voidedAt,
					this.voidReason, this.version, list);
		}

	}

}
