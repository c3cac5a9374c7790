package id.pulih.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands. A draft is only the sender's; once sent, the receiving
 * organisation sees it, may acknowledge it (received), and accepts or declines it; an
 * accepted referral is completed with feedback to the sender. A sent, received or
 * accepted referral may be lost to follow-up; a draft may be cancelled.
 */
public enum ReferralState {

	DRAFT, SENT, RECEIVED, ACCEPTED, DECLINED, COMPLETED, LOST_TO_FOLLOW_UP, CANCELLED;

	/** States in which a referral waits for someone and may become overdue. */
	public static final Set<ReferralState> OPEN = EnumSet.of(SENT, RECEIVED, ACCEPTED);

	public boolean isOpen() {
		return OPEN.contains(this);
	}

	/** Whether the receiving organisation sees the referral at all. */
	public boolean isVisibleToReceiver() {
		return this != DRAFT && this != CANCELLED;
	}

	public String messageKey() {
		return "referral.state." + name();
	}

}
