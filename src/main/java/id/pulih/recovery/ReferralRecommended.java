package id.pulih.recovery;

import java.time.LocalDate;
import java.util.UUID;

import id.pulih.instrument.RiskLevel;

/**
 * A screening found a moderate or high overall risk: the client should be referred to a
 * clinic, IPWL or rehabilitation institution, and the unit still follows them. Published
 * in the screening's transaction; the referral module will open the referral from it.
 *
 * @param fromOrganisationId the IBM unit that screened the client
 * @param recommendedOn the screening date
 */
public record ReferralRecommended(UUID clientId, UUID screeningId, RiskLevel overallRisk, UUID fromOrganisationId,
		LocalDate recommendedOn) {

}
