package id.pulih.harmreduction;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import id.pulih.shared.RecordNotFound;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Roles;
import id.pulih.shared.web.BodyLimit;
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
 * Harm reduction for integrations and offline clients: visits with their services,
 * methadone courses, peer support. Everything is read within the caller's scope (a peer
 * support officer: only the clients assigned to them); a record outside it answers 404
 * like a missing one. Field officers never receive results or ARV. A visit may carry an
 * id chosen by the client, so it can be retried: the same id with the same content
 * answers the stored visit (200), with different content 409. Broken rules answer 422
 * naming the field (e.g. {@code methadone.doseMg}); too little stock answers 422 with
 * {@code stock.error.insufficient}, and nothing is written.
 */
@RestController
@RequestMapping("/api/v1/harm-reduction")
@Tag(name = "Harm reduction", description = "Puskesmas visits and services, methadone courses, PLHIV peer support")
class HarmReductionApi {

	private final HarmReductionVisits visits;

	private final HarmReductionClients records;

	private final OstCourses courses;

	private final PeerSupport peers;

	HarmReductionApi(HarmReductionVisits visits, HarmReductionClients records, OstCourses courses, PeerSupport peers) {
		this.visits = visits;
		this.records = records;
		this.courses = courses;
		this.peers = peers;
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.FIELD_OFFICER })
	@PostMapping("/visits")
	@Operation(summary = "Record a visit with its services, drawing their commodities from stock (201), "
			+ "or repeat one with the same id and content (200)")
	ResponseEntity<VisitView> record(@RequestBody NewVisit request) {
		PulihUser me = CurrentUser.get();
		boolean repeated = request.id() != null && this.visits.find(request.id(), me).isPresent();
		Visit visit = this.visits.record(request, me);
		VisitView view = this.visits.view(visit.id(), me);
		return repeated ? ResponseEntity.ok(view)
				: ResponseEntity.created(URI.create("/api/v1/harm-reduction/visits/" + visit.id())).body(view);
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.FIELD_OFFICER })
	@PostMapping("/visits/batch")
	@BodyLimit(bytes = 4 * 1024 * 1024)
	@Operation(summary = "Record up to 1,000 visits as one command (an offline outbox, an import): all or none; "
			+ "visits already stored with the same id and content count as repeated")
	HarmReductionVisits.Batch recordBatch(@RequestBody BatchRequest request) {
		return this.visits.recordAll(request.visits(), CurrentUser.get());
	}

	/** A batch of visits. */
	record BatchRequest(@Nullable List<@Nullable NewVisit> visits) {

	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER })
	@GetMapping("/visits/{id}")
	@Operation(summary = "One visit as the caller may see it (results only for health workers and the assigned "
			+ "peer support officer)")
	VisitView visit(@PathVariable UUID id) {
		return this.visits.view(id, CurrentUser.get());
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER })
	@GetMapping("/visits")
	@Operation(summary = "A client's visits, newest first")
	List<VisitView> visitsOf(@RequestParam UUID clientId) {
		return this.visits.ofClient(clientId, CurrentUser.get());
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.FIELD_OFFICER })
	@PostMapping("/visits/{id}/void")
	@Operation(summary = "Void a visit recorded in error, with a reason; its stock goes back")
	VisitView voidVisit(@PathVariable UUID id, @RequestBody ReasonRequest request) {
		PulihUser me = CurrentUser.get();
		this.visits.voidVisit(id, request.reason(), me);
		return this.visits.view(id, me);
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.FIELD_OFFICER })
	@PostMapping("/visits/{id}/assist")
	@Operation(summary = "Add the WHO ASSIST taken at a visit (answers as the scoring API takes them)")
	VisitView assist(@PathVariable UUID id, @RequestBody NewVisit.Assist request) {
		PulihUser me = CurrentUser.get();
		this.visits.addAssist(id, request, me);
		return this.visits.view(id, me);
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER })
	@GetMapping("/clients/{clientId}")
	@Operation(summary = "A client's harm reduction record: methadone course, visits and (for health workers and "
			+ "the assigned peer support officer) HIV status and peer support")
	ClientView client(@PathVariable UUID clientId) {
		HarmReductionClients.ClientRecord record = this.records.record(clientId, CurrentUser.get());
		return new ClientView(record.client().id(), record.client().uic(), record.resultsShown(),
				(record.ost() != null) ? StandingView.of(record.ost()) : null, record.diagnosedOn(),
				(record.assignment() != null) ? AssignmentView.of(record.assignment(), record.peerName()) : null,
				record.contacts(), record.visits());
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.PEER_SUPPORT_OFFICER })
	@GetMapping("/clients/{clientId}/peer-assignment")
	@Operation(summary = "The client's open peer support assignment (404 when none)")
	AssignmentView assignment(@PathVariable UUID clientId) {
		return this.peers.assignmentOf(clientId, CurrentUser.get())
			.map(assignment -> AssignmentView.of(assignment, null))
			.orElseThrow(() -> new RecordNotFound("assignment"));
	}

	@RolesAllowed(Roles.HEALTH_WORKER)
	@PostMapping("/clients/{clientId}/peer-assignment")
	@Operation(summary = "Assign a peer support officer of the facility to a client living with HIV")
	AssignmentView assign(@PathVariable UUID clientId, @RequestBody PeerSupport.NewAssignment request) {
		return AssignmentView.of(this.peers.assign(clientId, request, CurrentUser.get()), null);
	}

	@RolesAllowed(Roles.HEALTH_WORKER)
	@PostMapping("/clients/{clientId}/peer-assignment/end")
	@Operation(summary = "End the client's peer support assignment, with a reason")
	AssignmentView endAssignment(@PathVariable UUID clientId, @RequestBody EndRequest request) {
		return AssignmentView.of(this.peers.endAssignment(clientId, request.on(), request.reason(), CurrentUser.get()),
				null);
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.PEER_SUPPORT_OFFICER })
	@GetMapping("/clients/{clientId}/contacts")
	@Operation(summary = "The peer support contacts of a client, newest first")
	List<PeerSupport.Contact> contacts(@PathVariable UUID clientId) {
		return this.peers.contactsOf(clientId, CurrentUser.get());
	}

	@RolesAllowed(Roles.PEER_SUPPORT_OFFICER)
	@PostMapping("/clients/{clientId}/contacts")
	@Operation(summary = "Record a contact with an assigned client (201), or repeat one with the same id (200)")
	ResponseEntity<PeerSupport.Contact> recordContact(@PathVariable UUID clientId,
			@RequestBody PeerSupport.NewContact request) {
		PulihUser me = CurrentUser.get();
		boolean repeated = request.id() != null
				&& this.peers.contactsOf(clientId, me).stream().anyMatch(contact -> contact.id().equals(request.id()));
		PeerSupport.Contact contact = this.peers.recordContact(clientId, request, me);
		return repeated ? ResponseEntity.ok(contact)
				: ResponseEntity.created(URI.create("/api/v1/harm-reduction/clients/" + clientId + "/contacts"))
					.body(contact);
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.FIELD_OFFICER, Roles.PEER_SUPPORT_OFFICER })
	@GetMapping("/clients/{clientId}/ost")
	@Operation(summary = "The client's methadone course: doses, coverage, missed days, reviews (404 when none)")
	StandingView ost(@PathVariable UUID clientId) {
		return this.courses.standingOf(clientId, CurrentUser.get())
			.map(StandingView::of)
			.orElseThrow(() -> new RecordNotFound("course"));
	}

	@RolesAllowed(Roles.HEALTH_WORKER)
	@PostMapping("/clients/{clientId}/ost/review")
	@Operation(summary = "Record a clinical review of the client's active methadone course, with the new dose")
	StandingView review(@PathVariable UUID clientId, @RequestBody OstCourses.NewReview request) {
		PulihUser me = CurrentUser.get();
		this.courses.review(clientId, request, me);
		return this.courses.standingOf(clientId, me).map(StandingView::of).orElseThrow();
	}

	@RolesAllowed(Roles.HEALTH_WORKER)
	@PostMapping("/clients/{clientId}/ost/stop")
	@Operation(summary = "Stop the client's active methadone course, with a reason")
	StandingView stop(@PathVariable UUID clientId, @RequestBody EndRequest request) {
		PulihUser me = CurrentUser.get();
		this.courses.stop(clientId, request.on(), request.reason(), me);
		return this.courses.standingOf(clientId, me).map(StandingView::of).orElseThrow();
	}

	@RolesAllowed(Roles.PEER_SUPPORT_OFFICER)
	@GetMapping("/peer/clients")
	@Operation(summary = "The caller's assigned clients, those due for contact first")
	List<PeerSupport.AssignedClient> peerClients() {
		return this.peers.assignedTo(CurrentUser.get());
	}

	@RolesAllowed(Roles.HEALTH_WORKER)
	@GetMapping("/plhiv-without-peer")
	@Operation(summary = "Clients living with HIV in the caller's scope without a peer support officer")
	List<PeerSupport.PlhivLine> withoutPeer() {
		return this.peers.withoutPeer(CurrentUser.get());
	}

	record ReasonRequest(@Nullable String reason) {

	}

	/** An end (of an assignment or a course): the day (null for today) and why. */
	record EndRequest(@Nullable LocalDate on, @Nullable String reason) {

	}

	record AssignmentView(UUID id, UUID clientId, UUID peerId, @Nullable String peerName, LocalDate since,
			@Nullable LocalDate endedOn, @Nullable String endReason) {

		static AssignmentView of(PeerAssignment assignment, @Nullable String peerName) {
			return new AssignmentView(assignment.id(), assignment.clientId(), assignment.peerId(), peerName,
					assignment.since(), assignment.endedOn(), assignment.endReason());
		}

	}

	record StandingView(UUID courseId, OstStatus status, LocalDate startedOn, int currentDoseMg,
			@Nullable LocalDate stoppedOn, @Nullable String stopReason, int doses, @Nullable LocalDate lastDoseOn,
			@Nullable LocalDate coveredUntil, int missedNow, int missedInCourse, boolean reviewRequired,
			int reviewAfter, List<OstCourse.Review> reviews) {

		static StandingView of(OstCourses.Standing standing) {
			OstCourse course = standing.course();
			return new StandingView(course.id(), course.status(), course.startedOn(), course.currentDoseMg(),
					course.stoppedOn(), course.stopReason(), standing.doses(), standing.lastDoseOn(),
					standing.coveredUntil(), standing.missedNow(), standing.missedInCourse(), standing.reviewRequired(),
					standing.reviewAfter(), course.reviews());
		}

	}

	record ClientView(UUID clientId, String uic, boolean resultsShown, @Nullable StandingView ost,
			@Nullable LocalDate livingWithHivSince, @Nullable AssignmentView peerAssignment,
			List<PeerSupport.Contact> contacts, List<VisitView> visits) {

	}

}
