package id.pulih.harmreduction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import id.pulih.instrument.AssistAnswers;
import id.pulih.instrument.AssistResult;
import id.pulih.instrument.AssistScoring;
import id.pulih.instrument.RiskLevel;
import id.pulih.instrument.YesNoWhen;
import id.pulih.shared.Ids;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.Sex;
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
 * A harm reduction visit at a facility (a Puskesmas or clinic): who came, a registered
 * client or an anonymous contact known only by sex and age band; on which day; how
 * (walk-in, or brought by a field officer's outreach); and the services given, each at
 * most once, each with its own typed facts (one table per kind of service).
 * <p>
 * A visit is recorded once, complete, with at least one service, and is not changed
 * afterwards, except that an ASSIST taken later the same day may be added, and that a
 * visit recorded in error is voided with a reason (it stays visible as voided, and its
 * commodities go back to stock). The rules that need no other record are checked here;
 * the rules that do (the client's scope, the field officer, the methadone course, who may
 * give which service) are checked by {@link HarmReductionVisits}.
 */
@Table("hr_visit")
public class Visit {

	static final int COUNT_MAX = 10_000;

	static final int TEXT_MAX = 200;

	static final int NOTE_MAX = 500;

	@Id
	private final UUID id;

	private final UUID organisationId;

	private final @Nullable String provinceCode;

	private @Nullable UUID clientId;

	private final @Nullable Sex anonymousSex;

	private final @Nullable AgeBand anonymousAgeBand;

	private final LocalDate visitOn;

	private final Arrival arrival;

	private final @Nullable UUID fieldOfficerId;

	private @Nullable Instant voidedAt;

	private @Nullable String voidedBy;

	private @Nullable String voidReason;

	@MappedCollection(idColumn = "visit_id")
	private @Nullable Nsp nsp;

	@MappedCollection(idColumn = "visit_id")
	private @Nullable MethadoneDose methadone;

	@MappedCollection(idColumn = "visit_id")
	private @Nullable HivTest hivTest;

	@MappedCollection(idColumn = "visit_id")
	private @Nullable Arv arv;

	@MappedCollection(idColumn = "visit_id")
	private @Nullable Sti sti;

	@MappedCollection(idColumn = "visit_id")
	private @Nullable Condoms condoms;

	@MappedCollection(idColumn = "visit_id")
	private @Nullable Hepatitis hepatitis;

	@MappedCollection(idColumn = "visit_id")
	private @Nullable Tb tb;

	@MappedCollection(idColumn = "visit_id")
	private @Nullable Kie kie;

	@MappedCollection(idColumn = "visit_id")
	private @Nullable Assist assist;

	@MappedCollection(idColumn = "visit_id")
	private @Nullable Counselling counselling;

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
	Visit(UUID id, UUID organisationId, @Nullable String provinceCode, @Nullable UUID clientId,
			@Nullable Sex anonymousSex, @Nullable AgeBand anonymousAgeBand, LocalDate visitOn, Arrival arrival,
			@Nullable UUID fieldOfficerId) {
		this.id = id;
		this.organisationId = organisationId;
		this.provinceCode = provinceCode;
		this.clientId = clientId;
		this.anonymousSex = anonymousSex;
		this.anonymousAgeBand = anonymousAgeBand;
		this.visitOn = visitOn;
		this.arrival = arrival;
		this.fieldOfficerId = fieldOfficerId;
	}

	/**
	 * A new visit with its services (all but methadone, which the caller adds with
	 * {@link #giveMethadone}, since its course decides what the dose covers). The client
	 * or anonymous contact, facility and field officer have been checked by the caller.
	 * @param today the user's today: the visit may not lie after it
	 * @throws RuleViolation naming the field for a date in the future, a visit without
	 * services, a service an anonymous contact may not get, or bad facts of a service
	 */
	static Visit record(@Nullable UUID id, UUID organisationId, @Nullable String provinceCode, NewVisit command,
			@Nullable UUID clientId, Arrival arrival, @Nullable UUID fieldOfficerId, LocalDate visitOn,
			LocalDate today) {
		if (visitOn.isAfter(today)) {
			throw new RuleViolation("visitOn", "harmreduction.error.dateInFuture");
		}
		Sex sex = null;
		AgeBand ageBand = null;
		if (clientId == null) {
			NewVisit.Anonymous anonymous = command.anonymous();
			if (anonymous == null || anonymous.sex() == null) {
				throw new RuleViolation("anonymous.sex", "harmreduction.error.anonymousSexRequired");
			}
			if (anonymous.ageBand() == null) {
				throw new RuleViolation("anonymous.ageBand", "harmreduction.error.ageBandRequired");
			}
			sex = anonymous.sex();
			ageBand = anonymous.ageBand();
		}
		List<ServiceKind> kinds = kindsOf(command);
		if (kinds.isEmpty()) {
			throw new RuleViolation("services", "harmreduction.error.noService");
		}
		if (clientId == null) {
			for (ServiceKind kind : kinds) {
				if (kind.needsRecord()) {
					throw new RuleViolation(kind.field(), "harmreduction.error.needsClient");
				}
			}
		}
		Visit visit = new Visit((id != null) ? id : Ids.newId(), organisationId, provinceCode, clientId, sex, ageBand,
				visitOn, arrival, fieldOfficerId);
		visit.nsp = nsp(command.nsp());
		visit.hivTest = hivTest(command.hivTest(), visitOn, today);
		visit.arv = arv(command.arv(), today);
		visit.sti = sti(command.sti());
		visit.condoms = condoms(command.condoms());
		visit.hepatitis = hepatitis(command.hepatitis());
		visit.tb = tb(command.tb());
		visit.kie = kie(command.kie());
		visit.assist = assist(command.assist());
		visit.counselling = counselling(command.counselling());
		return visit;
	}

	/** The kinds of service a command gives, in their order. */
	static List<ServiceKind> kindsOf(NewVisit command) {
		List<ServiceKind> kinds = new ArrayList<>();
		addIf(kinds, command.nsp(), ServiceKind.NSP);
		addIf(kinds, command.methadone(), ServiceKind.METHADONE);
		addIf(kinds, command.hivTest(), ServiceKind.HIV_TEST);
		addIf(kinds, command.arv(), ServiceKind.ARV);
		addIf(kinds, command.sti(), ServiceKind.STI);
		addIf(kinds, command.condoms(), ServiceKind.CONDOMS);
		addIf(kinds, command.hepatitis(), ServiceKind.HEPATITIS);
		addIf(kinds, command.tb(), ServiceKind.TB);
		addIf(kinds, command.kie(), ServiceKind.KIE);
		addIf(kinds, command.assist(), ServiceKind.ASSIST);
		addIf(kinds, command.counselling(), ServiceKind.COUNSELLING);
		return kinds;
	}

	private static void addIf(List<ServiceKind> kinds, @Nullable Object service, ServiceKind kind) {
		if (service != null) {
			kinds.add(kind);
		}
	}

	/** Adds the methadone dose, as its course decided it. */
	void giveMethadone(MethadoneDose dose) {
		this.methadone = dose;
	}

	/**
	 * Adds an ASSIST taken later at this visit.
	 * @throws RuleViolation when the visit is voided, is of an anonymous contact, already
	 * holds an ASSIST, or the answers are incomplete
	 */
	void addAssist(NewVisit.Assist answers) {
		requireNotVoided();
		if (this.clientId == null) {
			throw new RuleViolation("assist", "harmreduction.error.needsClient");
		}
		if (this.assist != null) {
			throw new RuleViolation("assist", "harmreduction.error.assistTaken");
		}
		this.assist = assist(answers);
	}

	/**
	 * Voids the visit recorded in error.
	 * @throws RuleViolation when the reason is missing or the visit is already voided
	 */
	void voidVisit(@Nullable String reason, String by, Instant at) {
		requireNotVoided();
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("reason", "harmreduction.error.reasonRequired");
		}
		if (reason.strip().length() > NOTE_MAX) {
			throw new RuleViolation("reason", "harmreduction.error.tooLong", NOTE_MAX);
		}
		this.voidReason = reason.strip();
		this.voidedBy = by;
		this.voidedAt = at;
	}

	private void requireNotVoided() {
		if (isVoided()) {
			throw RuleViolation.of("harmreduction.error.visitVoided");
		}
	}

	/** Points the visit at the surviving client of a merge. */
	void repoint(UUID survivorId) {
		this.clientId = survivorId;
	}

	/**
	 * Whether a retried command carries the same content as this visit (the methadone
	 * dose is compared by what was asked, not by what the course made of it).
	 */
	boolean sameAs(NewVisit command, @Nullable UUID client, Arrival arrival, @Nullable UUID fieldOfficer,
			LocalDate visitOn) {
		try {
			if (!Objects.equals(this.clientId, client) || !this.visitOn.equals(visitOn) || this.arrival != arrival
					|| !Objects.equals(this.fieldOfficerId, fieldOfficer)) {
				return false;
			}
			if (client == null && (command.anonymous() == null || command.anonymous().sex() != this.anonymousSex
					|| command.anonymous().ageBand() != this.anonymousAgeBand)) {
				return false;
			}
			NewVisit.Methadone asked = command.methadone();
			boolean sameMethadone = (asked == null) ? this.methadone == null : this.methadone != null
					&& Objects.equals(asked.doseMg(), this.methadone.doseMg())
					&& bool(asked.observed()) == this.methadone.observed()
					&& count(asked.takeHomeDoses(), "methadone.takeHomeDoses") == this.methadone.takeHomeDoses();
			return sameMethadone && Objects.equals(this.nsp, nsp(command.nsp()))
					&& Objects.equals(this.hivTest, hivTest(command.hivTest(), visitOn, LocalDate.MAX))
					&& Objects.equals(this.arv, arv(command.arv(), LocalDate.MAX))
					&& Objects.equals(this.sti, sti(command.sti()))
					&& Objects.equals(this.condoms, condoms(command.condoms()))
					&& Objects.equals(this.hepatitis, hepatitis(command.hepatitis()))
					&& Objects.equals(this.tb, tb(command.tb())) && Objects.equals(this.kie, kie(command.kie()))
					&& Objects.equals(this.assist, assist(command.assist()))
					&& Objects.equals(this.counselling, counselling(command.counselling()));
		}
		catch (RuleViolation ex) {
			return false;
		}
	}

	private static @Nullable Nsp nsp(NewVisit.@Nullable Nsp given) {
		if (given == null) {
			return null;
		}
		Nsp nsp = new Nsp(count(given.packsGiven(), "nsp.packsGiven"), count(given.needlesGiven(), "nsp.needlesGiven"),
				count(given.needlesReturned(), "nsp.needlesReturned"), bool(given.safeDisposal()));
		if (nsp.packsGiven() + nsp.needlesGiven() + nsp.needlesReturned() == 0) {
			throw new RuleViolation("nsp.needlesGiven", "harmreduction.error.nspEmpty");
		}
		return nsp;
	}

	private static @Nullable HivTest hivTest(NewVisit.@Nullable HivTest given, LocalDate visitOn, LocalDate today) {
		if (given == null) {
			return null;
		}
		if (bool(given.postCounselling()) && given.result() == null) {
			throw new RuleViolation("hivTest.postCounselling", "harmreduction.error.postCounsellingNeedsResult");
		}
		LocalDate linked = given.linkedToArvOn();
		if (linked != null) {
			if (given.result() != TestResult.POSITIVE) {
				throw new RuleViolation("hivTest.linkedToArvOn", "harmreduction.error.linkageNeedsPositive");
			}
			if (linked.isBefore(visitOn)) {
				throw new RuleViolation("hivTest.linkedToArvOn", "harmreduction.error.linkageBeforeTest");
			}
			if (linked.isAfter(today)) {
				throw new RuleViolation("hivTest.linkedToArvOn", "harmreduction.error.dateInFuture");
			}
		}
		return new HivTest(bool(given.preCounselling()), bool(given.postCounselling()), given.result(), linked);
	}

	private static @Nullable Arv arv(NewVisit.@Nullable Arv given, LocalDate today) {
		if (given == null) {
			return null;
		}
		boolean onTreatment = bool(given.onTreatment());
		if (onTreatment && given.startedOn() == null) {
			throw new RuleViolation("arv.startedOn", "harmreduction.error.arvStartRequired");
		}
		if (!onTreatment && given.startedOn() != null) {
			throw new RuleViolation("arv.startedOn", "harmreduction.error.arvStartWithoutTreatment");
		}
		if (given.startedOn() != null && given.startedOn().isAfter(today)) {
			throw new RuleViolation("arv.startedOn", "harmreduction.error.dateInFuture");
		}
		return new Arv(onTreatment, given.startedOn());
	}

	private static @Nullable Sti sti(NewVisit.@Nullable Sti given) {
		if (given == null) {
			return null;
		}
		boolean screened = bool(given.screened());
		if (given.result() != null && !screened) {
			throw new RuleViolation("sti.result", "harmreduction.error.resultNeedsScreening");
		}
		String diagnosis = text(given.diagnosis(), "sti.diagnosis", TEXT_MAX);
		if (!screened && !bool(given.treated())) {
			throw new RuleViolation("sti.screened", "harmreduction.error.stiEmpty");
		}
		return new Sti(screened, given.result(), diagnosis, bool(given.treated()));
	}

	private static @Nullable Condoms condoms(NewVisit.@Nullable Condoms given) {
		if (given == null) {
			return null;
		}
		Condoms condoms = new Condoms(count(given.condomsGiven(), "condoms.condomsGiven"),
				count(given.lubricantGiven(), "condoms.lubricantGiven"));
		if (condoms.condomsGiven() + condoms.lubricantGiven() == 0) {
			throw new RuleViolation("condoms.condomsGiven", "harmreduction.error.condomsEmpty");
		}
		return condoms;
	}

	private static @Nullable Hepatitis hepatitis(NewVisit.@Nullable Hepatitis given) {
		if (given == null) {
			return null;
		}
		Integer dose = given.hepBVaccineDose();
		if (dose != null && (dose < 1 || dose > 3)) {
			throw new RuleViolation("hepatitis.hepBVaccineDose", "harmreduction.error.vaccineDose");
		}
		Hepatitis hepatitis = new Hepatitis(dose, given.hepBTestResult(), given.hepCTestResult(),
				bool(given.hepCTreatmentStarted()));
		if (dose == null && hepatitis.hepBTestResult() == null && hepatitis.hepCTestResult() == null
				&& !hepatitis.hepCTreatmentStarted()) {
			throw new RuleViolation("hepatitis.hepBVaccineDose", "harmreduction.error.hepatitisEmpty");
		}
		return hepatitis;
	}

	private static @Nullable Tb tb(NewVisit.@Nullable Tb given) {
		if (given == null) {
			return null;
		}
		Tb tb = new Tb(given.screeningResult(), given.genexpertResult(), bool(given.treatmentGiven()));
		if (tb.screeningResult() == null && tb.genexpertResult() == null && !tb.treatmentGiven()) {
			throw new RuleViolation("tb.screeningResult", "harmreduction.error.tbEmpty");
		}
		return tb;
	}

	private static @Nullable Kie kie(NewVisit.@Nullable Kie given) {
		if (given == null) {
			return null;
		}
		String topic = text(given.topic(), "kie.topic", TEXT_MAX);
		if (topic == null) {
			throw new RuleViolation("kie.topic", "harmreduction.error.topicRequired");
		}
		return new Kie(topic, count(given.materialsGiven(), "kie.materialsGiven"));
	}

	private static @Nullable Assist assist(NewVisit.@Nullable Assist given) {
		if (given == null) {
			return null;
		}
		AssistAnswers answers;
		AssistResult result;
		try {
			answers = AssistAnswers.fromForm(given.answers());
			result = AssistScoring.score(answers);
		}
		catch (RuleViolation ex) {
			throw new RuleViolation("assist." + ex.field(), ex.messageKey(), ex.arguments());
		}
		return new Assist(result.version(), encode(answers.toForm()), result.overallRisk(), result.injection());
	}

	private static @Nullable Counselling counselling(NewVisit.@Nullable Counselling given) {
		if (given == null) {
			return null;
		}
		if (!bool(given.addiction()) && !bool(given.behaviourChange())) {
			throw new RuleViolation("counselling.addiction", "harmreduction.error.counsellingEmpty");
		}
		return new Counselling(bool(given.addiction()), bool(given.behaviourChange()),
				text(given.note(), "counselling.note", NOTE_MAX));
	}

	static int count(@Nullable Integer given, String field) {
		int value = (given != null) ? given : 0;
		if (value < 0 || value > COUNT_MAX) {
			throw new RuleViolation(field, "harmreduction.error.count", COUNT_MAX);
		}
		return value;
	}

	static boolean bool(@Nullable Boolean given) {
		return given != null && given;
	}

	static @Nullable String text(@Nullable String given, String field, int max) {
		if (given == null || given.isBlank()) {
			return null;
		}
		String text = given.strip();
		if (text.length() > max) {
			throw new RuleViolation(field, "harmreduction.error.tooLong", max);
		}
		return text;
	}

	private static String encode(Map<String, String> answers) {
		StringBuilder text = new StringBuilder();
		answers.forEach((item, answer) -> {
			if (!text.isEmpty()) {
				text.append('&');
			}
			text.append(item).append('=').append(answer);
		});
		return text.toString();
	}

	/** The kinds of service given, in their order. */
	public List<ServiceKind> services() {
		List<ServiceKind> kinds = new ArrayList<>();
		addIf(kinds, this.nsp, ServiceKind.NSP);
		addIf(kinds, this.methadone, ServiceKind.METHADONE);
		addIf(kinds, this.hivTest, ServiceKind.HIV_TEST);
		addIf(kinds, this.arv, ServiceKind.ARV);
		addIf(kinds, this.sti, ServiceKind.STI);
		addIf(kinds, this.condoms, ServiceKind.CONDOMS);
		addIf(kinds, this.hepatitis, ServiceKind.HEPATITIS);
		addIf(kinds, this.tb, ServiceKind.TB);
		addIf(kinds, this.kie, ServiceKind.KIE);
		addIf(kinds, this.assist, ServiceKind.ASSIST);
		addIf(kinds, this.counselling, ServiceKind.COUNSELLING);
		return kinds;
	}

	public UUID id() {
		return this.id;
	}

	public UUID organisationId() {
		return this.organisationId;
	}

	public @Nullable String provinceCode() {
		return this.provinceCode;
	}

	public @Nullable UUID clientId() {
		return this.clientId;
	}

	public boolean isAnonymous() {
		return this.clientId == null;
	}

	public @Nullable Sex anonymousSex() {
		return this.anonymousSex;
	}

	public @Nullable AgeBand anonymousAgeBand() {
		return this.anonymousAgeBand;
	}

	public LocalDate visitOn() {
		return this.visitOn;
	}

	public Arrival arrival() {
		return this.arrival;
	}

	public @Nullable UUID fieldOfficerId() {
		return this.fieldOfficerId;
	}

	public boolean isVoided() {
		return this.voidedAt != null;
	}

	public @Nullable Instant voidedAt() {
		return this.voidedAt;
	}

	public @Nullable String voidedBy() {
		return this.voidedBy;
	}

	public @Nullable String voidReason() {
		return this.voidReason;
	}

	public @Nullable Nsp nsp() {
		return this.nsp;
	}

	public @Nullable MethadoneDose methadone() {
		return this.methadone;
	}

	public @Nullable HivTest hivTest() {
		return this.hivTest;
	}

	public @Nullable Arv arv() {
		return this.arv;
	}

	public @Nullable Sti sti() {
		return this.sti;
	}

	public @Nullable Condoms condoms() {
		return this.condoms;
	}

	public @Nullable Hepatitis hepatitis() {
		return this.hepatitis;
	}

	public @Nullable Tb tb() {
		return this.tb;
	}

	public @Nullable Kie kie() {
		return this.kie;
	}

	public @Nullable Assist assist() {
		return this.assist;
	}

	public @Nullable Counselling counselling() {
		return this.counselling;
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
		return other instanceof Visit that && Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	/** Needle and syringe service (LJSS/LASS). */
	@Table("hr_visit_nsp")
	public record Nsp(int packsGiven, int needlesGiven, int needlesReturned, boolean safeDisposal) {

	}

	/**
	 * A methadone dose of a course.
	 *
	 * @param coveredUntil the last day the dose covers (the visit day when observed, and
	 * one more day per take-home dose)
	 * @param missedDaysBefore days without a dose between the previous dose and this one
	 */
	@Table("hr_visit_methadone")
	public record MethadoneDose(UUID courseId, int doseMg, boolean observed, int takeHomeDoses, LocalDate coveredUntil,
			int missedDaysBefore) {

		/** What the dose draws from stock, in mg. */
		public long totalMg() {
			return (long) this.doseMg * ((this.observed ? 1 : 0) + this.takeHomeDoses);
		}

	}

	/** HIV counselling and testing. */
	@Table("hr_visit_hiv_test")
	public record HivTest(boolean preCounselling, boolean postCounselling, @Nullable TestResult result,
			@Nullable LocalDate linkedToArvOn) {

	}

	@Table("hr_visit_arv")
	public record Arv(boolean onTreatment, @Nullable LocalDate startedOn) {

	}

	@Table("hr_visit_sti")
	public record Sti(boolean screened, @Nullable TestResult result, @Nullable String diagnosis, boolean treated) {

	}

	@Table("hr_visit_condoms")
	public record Condoms(int condomsGiven, int lubricantGiven) {

	}

	@Table("hr_visit_hepatitis")
	public record Hepatitis(@Nullable Integer hepBVaccineDose, @Nullable TestResult hepBTestResult,
			@Nullable TestResult hepCTestResult, boolean hepCTreatmentStarted) {

		/** How many hepatitis tests were done (each draws one test). */
		public int tests() {
			return ((this.hepBTestResult != null) ? 1 : 0) + ((this.hepCTestResult != null) ? 1 : 0);
		}

	}

	@Table("hr_visit_tb")
	public record Tb(@Nullable TestResult screeningResult, @Nullable GeneXpertResult genexpertResult,
			boolean treatmentGiven) {

	}

	@Table("hr_visit_kie")
	public record Kie(String topic, int materialsGiven) {

	}

	/**
	 * A WHO ASSIST taken at the visit: the answers ({@code item=value&...}) and the
	 * overall risk they score.
	 */
	@Table("hr_visit_assist")
	public record Assist(String instrumentVersion, String answers, RiskLevel overallRisk,
			@Nullable YesNoWhen injection) {

		/** The answers as item ids and values, in questionnaire order. */
		public Map<String, String> answerMap() {
			Map<String, String> map = new LinkedHashMap<>();
			if (!this.answers.isEmpty()) {
				for (String pair : this.answers.split("&")) {
					int at = pair.indexOf('=');
					map.put(pair.substring(0, at), pair.substring(at + 1));
				}
			}
			return map;
		}

		/** The full result, scored again from the stored answers. */
		public AssistResult result() {
			return AssistScoring.score(AssistAnswers.fromForm(answerMap()));
		}

	}

	@Table("hr_visit_counselling")
	public record Counselling(boolean addiction, boolean behaviourChange, @Nullable String note) {

	}

}
