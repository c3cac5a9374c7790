package id.pulih.harmreduction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.pulih.instrument.RiskLevel;
import id.pulih.instrument.YesNoWhen;
import id.pulih.shared.Sex;
import org.jspecify.annotations.Nullable;

/**
 * A visit as one user may see it. Results (HIV, hepatitis, TB, STI diagnosis and
 * treatment) and ARV are shown only to health workers and to the peer support officer
 * assigned to the client ({@code resultsShown}); anyone else sees which tests were done,
 * with {@code withheld} set, and no ARV at all.
 *
 * @param clientUic the client's code, null for an anonymous contact
 * @param services the kinds of service shown, in their order
 */
public record VisitView(UUID id, UUID organisationId, @Nullable UUID clientId, @Nullable String clientUic,
		@Nullable Sex anonymousSex, @Nullable AgeBand anonymousAgeBand, LocalDate visitOn, Arrival arrival,
		@Nullable UUID fieldOfficerId, @Nullable String fieldOfficerName, List<ServiceKind> services,
		boolean resultsShown, Visit.@Nullable Nsp nsp, Visit.@Nullable MethadoneDose methadone,
		@Nullable HivTestView hivTest, Visit.@Nullable Arv arv, @Nullable StiView sti, Visit.@Nullable Condoms condoms,
		@Nullable HepatitisView hepatitis, @Nullable TbView tb, Visit.@Nullable Kie kie, @Nullable AssistView assist,
		Visit.@Nullable Counselling counselling, boolean voided, @Nullable Instant voidedAt, @Nullable String voidedBy,
		@Nullable String voidReason, @Nullable String recordedBy, @Nullable Integer version) {

	static VisitView of(Visit visit, @Nullable String clientUic, @Nullable String fieldOfficerName,
			boolean resultsShown) {
		List<ServiceKind> services = visit.services()
			.stream()
			.filter(kind -> resultsShown || kind != ServiceKind.ARV)
			.toList();
		return new VisitView(visit.id(), visit.organisationId(), visit.clientId(), clientUic, visit.anonymousSex(),
				visit.anonymousAgeBand(), visit.visitOn(), visit.arrival(), visit.fieldOfficerId(), fieldOfficerName,
				services, resultsShown, visit.nsp(), visit.methadone(), HivTestView.of(visit.hivTest(), resultsShown),
				resultsShown ? visit.arv() : null, StiView.of(visit.sti(), resultsShown), visit.condoms(),
				HepatitisView.of(visit.hepatitis(), resultsShown), TbView.of(visit.tb(), resultsShown), visit.kie(),
				AssistView.of(visit.assist()), visit.counselling(), visit.isVoided(), visit.voidedAt(),
				visit.voidedBy(), visit.voidReason(), visit.createdBy(), visit.version());
	}

	/** Whether the visit gave this kind of service (as shown). */
	public boolean gave(ServiceKind kind) {
		return this.services.contains(kind);
	}

	/** An HIV test; the result and linkage only when results are shown. */
	public record HivTestView(boolean preCounselling, boolean postCounselling, @Nullable TestResult result,
			@Nullable LocalDate linkedToArvOn, boolean withheld) {

		static @Nullable HivTestView of(Visit.@Nullable HivTest test, boolean shown) {
			if (test == null) {
				return null;
			}
			return shown
					? new HivTestView(test.preCounselling(), test.postCounselling(), test.result(),
							test.linkedToArvOn(), false)
					: new HivTestView(test.preCounselling(), test.postCounselling(), null, null, true);
		}

	}

	/** STI screening; the result, diagnosis and treatment only when results are shown. */
	public record StiView(boolean screened, @Nullable TestResult result, @Nullable String diagnosis,
			@Nullable Boolean treated, boolean withheld) {

		static @Nullable StiView of(Visit.@Nullable Sti sti, boolean shown) {
			if (sti == null) {
				return null;
			}
			return shown ? new StiView(sti.screened(), sti.result(), sti.diagnosis(), sti.treated(), false)
					: new StiView(sti.screened(), null, null, null, true);
		}

	}

	/** Hepatitis services; test results and treatment only when results are shown. */
	public record HepatitisView(@Nullable Integer hepBVaccineDose, boolean hepBTested,
			@Nullable TestResult hepBTestResult, boolean hepCTested, @Nullable TestResult hepCTestResult,
			@Nullable Boolean hepCTreatmentStarted, boolean withheld) {

		static @Nullable HepatitisView of(Visit.@Nullable Hepatitis hepatitis, boolean shown) {
			if (hepatitis == null) {
				return null;
			}
			boolean b = hepatitis.hepBTestResult() != null;
			boolean c = hepatitis.hepCTestResult() != null;
			return shown
					? new HepatitisView(hepatitis.hepBVaccineDose(), b, hepatitis.hepBTestResult(), c,
							hepatitis.hepCTestResult(), hepatitis.hepCTreatmentStarted(), false)
					: new HepatitisView(hepatitis.hepBVaccineDose(), b, null, c, null, null, true);
		}

	}

	/** TB services; results and treatment only when results are shown. */
	public record TbView(boolean screened, @Nullable TestResult screeningResult, boolean genexpertDone,
			@Nullable GeneXpertResult genexpertResult, @Nullable Boolean treatmentGiven, boolean withheld) {

		static @Nullable TbView of(Visit.@Nullable Tb tb, boolean shown) {
			if (tb == null) {
				return null;
			}
			boolean screened = tb.screeningResult() != null;
			boolean genexpert = tb.genexpertResult() != null;
			return shown ? new TbView(screened, tb.screeningResult(), genexpert, tb.genexpertResult(),
					tb.treatmentGiven(), false) : new TbView(screened, null, genexpert, null, null, true);
		}

	}

	/** The ASSIST taken at the visit: its overall risk and the answers. */
	public record AssistView(String instrumentVersion, RiskLevel overallRisk, @Nullable YesNoWhen injection,
			Map<String, String> answers) {

		static @Nullable AssistView of(Visit.@Nullable Assist assist) {
			if (assist == null) {
				return null;
			}
			return new AssistView(assist.instrumentVersion(), assist.overallRisk(), assist.injection(),
					assist.answerMap());
		}

	}

}
