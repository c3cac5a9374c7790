package id.pulih.recovery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.pulih.client.ClientTimelineSource;
import id.pulih.client.TimelineEntry;
import id.pulih.instrument.WhoqolChange;
import id.pulih.instrument.WhoqolDomain;
import id.pulih.instrument.WhoqolResult;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a client's pathway on the client page: screenings (with the referral
 * recommendation), enrolments, sessions, WHOQOL-BREF with the change per domain, outcomes
 * and corrections, each linking to its page. Only records inside the signed-in user's
 * scope are shown. Arguments are formatted here (numbers with a point and two decimals,
 * changes signed) because the timeline takes them as text.
 */
@Component
class RecoveryTimeline implements ClientTimelineSource {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private final Screenings screenings;

	private final Pathways pathways;

	RecoveryTimeline(Screenings screenings, Pathways pathways) {
		this.screenings = screenings;
		this.pathways = pathways;
	}

	@Override
	@Transactional(readOnly = true)
	public List<TimelineEntry> timelineOf(UUID clientId) {
		Scope scope = CurrentUser.find().map(PulihUser::scope).orElse(Scope.national());
		ZoneId zone = CurrentUser.find().map(user -> ZoneId.of(user.zoneId())).orElse(JAKARTA);
		List<TimelineEntry> entries = new ArrayList<>();
		for (Screening screening : this.screenings.ofClient(clientId, scope)) {
			String link = "/recovery/screenings/" + screening.id();
			entries.add(new TimelineEntry(screening.screenedOn(),
					"recovery.timeline.screened." + screening.overallRisk(), List.of(), link));
			if (screening.referralRecommended()) {
				entries.add(new TimelineEntry(screening.referralRecommendedOn(),
						"recovery.timeline.referralRecommended", List.of(), link));
			}
		}
		for (Enrolment enrolment : this.pathways.ofClient(clientId, scope)) {
			String link = "/recovery/enrolments/" + enrolment.id();
			entries.add(new TimelineEntry(enrolment.startedOn(), "recovery.timeline.enrolled." + enrolment.entryPoint(),
					List.of(), link));
			for (Pathways.SessionLine session : this.pathways.sessionsOf(enrolment.id(), scope)) {
				entries.add(new TimelineEntry(session.heldOn(), "recovery.timeline.session." + session.sessionType(),
						List.of(String.valueOf(session.durationMinutes()), String.valueOf(session.attendees())), link));
			}
			for (WhoqolTiming timing : WhoqolTiming.values()) {
				enrolment.whoqol(timing)
					.ifPresent(assessment -> entries.add(new TimelineEntry(assessment.assessedOn(),
							"recovery.timeline.whoqol." + timing, scores(assessment.result()), link)));
			}
			enrolment.whoqolChange()
				.ifPresent(change -> entries.add(new TimelineEntry(
						enrolment.whoqol(WhoqolTiming.END).map(WhoqolAssessment::assessedOn).orElseThrow(),
						"recovery.timeline.whoqolChange", changes(change), link)));
			if (enrolment.outcome() != null) {
				entries.add(new TimelineEntry(enrolment.outcomeOn(), "recovery.timeline.outcome." + enrolment.outcome(),
						List.of(text(enrolment.outcomeReason())), link));
			}
			for (Correction correction : enrolment.corrections()) {
				entries.add(new TimelineEntry(LocalDate.ofInstant(correction.correctedAt(), zone),
						"recovery.timeline.corrected", List.of(correction.reason()), link));
			}
		}
		return entries;
	}

	/** The four domain scores (4 to 20) of an assessment. */
	private static List<String> scores(WhoqolResult result) {
		List<String> scores = new ArrayList<>();
		for (WhoqolDomain domain : WhoqolDomain.values()) {
			scores.add(number(result.domain(domain).scoreForDisplay(), false));
		}
		return scores;
	}

	/** The four domain changes (4 to 20 scale), signed. */
	private static List<String> changes(WhoqolChange change) {
		List<String> changes = new ArrayList<>();
		for (WhoqolDomain domain : WhoqolDomain.values()) {
			changes.add(number(change.domain(domain).scoreForDisplay(), true));
		}
		return changes;
	}

	static String number(@Nullable BigDecimal value, boolean signed) {
		if (value == null) {
			return "–";
		}
		String text = value.setScale(2, RoundingMode.HALF_UP).toPlainString();
		return (signed && value.signum() > 0) ? "+" + text : text;
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
