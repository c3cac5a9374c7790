package id.pulih.referral;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

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
 * Referrals for integrations and offline clients, within the caller's scope: the sender
 * sees referrals from its organisations, the receiver those sent to its organisations (a
 * referral outside both answers 404 like a missing one). A referral may carry an id
 * chosen by the client, so it can be retried: the same id with the same content answers
 * the stored referral (200), with different content 409. Broken rules answer 422 naming
 * the field; a state that does not allow the action answers 422 with
 * {@code referral.error.transition} on the field {@code state}.
 */
@RestController
@RequestMapping("/api/v1/referrals")
@Tag(name = "Referrals", description = "Closed-loop referrals between organisations")
class ReferralApi {

	private static final int DEFAULT_LIMIT = 100;

	private final Referrals referrals;

	ReferralApi(Referrals referrals) {
		this.referrals = referrals;
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@PostMapping
	@Operation(summary = "Refer a client: a draft, or sent at once with send=true (201); the same id and content "
			+ "again answers 200")
	ResponseEntity<ReferralView> refer(@RequestBody ReferralRequest request) {
		PulihUser me = CurrentUser.get();
		boolean repeated = request.id() != null && this.referrals.find(request.id(), me).isPresent();
		Referral referral = this.referrals.refer(new NewReferral(request.id(), request.clientId(), request.content(),
				Boolean.TRUE.equals(request.send()), request.sentOn()), me);
		ReferralView view = this.referrals.open(referral.id(), me);
		return repeated ? ResponseEntity.ok(view)
				: ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.id())).body(view);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@GetMapping
	@Operation(summary = "A list: box=INBOX (sent to the caller's organisations), SENT or DRAFTS; optionally one "
			+ "state, or only overdue ones")
	List<ReferralQueries.Line> list(@RequestParam(required = false) ReferralQueries.Box box,
			@RequestParam(required = false) ReferralState state, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) Integer limit) {
		return this.referrals.list((box != null) ? box : ReferralQueries.Box.INBOX, CurrentUser.get(), state,
				Boolean.TRUE.equals(overdue) ? Boolean.TRUE : null,
				(limit != null) ? Math.clamp(limit, 1, ReferralQueries.MAX_LIMIT) : DEFAULT_LIMIT);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@GetMapping("/{id}")
	@Operation(summary = "One referral as the caller may see it: the snapshot, history and the caller's actions")
	ReferralView get(@PathVariable UUID id) {
		return this.referrals.open(id, CurrentUser.get());
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/draft")
	@Operation(summary = "Revise a draft (fields left out keep their values)")
	ReferralView revise(@PathVariable UUID id, @RequestBody ReferralRequest request) {
		PulihUser me = CurrentUser.get();
		this.referrals.revise(id, request.content(), me);
		return this.referrals.open(id, me);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/send")
	@Operation(summary = "Send a draft, with any changes (fields left out keep their values); sentOn for referrals "
			+ "recorded afterwards")
	ReferralView send(@PathVariable UUID id, @RequestBody ReferralRequest request) {
		PulihUser me = CurrentUser.get();
		this.referrals.send(id, request.content(), request.sentOn(), me);
		return this.referrals.open(id, me);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/receive")
	@Operation(summary = "The receiving side acknowledges a sent referral")
	ReferralView receive(@PathVariable UUID id) {
		PulihUser me = CurrentUser.get();
		this.referrals.receive(id, me);
		return this.referrals.open(id, me);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/accept")
	@Operation(summary = "A worker of the receiving organisation accepts: the client is registered there "
			+ "(receiverClientId)")
	ReferralView accept(@PathVariable UUID id, @RequestBody(required = false) TransitionRequest request) {
		PulihUser me = CurrentUser.get();
		TransitionRequest given = given(request);
		this.referrals.accept(id, given.on(), given.note(), me);
		return this.referrals.open(id, me);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/decline")
	@Operation(summary = "The receiving side declines, with a reason")
	ReferralView decline(@PathVariable UUID id, @RequestBody(required = false) TransitionRequest request) {
		PulihUser me = CurrentUser.get();
		this.referrals.decline(id, given(request).reason(), me);
		return this.referrals.open(id, me);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/complete")
	@Operation(summary = "The receiving side completes an accepted referral, with feedback to the sender")
	ReferralView complete(@PathVariable UUID id, @RequestBody(required = false) TransitionRequest request) {
		PulihUser me = CurrentUser.get();
		TransitionRequest given = given(request);
		this.referrals.complete(id, given.feedback(), given.on(), me);
		return this.referrals.open(id, me);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/lost")
	@Operation(summary = "Either side marks a sent, received or accepted referral lost to follow-up, with a reason")
	ReferralView lost(@PathVariable UUID id, @RequestBody(required = false) TransitionRequest request) {
		PulihUser me = CurrentUser.get();
		this.referrals.loseToFollowUp(id, given(request).reason(), me);
		return this.referrals.open(id, me);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.FIELD_OFFICER, Roles.HEALTH_WORKER,
			Roles.REHABILITATION_OFFICER })
	@PostMapping("/{id}/cancel")
	@Operation(summary = "The sender cancels a draft, with a reason")
	ReferralView cancel(@PathVariable UUID id, @RequestBody(required = false) TransitionRequest request) {
		PulihUser me = CurrentUser.get();
		this.referrals.cancel(id, given(request).reason(), me);
		return this.referrals.open(id, me);
	}

	private static TransitionRequest given(@Nullable TransitionRequest request) {
		return (request != null) ? request : new TransitionRequest(null, null, null, null);
	}

	/**
	 * A referral to create (with {@code clientId}) or a draft's changes. {@code send}
	 * sends it at once; {@code sentOn} dates a referral recorded afterwards.
	 */
	record ReferralRequest(@Nullable UUID id, @Nullable UUID clientId, @Nullable UUID toOrganisationId,
			@Nullable ServiceAsked service, @Nullable Urgency urgency, @Nullable String reason,
			@Nullable Set<SharedItem> sharedItems, @Nullable String screeningResult, @Nullable String hivStatus,
			@Nullable String treatmentSummary, @Nullable String contactDetails, @Nullable String sharedNote,
			@Nullable Boolean send, @Nullable LocalDate sentOn) {

		ReferralContent content() {
			return new ReferralContent(this.toOrganisationId, this.service, this.urgency, this.reason, this.sharedItems,
					this.screeningResult, this.hivStatus, this.treatmentSummary, this.contactDetails, this.sharedNote);
		}

	}

	/**
	 * What a transition carries: a {@code reason} (decline, lost, cancel), the
	 * {@code feedback} (complete), a {@code note} (accept), and {@code on}, the day it
	 * happened (accept, complete; null for today).
	 */
	record TransitionRequest(@Nullable String reason, @Nullable String feedback, @Nullable String note,
			@Nullable LocalDate on) {

	}

}
