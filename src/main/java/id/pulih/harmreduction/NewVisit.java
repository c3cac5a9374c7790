package id.pulih.harmreduction;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import id.pulih.shared.Sex;
import org.jspecify.annotations.Nullable;

/**
 * A command to record a visit: who came (a client in the user's scope, or an anonymous
 * contact), when, how, and the services given (null for a service not given; at least one
 * is needed). Numbers left out count as zero, yes/no left out as no.
 *
 * @param id an id chosen by the caller (for retries); null to have one generated
 * @param clientId the client, or null for an anonymous contact
 * @param anonymous sex and age band of an anonymous contact (only services that need no
 * record: NSP, condoms and lubricant, KIE)
 * @param visitOn null for today; never in the future
 * @param arrival null for walk-in
 * @param fieldOfficerId for outreach: the field officer who brought the client; null for
 * the user's own person when the user is a field officer
 */
public record NewVisit(@Nullable UUID id, @Nullable UUID clientId, @Nullable Anonymous anonymous,
		@Nullable LocalDate visitOn, @Nullable Arrival arrival, @Nullable UUID fieldOfficerId, @Nullable Nsp nsp,
		@Nullable Methadone methadone, @Nullable HivTest hivTest, @Nullable Arv arv, @Nullable Sti sti,
		@Nullable Condoms condoms, @Nullable Hepatitis hepatitis, @Nullable Tb tb, @Nullable Kie kie,
		@Nullable Assist assist, @Nullable Counselling counselling) {

	/** An anonymous contact. */
	public record Anonymous(@Nullable Sex sex, @Nullable AgeBand ageBand) {

	}

	/** Needle and syringe service: packs and needles given, needles returned. */
	public record Nsp(@Nullable Integer packsGiven, @Nullable Integer needlesGiven, @Nullable Integer needlesReturned,
			@Nullable Boolean safeDisposal) {

	}

	/**
	 * A methadone dose: observed at the facility today and/or take-home doses for the
	 * following days.
	 */
	public record Methadone(@Nullable Integer doseMg, @Nullable Boolean observed, @Nullable Integer takeHomeDoses) {

	}

	/**
	 * HIV counselling and testing; {@code result} null when not given,
	 * {@code linkedToArvOn} only with a positive result.
	 */
	public record HivTest(@Nullable Boolean preCounselling, @Nullable Boolean postCounselling,
			@Nullable TestResult result, @Nullable LocalDate linkedToArvOn) {

	}

	/** ARV treatment: whether the client is on treatment, since when. */
	public record Arv(@Nullable Boolean onTreatment, @Nullable LocalDate startedOn) {

	}

	/** STI screening, result, (syndromic) diagnosis and treatment given. */
	public record Sti(@Nullable Boolean screened, @Nullable TestResult result, @Nullable String diagnosis,
			@Nullable Boolean treated) {

	}

	public record Condoms(@Nullable Integer condomsGiven, @Nullable Integer lubricantGiven) {

	}

	/**
	 * Hepatitis: a hepatitis B vaccine dose number (1 to 3), hepatitis B and C test
	 * results (null when not tested), hepatitis C treatment started.
	 */
	public record Hepatitis(@Nullable Integer hepBVaccineDose, @Nullable TestResult hepBTestResult,
			@Nullable TestResult hepCTestResult, @Nullable Boolean hepCTreatmentStarted) {

	}

	/**
	 * Tuberculosis: symptom screening, GeneXpert (null when not done), treatment given.
	 */
	public record Tb(@Nullable TestResult screeningResult, @Nullable GeneXpertResult genexpertResult,
			@Nullable Boolean treatmentGiven) {

	}

	public record Kie(@Nullable String topic, @Nullable Integer materialsGiven) {

	}

	/** WHO ASSIST answers, item ids to option values (as the scoring API takes them). */
	public record Assist(@Nullable Map<String, String> answers) {

		public Assist {
			Map<String, String> copy = new LinkedHashMap<>();
			if (answers != null) {
				answers.forEach((item, answer) -> {
					if (item != null && answer != null && !answer.isBlank()) {
						copy.put(item, answer.strip());
					}
				});
			}
			answers = Collections.unmodifiableMap(copy);
		}

	}

	public record Counselling(@Nullable Boolean addiction, @Nullable Boolean behaviourChange, @Nullable String note) {

	}

}
