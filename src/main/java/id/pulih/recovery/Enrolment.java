package id.pulih.recovery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.pulih.instrument.InstrumentDefinition;
import id.pulih.instrument.WhoqolBrefScoring;
import id.pulih.instrument.WhoqolChange;
import id.pulih.instrument.WhoqolResult;
import id.pulih.instrument.WhoqolAnswers;
import id.pulih.shared.Ids;
import id.pulih.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A client's 16-week recovery pathway at an IBM unit, with the recovery agent responsible
 * for it.
 * <p>
 * <b>Start.</b> A client enters from a screening (week 1 is the screening week, so the
 * start date is the first day of week 1 and may not lie before the screening) when the
 * latest screening found a low overall risk, or with a stated reason when it did not
 * (moderate and high risk are normally referred). A client who came for aftercare after
 * finishing rehabilitation enters directly at week 9 and needs no screening. The start
 * date may not lie in the future. A client has at most one open pathway (the service
 * checks it; the database enforces it through {@code open_client_id}).
 * <p>
 * <b>Schedule.</b> The weeks follow from the start date and entry point
 * ({@link Schedule}): week 1 screening, weeks 2 to 8 intake and intervention, weeks 9 to
 * 16 aftercare. What is due when is the rule table of {@link DueItem}.
 * <p>
 * <b>While open.</b> Sessions are their own records ({@link RecoverySession}, one may be
 * attended by several pathways), but each pathway accepts its attendance only while open
 * and only for a date between its start and today ({@link #acceptSession}). The
 * WHOQOL-BREF is taken once at intake and once at the end (intake first, the end not
 * before it), each scored and kept with the pathway.
 * <p>
 * <b>Outcome.</b> A pathway ends with an outcome, a date (not before the start, not in
 * the future) and, except for completion, a reason. Completion requires every mandatory
 * service at least twice (KIE, life skills, self-visit) and both WHOQOL-BREF, unless a
 * reason for the exception is stated. A finished pathway is read-only: its outcome can
 * only be corrected, with a reason, and every correction is kept with what it changed.
 */
@Table("recovery_enrolment")
public class Enrolment {

	static final int TEXT_MAX = 500;

	@Id
	private final UUID id;

	private final UUID clientId;

	/** The client's id while the pathway is open, null once finished (unique). */
	private @Nullable UUID openClientId;

	private final String clientUic;

	private final UUID organisationId;

	private final @Nullable String provinceCode;

	private final UUID agentId;

	private final @Nullable UUID screeningId;

	private final EntryPoint entryPoint;

	private final LocalDate startedOn;

	private final @Nullable String eligibilityOverride;

	private @Nullable Outcome outcome;

	private @Nullable LocalDate outcomeOn;

	private @Nullable String outcomeReason;

	private @Nullable String completionOverride;

	@MappedCollection(idColumn = "enrolment_id")
	private Set<WhoqolAssessment> whoqol = new LinkedHashSet<>();

	@MappedCollection(idColumn = "enrolment_id")
	private Set<Correction> corrections = new LinkedHashSet<>();

	@CreatedDate
	private @Nullable Instant createdAt;

	@CreatedBy
	private @Nullable String createdBy;

	@LastModifiedDate
	private @Nullable Instant updatedAt;

	@LastModifiedBy
	private @Nullable String updatedBy;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Enrolment(UUID id, UUID clientId, @Nullable UUID openClientId, String clientUic, UUID organisationId,
			@Nullable String provinceCode, UUID agentId, @Nullable UUID screeningId, EntryPoint entryPoint,
			LocalDate startedOn, @Nullable String eligibilityOverride) {
		this.id = id;
		this.clientId = clientId;
		this.openClientId = openClientId;
		this.clientUic = clientUic;
		this.organisationId = organisationId;
		this.provinceCode = provinceCode;
		this.agentId = agentId;
		this.screeningId = screeningId;
		this.entryPoint = entryPoint;
		this.startedOn = startedOn;
		this.eligibilityOverride = eligibilityOverride;
	}

	/**
	 * Opens a pathway. The client, unit and agent have been checked by the caller, and
	 * the client has no other open pathway.
	 * @param screening the client's latest screening; required for an entry from
	 * screening
	 * @param eligibilityOverride why the client is enrolled although the screening did
	 * not find a low risk
	 * @param today the user's today
	 */
	static Enrolment start(@Nullable UUID id, UUID clientId, String clientUic, UUID unitId,
			@Nullable String provinceCode, UUID agentId, EntryPoint entry, @Nullable Screening screening,
			@Nullable LocalDate startedOn, @Nullable String eligibilityOverride, LocalDate today) {
		String override = optional("eligibilityOverride", eligibilityOverride);
		if (entry == EntryPoint.SCREENING) {
			if (screening == null) {
				throw new RuleViolation("clientId", "recovery.error.screeningRequired");
			}
			if (!screening.allowsEnrolment() && override == null) {
				throw new RuleViolation("eligibilityOverride", "recovery.error.screeningNotLow");
			}
		}
		if (startedOn == null) {
			throw new RuleViolation("startedOn", "recovery.error.dateRequired");
		}
		if (startedOn.isAfter(today)) {
			throw new RuleViolation("startedOn", "recovery.error.dateInFuture");
		}
		if (entry == EntryPoint.SCREENING && startedOn.isBefore(screening.screenedOn())) {
			throw new RuleViolation("startedOn", "recovery.error.startBeforeScreening", screening.screenedOn());
		}
		return new Enrolment((id != null) ? id : Ids.newId(), clientId, clientId, clientUic, unitId, provinceCode,
				agentId, (screening != null) ? screening.id() : null, entry, startedOn, override);
	}

	/** Whether a retried command carries the same content as this pathway. */
	boolean sameAs(UUID client, @Nullable UUID agent, @Nullable LocalDate started) {
		return this.clientId.equals(client) && (agent == null || agent.equals(this.agentId))
				&& (started == null || started.equals(this.startedOn));
	}

	/**
	 * Checks that this pathway accepts a session on a date.
	 * @throws RuleViolation when the pathway is finished, or the date is missing, in the
	 * future or before the start
	 */
	void acceptSession(@Nullable LocalDate heldOn, LocalDate today) {
		requireOpen();
		checkDate("heldOn", heldOn, today);
	}

	/**
	 * Takes the WHOQOL-BREF at intake or at the end.
	 * @param answers {@code q1}..{@code q26} to 1..5; blank is no answer
	 * @throws RuleViolation when the pathway is finished, the date is wrong, an answer is
	 * out of range, that assessment was already taken (or the end comes before the
	 * intake), or more than 5 items are unanswered (the WHOQOL-BREF is then not scored)
	 */
	WhoqolAssessment takeWhoqol(@Nullable UUID assessmentId, @Nullable WhoqolTiming timing,
			@Nullable LocalDate assessedOn, @Nullable UUID assessedBy, Map<String, String> answers, LocalDate today) {
		requireOpen();
		if (timing == null) {
			throw new RuleViolation("timing", "recovery.error.timingRequired");
		}
		checkDate("assessedOn", assessedOn, today);
		if (whoqol(timing).isPresent()) {
			throw new RuleViolation("timing", "recovery.error.whoqolTaken");
		}
		if (timing == WhoqolTiming.END) {
			WhoqolAssessment intake = whoqol(WhoqolTiming.INTAKE)
				.orElseThrow(() -> new RuleViolation("timing", "recovery.error.intakeFirst"));
			if (assessedOn.isBefore(intake.assessedOn())) {
				throw new RuleViolation("assessedOn", "recovery.error.endBeforeIntake", intake.assessedOn());
			}
		}
		InstrumentDefinition definition = CheckedAnswers.definition(WhoqolBrefScoring.CODE);
		Map<String, String> checked = CheckedAnswers.check(definition, answers);
		WhoqolResult result = WhoqolBrefScoring.score(WhoqolAnswers.fromForm(checked));
		if (!result.scored()) {
			throw new RuleViolation("answers", "recovery.error.whoqolNotScored", result.missingItems());
		}
		WhoqolAssessment assessment = WhoqolAssessment.of((assessmentId != null) ? assessmentId : Ids.newId(), timing,
				assessedOn, assessedBy, checked, result);
		this.whoqol.add(assessment);
		return assessment;
	}

	/**
	 * Ends the pathway.
	 * @param sessionCounts how many sessions of each type the client attended
	 * @throws RuleViolation when already finished, the outcome or date is missing or
	 * wrong, a needed reason is missing, or completion lacks its requirements and states
	 * no exception
	 */
	void finish(@Nullable Outcome newOutcome, @Nullable LocalDate on, @Nullable String reason,
			@Nullable String override, Map<SessionType, Integer> sessionCounts, LocalDate today) {
		requireOpen();
		apply(newOutcome, on, reason, override, sessionCounts, today);
		this.openClientId = null;
	}

	/**
	 * Corrects the outcome of a finished pathway, recording what changed and why; the
	 * corrected outcome follows the same rules as {@link #finish}.
	 */
	Correction correct(@Nullable Outcome newOutcome, @Nullable LocalDate on, @Nullable String reason,
			@Nullable String override, Map<SessionType, Integer> sessionCounts, @Nullable String correctionReason,
			String by, Instant now, LocalDate today) {
		if (isOpen()) {
			throw RuleViolation.of("recovery.error.notFinished");
		}
		String why = required("correctionReason", correctionReason);
		String before = describeOutcome();
		apply(newOutcome, on, reason, override, sessionCounts, today);
		String after = describeOutcome();
		if (before.equals(after)) {
			throw new RuleViolation("outcome", "recovery.error.nothingCorrected");
		}
		Correction correction = new Correction(Ids.newId(), now, by, before, after, why);
		this.corrections.add(correction);
		return correction;
	}

	/** Whether the completion requirements are met by these session counts. */
	public boolean meetsCompletionRequirements(Map<SessionType, Integer> sessionCounts) {
		return SessionType.mandatory()
			.stream()
			.allMatch(type -> sessionCounts.getOrDefault(type, 0) >= SessionType.MANDATORY_TIMES)
				&& whoqol(WhoqolTiming.INTAKE).isPresent() && whoqol(WhoqolTiming.END).isPresent();
	}

	void requireOpen() {
		if (!isOpen()) {
			throw RuleViolation.of("recovery.error.finished");
		}
	}

	private void apply(@Nullable Outcome newOutcome, @Nullable LocalDate on, @Nullable String reason,
			@Nullable String override, Map<SessionType, Integer> sessionCounts, LocalDate today) {
		if (newOutcome == null) {
			throw new RuleViolation("outcome", "recovery.error.outcomeRequired");
		}
		checkDate("outcomeOn", on, today);
		String checkedReason = newOutcome.needsReason() ? required("reason", reason) : optional("reason", reason);
		String checkedOverride = null;
		if (newOutcome == Outcome.COMPLETED) {
			checkedOverride = optional("completionOverride", override);
			if (checkedOverride == null && !meetsCompletionRequirements(sessionCounts)) {
				throw new RuleViolation("completionOverride", "recovery.error.completionRequirements");
			}
		}
		this.outcome = newOutcome;
		this.outcomeOn = on;
		this.outcomeReason = checkedReason;
		this.completionOverride = checkedOverride;
	}

	private String describeOutcome() {
		String text = this.outcome + " " + this.outcomeOn
				+ ((this.outcomeReason != null) ? ": " + this.outcomeReason : "")
				+ ((this.completionOverride != null) ? " [" + this.completionOverride + "]" : "");
		return (text.length() > 700) ? text.substring(0, 700) : text;
	}

	private void checkDate(String field, @Nullable LocalDate date, LocalDate today) {
		if (date == null) {
			throw new RuleViolation(field, "recovery.error.dateRequired");
		}
		if (date.isAfter(today)) {
			throw new RuleViolation(field, "recovery.error.dateInFuture");
		}
		if (date.isBefore(this.startedOn)) {
			throw new RuleViolation(field, "recovery.error.beforeStart", this.startedOn);
		}
	}

	private static String required(String field, @Nullable String text) {
		String checked = optional(field, text);
		if (checked == null) {
			throw new RuleViolation(field, "recovery.error.reasonRequired");
		}
		return checked;
	}

	private static @Nullable String optional(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String checked = text.strip();
		if (checked.length() > TEXT_MAX) {
			throw new RuleViolation(field, "recovery.error.textTooLong", TEXT_MAX);
		}
		return checked;
	}

	public boolean isOpen() {
		return this.outcome == null;
	}

	public Schedule schedule() {
		return new Schedule(this.startedOn, this.entryPoint);
	}

	public Optional<WhoqolAssessment> whoqol(WhoqolTiming timing) {
		return this.whoqol.stream().filter(assessment -> assessment.timing() == timing).findFirst();
	}

	/** The change per domain between intake and end, once both were taken. */
	public Optional<WhoqolChange> whoqolChange() {
		Optional<WhoqolAssessment> intake = whoqol(WhoqolTiming.INTAKE);
		Optional<WhoqolAssessment> end = whoqol(WhoqolTiming.END);
		if (intake.isEmpty() || end.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(WhoqolChange.between(intake.get().result(), end.get().result()));
	}

	/** Corrections, oldest first. */
	public List<Correction> corrections() {
		return this.corrections.stream()
			.sorted(Comparator.comparing(Correction::correctedAt).thenComparing(Correction::id))
			.toList();
	}

	public UUID id() {
		return this.id;
	}

	public UUID clientId() {
		return this.clientId;
	}

	public String clientUic() {
		return this.clientUic;
	}

	public UUID organisationId() {
		return this.organisationId;
	}

	public @Nullable String provinceCode() {
		return this.provinceCode;
	}

	public UUID agentId() {
		return this.agentId;
	}

	public @Nullable UUID screeningId() {
		return this.screeningId;
	}

	public EntryPoint entryPoint() {
		return this.entryPoint;
	}

	public LocalDate startedOn() {
		return this.startedOn;
	}

	public @Nullable String eligibilityOverride() {
		return this.eligibilityOverride;
	}

	public @Nullable Outcome outcome() {
		return this.outcome;
	}

	public @Nullable LocalDate outcomeOn() {
		return this.outcomeOn;
	}

	public @Nullable String outcomeReason() {
		return this.outcomeReason;
	}

	public @Nullable String completionOverride() {
		return this.completionOverride;
	}

	public @Nullable Instant createdAt() {
		return this.createdAt;
	}

	public @Nullable String createdBy() {
		return this.createdBy;
	}

	public @Nullable Instant updatedAt() {
		return this.updatedAt;
	}

	public @Nullable Integer version() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Enrolment that && Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

}
