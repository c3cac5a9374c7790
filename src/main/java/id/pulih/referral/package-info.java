/**
 * Closed-loop referrals between organisations (DOMAIN.md: an IBM unit, a Puskesmas, an
 * IPWL, a clinic or hospital, an LRIP/LRKM): the sender refers one of its clients with a
 * reason, an urgency, the service asked and a snapshot of what it chose to share; the
 * receiving organisation finds it in its inbox (seeing only the snapshot, never the
 * sender's client record), receives, accepts (registering the client as its own) or
 * declines it, and completes it with feedback to the sender, who follows every step.
 * Referrals that wait too long are overdue on both sides' home pages. A screening that
 * recommends a referral (recovery's {@code ReferralRecommended}) opens a draft at the IBM
 * unit, which picks the destination and sends it.
 * <p>
 * Public API: {@link id.pulih.referral.Referrals} with the commands
 * {@link id.pulih.referral.NewReferral} and {@link id.pulih.referral.ReferralContent},
 * the aggregate {@link id.pulih.referral.Referral} and its vocabulary
 * ({@link id.pulih.referral.ReferralState}, {@link id.pulih.referral.Urgency},
 * {@link id.pulih.referral.ServiceAsked}, {@link id.pulih.referral.SharedItem}).
 */
@ApplicationModule(displayName = "Referrals")
@NullMarked
package id.pulih.referral;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
