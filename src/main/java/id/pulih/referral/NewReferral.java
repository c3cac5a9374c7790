package id.pulih.referral;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A command to refer a client: as a draft, or sent at once.
 *
 * @param id an id chosen by the caller, so the command can be retried; null to have one
 * generated
 * @param clientId the sender's client, inside the sender's scope
 * @param send whether to send it now (the destination is then required) or keep a draft
 * @param sentOn the day it was sent, for referrals recorded afterwards; null for today
 */
public record NewReferral(@Nullable UUID id, @Nullable UUID clientId, ReferralContent content, boolean send,
		@Nullable LocalDate sentOn) {

}
