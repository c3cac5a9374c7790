package id.pulih.recovery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import id.pulih.instrument.AssistAnswers;
import id.pulih.instrument.AssistResult;
import id.pulih.instrument.AssistScoring;
import id.pulih.instrument.IbmRoute;
import id.pulih.instrument.InjectionPattern;
import id.pulih.instrument.RiskLevel;
import id.pulih.instrument.Substance;
import id.pulih.instrument.SubstanceInvolvement;
import id.pulih.instrument.YesNoWhen;
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
 * A WHO ASSIST screening of a client by an IBM unit: week 1 of the pathway, the step that
 * decides the route.
 * <p>
 * A screening is recorded once, complete, and never changes: the answers as given (one
 * row per answered item), scored on the spot with {@link AssistScoring} (answers out of
 * range or breaking the skip rules are refused, nothing is stored), and the outcome kept
 * beside them: the score and risk of every substance, the overall risk (the highest over
 * all substances except tobacco) and the route it decides. A low overall risk makes the
 * client eligible for enrolment in the IBM pathway; a moderate or high risk records that
 * a referral to a clinic, IPWL or rehabilitation institution is recommended (on the
 * screening date), and {@link Screenings} announces it with {@link ReferralRecommended}.
 * A later screening of the same client is a new record; the latest one counts for
 * enrolment.
 */
@Table("recovery_screening")
public class Screening {

	@Id
	private final UUID id;

	private final UUID clientId;

	private final UUID organisationId;

	private final @Nullable String provinceCode;

	private final LocalDate screenedOn;

	private final @Nullable UUID screenedBy;

	private final String instrumentVersion;

	private final RiskLevel overallRisk;

	private final IbmRoute route;

	private final @Nullable YesNoWhen injection;

	private final @Nullable InjectionPattern injectionPattern;

	private final @Nullable LocalDate referralRecommendedOn;

	@MappedCollection(idColumn = "screening_id")
	private Set<Answer> answers = new LinkedHashSet<>();

	@MappedCollection(idColumn = "screening_id")
	private Set<SubstanceScore> substances = new LinkedHashSet<>();

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
	Screening(UUID id, UUID clientId, UUID organisationId, @Nullable String provinceCode, LocalDate screenedOn,
			@Nullable UUID screenedBy, String instrumentVersion, RiskLevel overallRisk, IbmRoute route,
			@Nullable YesNoWhen injection, @Nullable InjectionPattern injectionPattern,
			@Nullable LocalDate referralRecommendedOn) {
		this.id = id;
		this.clientId = clientId;
		this.organisationId = organisationId;
		this.provinceCode = provinceCode;
		this.screenedOn = screenedOn;
		this.screenedBy = screenedBy;
		this.instrumentVersion = instrumentVersion;
		this.overallRisk = overallRisk;
		this.route = route;
		this.injection = injection;
		this.injectionPattern = injectionPattern;
		this.referralRecommendedOn = referralRecommendedOn;
	}

	/**
	 * Scores and records a screening. The client, unit and person have been checked by
	 * the caller.
	 * @param answers item ids to option values, as a form posts them
	 * @param today the user's today: the screening may not lie after it
	 * @throws RuleViolation naming the field for a missing date, a date in the future, or
	 * an answer that is unknown, out of range, missing or not asked
	 */
	static Screening record(@Nullable UUID id, UUID clientId, UUID organisationId, @Nullable String provinceCode,
			@Nullable LocalDate screenedOn, @Nullable UUID screenedBy, Map<String, String> answers, LocalDate today) {
		if (screenedOn == null) {
			throw new RuleViolation("screenedOn", "recovery.error.dateRequired");
		}
		if (screenedOn.isAfter(today)) {
			throw new RuleViolation("screenedOn", "recovery.error.dateInFuture");
		}
		AssistAnswers assist = AssistAnswers.fromForm(answers);
		AssistResult result = AssistScoring.score(assist);
		Screening screening = new Screening((id != null) ? id : Ids.newId(), clientId, organisationId, provinceCode,
				screenedOn, screenedBy, result.version(), result.overallRisk(), result.ibmRoute(), result.injection(),
				result.injectionPattern(), (result.ibmRoute() == IbmRoute.REFERRAL) ? screenedOn : null);
		assist.toForm().forEach((item, answer) -> screening.answers.add(new Answer(item, answer)));
		for (SubstanceInvolvement involvement : result.substances()) {
			screening.substances
				.add(new SubstanceScore(involvement.substance(), involvement.score(), involvement.risk()));
		}
		return screening;
	}

	/** Whether a retried command carries the same content as this screening. */
	boolean sameAs(UUID client, @Nullable LocalDate date, Map<String, String> given) {
		try {
			return this.clientId.equals(client) && (date == null || date.equals(this.screenedOn))
					&& answers().equals(AssistAnswers.fromForm(given).toForm());
		}
		catch (RuleViolation ex) {
			return false;
		}
	}

	/** Whether the client may be enrolled on the strength of this screening alone. */
	public boolean allowsEnrolment() {
		return this.route == IbmRoute.IBM_SERVICES;
	}

	public boolean referralRecommended() {
		return this.referralRecommendedOn != null;
	}

	/**
	 * The full result, scored again from the stored answers (the scoring is exact and
	 * cheap, and gives the interventions and injection advice too).
	 */
	public AssistResult result() {
		return AssistScoring.score(AssistAnswers.fromForm(answers()));
	}

	/** The answers as item ids and option values, in questionnaire order. */
	public Map<String, String> answers() {
		Map<String, String> map = new LinkedHashMap<>();
		this.answers.forEach(answer -> map.put(answer.itemId(), answer.answer()));
		return AssistAnswers.fromForm(map).toForm();
	}

	/** The stored score of a substance. */
	public int score(Substance substance) {
		return this.substances.stream()
			.filter(score -> score.substance() == substance)
			.mapToInt(SubstanceScore::score)
			.findFirst()
			.orElse(0);
	}

	public UUID id() {
		return this.id;
	}

	public UUID clientId() {
		return this.clientId;
	}

	public UUID organisationId() {
		return this.organisationId;
	}

	public @Nullable String provinceCode() {
		return this.provinceCode;
	}

	public LocalDate screenedOn() {
		return this.screenedOn;
	}

	public @Nullable UUID screenedBy() {
		return this.screenedBy;
	}

	public String instrumentVersion() {
		return this.instrumentVersion;
	}

	public RiskLevel overallRisk() {
		return this.overallRisk;
	}

	public IbmRoute route() {
		return this.route;
	}

	public @Nullable YesNoWhen injection() {
		return this.injection;
	}

	public @Nullable InjectionPattern injectionPattern() {
		return this.injectionPattern;
	}

	public @Nullable LocalDate referralRecommendedOn() {
		return this.referralRecommendedOn;
	}

	public @Nullable Instant createdAt() {
		return this.createdAt;
	}

	public @Nullable String createdBy() {
		return this.createdBy;
	}

	public @Nullable Integer version() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Screening that && Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	/** One answered item. */
	@Table("recovery_screening_answer")
	record Answer(String itemId, String answer) {

	}

	/** The stored Specific Substance Involvement score and risk of one substance. */
	@Table("recovery_screening_substance")
	record SubstanceScore(Substance substance, int score, RiskLevel risk) {

	}

}
