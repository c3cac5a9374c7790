package id.pulih.recovery;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import id.pulih.instrument.IbmRoute;
import id.pulih.instrument.InjectionPattern;
import id.pulih.instrument.RiskLevel;
import id.pulih.instrument.WhoqolChange;
import id.pulih.instrument.WhoqolResult;
import id.pulih.instrument.YesNoWhen;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Roles;
import id.pulih.shared.security.Scope;
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
 * The recovery pathway for integrations and offline clients: screenings, enrolments,
 * sessions, WHOQOL-BREF, outcomes, corrections and worklists, within the caller's scope
 * (a record outside it answers 404 like a missing one). Creates may carry an id chosen by
 * the client, so they can be retried: the same id with the same content answers the
 * stored record (200), with different content 409. Broken rules answer 422 naming the
 * field.
 */
@RestController
@RequestMapping("/api/v1/recovery")
@Tag(name = "Recovery pathway", description = "IBM pathway: screening, enrolment, sessions, WHOQOL-BREF, outcomes")
class RecoveryApi {

	private final Screenings screenings;

	private final Pathways pathways;

	private final Worklists worklists;

	RecoveryApi(Screenings screenings, Pathways pathways, Worklists worklists) {
		this.screenings = screenings;
		this.pathways = pathways;
		this.worklists = worklists;
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR })
	@PostMapping("/screenings")
	@Operation(summary = "Score and record an ASSIST screening (201), or repeat one with the same id and content (200)")
	ResponseEntity<ScreeningView> screen(@RequestBody ScreeningRequest request) {
		PulihUser me = CurrentUser.get();
		boolean repeated = request.id() != null && this.screenings.find(request.id(), me.scope()).isPresent();
		Screening screening = this.screenings.screen(new NewScreening(request.id(), request.clientId(),
				request.screenedOn(), request.screenedBy(), request.answers()), me);
		return answer(repeated, "/api/v1/recovery/screenings/" + screening.id(), ScreeningView.of(screening));
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER })
	@GetMapping("/screenings/{id}")
	@Operation(summary = "One screening, with its answers, scores, risks and route")
	ScreeningView screening(@PathVariable UUID id) {
		return ScreeningView.of(this.screenings.get(id, scope()));
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER })
	@GetMapping("/clients/{clientId}")
	@Operation(summary = "A client's screenings and pathways")
	ClientView client(@PathVariable UUID clientId) {
		Scope scope = scope();
		Pathways.Eligibility eligibility = this.pathways.eligibility(clientId, scope);
		UUID id = eligibility.client().id();
		return new ClientView(id, eligibility.entry(), eligibility.eligible(), eligibility.needsOverride(),
				this.screenings.ofClient(id, scope).stream().map(ScreeningView::of).toList(),
				this.pathways.ofClient(id, scope).stream().map(Enrolment::id).toList());
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR })
	@PostMapping("/enrolments")
	@Operation(summary = "Open a client's pathway (201), or repeat an enrolment with the same id and content (200)")
	ResponseEntity<EnrolmentView> enrol(@RequestBody EnrolmentRequest request) {
		PulihUser me = CurrentUser.get();
		boolean repeated = request.id() != null && this.pathways.find(request.id(), me.scope()).isPresent();
		Enrolment enrolment = this.pathways.enrol(new NewEnrolment(request.id(), request.clientId(), request.agentId(),
				request.startedOn(), request.eligibilityOverride()), me);
		return answer(repeated, "/api/v1/recovery/enrolments/" + enrolment.id(), view(enrolment, me));
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER })
	@GetMapping("/enrolments/{id}")
	@Operation(summary = "One pathway: schedule, what is due, sessions counted, WHOQOL-BREF and change, outcome")
	EnrolmentView enrolment(@PathVariable UUID id) {
		PulihUser me = CurrentUser.get();
		return view(this.pathways.get(id, me.scope()), me);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER })
	@GetMapping("/enrolments/{id}/sessions")
	@Operation(summary = "The sessions a pathway attended, newest first")
	List<Pathways.SessionLine> sessionsOf(@PathVariable UUID id) {
		Scope scope = scope();
		return this.pathways.sessionsOf(this.pathways.get(id, scope).id(), scope);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR })
	@PostMapping("/sessions")
	@Operation(summary = "Record a session for one pathway or a group (201), or repeat one (200)")
	ResponseEntity<SessionView> recordSession(@RequestBody SessionRequest request) {
		PulihUser me = CurrentUser.get();
		boolean repeated = request.id() != null && exists(() -> this.pathways.session(request.id(), me.scope()));
		RecoverySession session = this.pathways
			.recordSession(new NewSession(request.id(), request.sessionType(), request.heldOn(), request.agentId(),
					request.durationMinutes(), request.notes(), request.enrolmentIds()), me);
		return answer(repeated, "/api/v1/recovery/sessions/" + session.id(), SessionView.of(session));
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER })
	@GetMapping("/sessions/{id}")
	@Operation(summary = "One session")
	SessionView session(@PathVariable UUID id) {
		return SessionView.of(this.pathways.session(id, scope()));
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR })
	@PostMapping("/enrolments/{id}/whoqol")
	@Operation(summary = "Take the WHOQOL-BREF at intake or at the end (201), or repeat it (200)")
	ResponseEntity<EnrolmentView> takeWhoqol(@PathVariable UUID id, @RequestBody WhoqolRequest request) {
		PulihUser me = CurrentUser.get();
		Enrolment before = this.pathways.get(id, me.scope());
		boolean repeated = request.id() != null
				&& (before.whoqol(WhoqolTiming.INTAKE).filter(a -> a.id().equals(request.id())).isPresent()
						|| before.whoqol(WhoqolTiming.END).filter(a -> a.id().equals(request.id())).isPresent());
		Enrolment enrolment = this.pathways.takeWhoqol(id, new NewWhoqol(request.id(), request.timing(),
				request.assessedOn(), request.assessedBy(), request.answers()), me);
		return answer(repeated, "/api/v1/recovery/enrolments/" + enrolment.id(), view(enrolment, me));
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR })
	@PostMapping("/enrolments/{id}/outcome")
	@Operation(summary = "End a pathway with an outcome (completion needs the mandatory sessions and both "
			+ "WHOQOL-BREF, or a completionOverride reason)")
	EnrolmentView finish(@PathVariable UUID id, @RequestBody OutcomeRequest request) {
		PulihUser me = CurrentUser.get();
		return view(this.pathways.finish(id, new OutcomeCommand(request.outcome(), request.outcomeOn(),
				request.reason(), request.completionOverride(), null), me), me);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR })
	@PostMapping("/enrolments/{id}/corrections")
	@Operation(summary = "Correct the outcome of a finished pathway, with a correctionReason")
	EnrolmentView correct(@PathVariable UUID id, @RequestBody OutcomeRequest request) {
		PulihUser me = CurrentUser.get();
		return view(this.pathways.correct(id, new OutcomeCommand(request.outcome(), request.outcomeOn(),
				request.reason(), request.completionOverride(), request.correctionReason()), me), me);
	}

	@RolesAllowed({ Roles.RECOVERY_AGENT, Roles.UNIT_CHAIR, Roles.REHABILITATION_OFFICER })
	@GetMapping("/worklist")
	@Operation(summary = "What is due this week, overdue, and who has not been seen for 14 days: the caller's own "
			+ "worklist, or one unit's or agent's")
	Worklist worklist(@RequestParam(required = false) UUID unitId, @RequestParam(required = false) UUID agentId) {
		PulihUser me = CurrentUser.get();
		LocalDate today = this.worklists.today(me);
		if (unitId != null) {
			return this.worklists.forUnit(unitId, me.scope(), today);
		}
		if (agentId != null) {
			return this.worklists.forAgent(agentId, me.scope(), today);
		}
		Worklist mine = this.worklists.mine(me);
		return (mine != null) ? mine : this.worklists.forScope(me.scope(), today);
	}

	private EnrolmentView view(Enrolment enrolment, PulihUser me) {
		PathwayProgress progress = this.pathways.progress(enrolment.id(), me.scope());
		return EnrolmentView.of(enrolment, progress, this.worklists.today(me));
	}

	private static <T> ResponseEntity<T> answer(boolean repeated, String location, T body) {
		return repeated ? ResponseEntity.ok(body) : ResponseEntity.created(URI.create(location)).body(body);
	}

	private static boolean exists(Runnable lookup) {
		try {
			lookup.run();
			return true;
		}
		catch (RecordNotFound ex) {
			return false;
		}
	}

	private static Scope scope() {
		return CurrentUser.get().scope();
	}

	/**
	 * A screening to record; {@code id}, {@code screenedOn}, {@code screenedBy} optional.
	 */
	record ScreeningRequest(@Nullable UUID id, @Nullable UUID clientId, @Nullable LocalDate screenedOn,
			@Nullable UUID screenedBy, @Nullable Map<String, String> answers) {

	}

	/** A pathway to open; everything but {@code clientId} optional. */
	record EnrolmentRequest(@Nullable UUID id, @Nullable UUID clientId, @Nullable UUID agentId,
			@Nullable LocalDate startedOn, @Nullable String eligibilityOverride) {

	}

	/** A session; {@code enrolmentIds} lists every pathway attending. */
	record SessionRequest(@Nullable UUID id, @Nullable SessionType sessionType, @Nullable LocalDate heldOn,
			@Nullable UUID agentId, @Nullable Integer durationMinutes, @Nullable String notes,
			@Nullable List<UUID> enrolmentIds) {

	}

	record WhoqolRequest(@Nullable UUID id, @Nullable WhoqolTiming timing, @Nullable LocalDate assessedOn,
			@Nullable UUID assessedBy, @Nullable Map<String, String> answers) {

	}

	/** An outcome; {@code correctionReason} only for corrections. */
	record OutcomeRequest(@Nullable Outcome outcome, @Nullable LocalDate outcomeOn, @Nullable String reason,
			@Nullable String completionOverride, @Nullable String correctionReason) {

	}

	record ScreeningView(UUID id, UUID clientId, UUID organisationId, LocalDate screenedOn, @Nullable UUID screenedBy,
			String instrumentVersion, Map<String, String> answers, Map<String, Integer> scores,
			Map<String, RiskLevel> risks, RiskLevel overallRisk, IbmRoute route, @Nullable YesNoWhen injection,
			@Nullable InjectionPattern injectionPattern, @Nullable LocalDate referralRecommendedOn) {

		static ScreeningView of(Screening screening) {
			Map<String, Integer> scores = new LinkedHashMap<>();
			Map<String, RiskLevel> risks = new LinkedHashMap<>();
			screening.result().substances().forEach(involvement -> {
				scores.put(involvement.substance().code(), involvement.score());
				risks.put(involvement.substance().code(), involvement.risk());
			});
			return new ScreeningView(screening.id(), screening.clientId(), screening.organisationId(),
					screening.screenedOn(), screening.screenedBy(), screening.instrumentVersion(), screening.answers(),
					scores, risks, screening.overallRisk(), screening.route(), screening.injection(),
					screening.injectionPattern(), screening.referralRecommendedOn());
		}

	}

	record ClientView(UUID clientId, EntryPoint entry, boolean eligible, boolean needsOverride,
			List<ScreeningView> screenings, List<UUID> enrolments) {

	}

	record SessionView(UUID id, UUID organisationId, SessionType sessionType, LocalDate heldOn, UUID agentId,
			int durationMinutes, @Nullable String notes, List<UUID> enrolmentIds) {

		static SessionView of(RecoverySession session) {
			return new SessionView(session.id(), session.organisationId(), session.sessionType(), session.heldOn(),
					session.agentId(), session.durationMinutes(), session.notes(), List.copyOf(session.enrolmentIds()));
		}

	}

	record WhoqolView(UUID id, WhoqolTiming timing, LocalDate assessedOn, Map<String, String> answers,
			WhoqolResult result) {

	}

	record EnrolmentView(UUID id, UUID clientId, String clientUic, UUID organisationId, UUID agentId,
			@Nullable UUID screeningId, EntryPoint entryPoint, LocalDate startedOn, LocalDate endsOn, int currentWeek,
			@Nullable String eligibilityOverride, Map<SessionType, Integer> sessionCounts,
			List<PathwayProgress.DueStatus> items, List<WhoqolView> whoqol, @Nullable WhoqolChange whoqolChange,
			@Nullable Outcome outcome, @Nullable LocalDate outcomeOn, @Nullable String outcomeReason,
			@Nullable String completionOverride, List<Correction> corrections, @Nullable Integer version) {

		static EnrolmentView of(Enrolment enrolment, PathwayProgress progress, LocalDate today) {
			List<WhoqolView> whoqol = Arrays.stream(WhoqolTiming.values())
				.flatMap(timing -> enrolment.whoqol(timing).stream())
				.map(a -> new WhoqolView(a.id(), a.timing(), a.assessedOn(), a.answerMap(), a.result()))
				.toList();
			return new EnrolmentView(enrolment.id(), enrolment.clientId(), enrolment.clientUic(),
					enrolment.organisationId(), enrolment.agentId(), enrolment.screeningId(), enrolment.entryPoint(),
					enrolment.startedOn(), enrolment.schedule().endsOn(), progress.week(today),
					enrolment.eligibilityOverride(), progress.sessionCounts(), progress.items(today), whoqol,
					enrolment.whoqolChange().orElse(null), enrolment.outcome(), enrolment.outcomeOn(),
					enrolment.outcomeReason(), enrolment.completionOverride(), enrolment.corrections(),
					enrolment.version());
		}

	}

}
