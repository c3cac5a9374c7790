package id.pulih.referral;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.pulih.client.ClientTimelineSource;
import id.pulih.client.TimelineEntry;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts referrals on the client page: on the sender's client, "referred to X" with where
 * the referral stands; on the client the receiver registered by accepting, "referral from
 * X accepted" (and completed or lost). Only referrals inside the signed-in user's scope
 * (on that side) are shown.
 */
@Component
class ReferralTimeline implements ClientTimelineSource {

	private final ReferralQueries queries;

	private final Referrals referrals;

	ReferralTimeline(ReferralQueries queries, Referrals referrals) {
		this.queries = queries;
		this.referrals = referrals;
	}

	@Override
	@Transactional(readOnly = true)
	public List<TimelineEntry> timelineOf(UUID clientId) {
		PulihUser me = CurrentUser.find().orElse(null);
		if (me == null || !Referrals.ROLES.contains(me.role())) {
			return List.of();
		}
		Scope scope = me.scope();
		ZoneId zone = me.zone();
		LocalDate today = this.referrals.today(me);
		List<TimelineEntry> entries = new ArrayList<>();
		for (ReferralQueries.Line line : this.queries.ofSenderClient(clientId, scope, me.role(), today)) {
			LocalDate date = (line.sentOn() != null) ? line.sentOn() : LocalDate.ofInstant(line.createdAt(), zone);
			entries.add(new TimelineEntry(date, "referral.timeline.sent." + line.state(),
					List.of((line.toName() != null) ? line.toName() : ""), link(line)));
		}
		for (ReferralQueries.Line line : this.queries.ofReceiverClient(clientId, scope, me.role(), today)) {
			List<String> from = List.of(line.fromName());
			if (line.acceptedOn() != null) {
				entries
					.add(new TimelineEntry(line.acceptedOn(), "referral.timeline.received.ACCEPTED", from, link(line)));
			}
			if (line.closedOn() != null && line.state() != ReferralState.ACCEPTED) {
				entries.add(new TimelineEntry(line.closedOn(), "referral.timeline.received." + line.state(), from,
						link(line)));
			}
		}
		return entries;
	}

	private static String link(ReferralQueries.Line line) {
		return "/referrals/" + line.id();
	}

}
