package id.pulih.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.pulih.organisation.OrganisationType;
import id.pulih.shared.Sex;
import org.jspecify.annotations.Nullable;

/**
 * A referral as one viewer may see it (the page and the API show the same): the referral,
 * the snapshot with only the shared items the viewer's role may read, the history, and
 * what the viewer may do. The service is as the viewer's role may see it (HIV care shows
 * as {@link ServiceAsked#HEALTH_CARE} outside the roles that read HIV status). The
 * sender's client id is only given to the sender's side, the receiver's own client id
 * only to the receiver's side.
 *
 * @param viewerIsSender whether the viewer's scope holds the sending organisation
 * @param viewerIsReceiver whether the viewer's scope holds the receiving organisation
 * @param actions what the viewer may do now: EDIT, SEND, CANCEL, RECEIVE, ACCEPT,
 * DECLINE, COMPLETE, LOSE
 */
record ReferralView(UUID id, ReferralState state, Urgency urgency, ServiceAsked service, String reason,
		OrganisationRef from, @Nullable OrganisationRef to, @Nullable LocalDate sentOn, @Nullable LocalDate dueOn,
		@Nullable LocalDate acceptedOn, @Nullable LocalDate closedOn, boolean overdue, Snapshot snapshot,
		@Nullable String declineReason, @Nullable String feedback, @Nullable String lostReason,
		@Nullable String cancelReason, @Nullable UUID clientId, @Nullable UUID receiverClientId,
		@Nullable UUID screeningId, boolean viewerIsSender, boolean viewerIsReceiver, Set<Referral.Action> actions,
		List<Referral.StateChange> history, @Nullable Integer version) {

	public boolean can(String action) {
		return this.actions.stream().anyMatch(a -> a.name().equals(action));
	}

	/** An organisation named in a referral. */
	record OrganisationRef(UUID id, String code, String name, OrganisationType type) {

	}

	/**
	 * What the receiver sees of the client: code and demographics, and the ticked items
	 * with their texts, leaving out (from {@code items} and {@code texts}) those the
	 * viewer's role may not read.
	 */
	record Snapshot(String uic, Sex sex, int birthYear, String villageCode, @Nullable String village,
			Set<SharedItem> items, List<SharedText> texts, @Nullable String note) {

	}

	/** One shared item's text. */
	record SharedText(SharedItem item, @Nullable String text) {

	}

}
