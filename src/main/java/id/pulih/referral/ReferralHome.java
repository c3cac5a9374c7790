package id.pulih.referral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;
import id.pulih.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * The referrals part of the home page, for users at an organisation: overdue referrals
 * the organisation sent and received, new referrals in its inbox (not yet acknowledged,
 * not yet overdue), and drafts to send. Nothing when all are empty.
 */
@Component
class ReferralHome implements HomeSection {

	/** Referrals shown per list; one more is read to know whether there are more. */
	static final int SHOWN = 5;

	private final Referrals referrals;

	ReferralHome(Referrals referrals) {
		this.referrals = referrals;
	}

	@Override
	public Optional<Content> contentFor(PulihUser me) {
		if (!Referrals.ROLES.contains(me.role()) || me.scope().kind() != Scope.Kind.ORGANISATION) {
			return Optional.empty();
		}
		Map<String, Object> model = new LinkedHashMap<>();
		put(model, "overdueReceived",
				this.referrals.list(ReferralQueries.Box.INBOX, me, null, Boolean.TRUE, SHOWN + 1));
		put(model, "overdueSent", this.referrals.list(ReferralQueries.Box.SENT, me, null, Boolean.TRUE, SHOWN + 1));
		put(model, "newInbox",
				this.referrals.list(ReferralQueries.Box.INBOX, me, ReferralState.SENT, Boolean.FALSE, SHOWN + 1));
		put(model, "drafts", this.referrals.list(ReferralQueries.Box.DRAFTS, me, null, null, SHOWN + 1));
		if (model.values().stream().allMatch(lines -> ((List<?>) lines).isEmpty())) {
			return Optional.empty();
		}
		model.put("shown", SHOWN);
		return Optional.of(new Content(10, "referral/home", model));
	}

	private static void put(Map<String, Object> model, String name, List<ReferralQueries.Line> lines) {
		model.put(name, lines);
	}

}
