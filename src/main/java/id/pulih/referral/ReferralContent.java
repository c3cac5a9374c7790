package id.pulih.referral;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a referral says: where to, what for, why, how urgently, and what is shared. When a
 * draft is revised or sent, a null field keeps the draft's value.
 *
 * @param toOrganisationId the receiving organisation; may stay empty in a draft
 * @param reason why the client is referred (required)
 * @param sharedItems the items ticked; the code and demographics are always shared
 * @param screeningResult the text shared for {@link SharedItem#SCREENING_RESULT}
 * @param hivStatus the text shared for {@link SharedItem#HIV_STATUS}
 * @param treatmentSummary the text shared for {@link SharedItem#TREATMENT_SUMMARY}
 * @param contactDetails the text shared for {@link SharedItem#CONTACT_DETAILS}
 * @param sharedNote a note to the receiving organisation
 */
public record ReferralContent(@Nullable UUID toOrganisationId, @Nullable ServiceAsked service,
		@Nullable Urgency urgency, @Nullable String reason, @Nullable Set<SharedItem> sharedItems,
		@Nullable String screeningResult, @Nullable String hivStatus, @Nullable String treatmentSummary,
		@Nullable String contactDetails, @Nullable String sharedNote) {

	/** Nothing changed: a draft sent as it is. */
	public static ReferralContent unchanged() {
		return new ReferralContent(null, null, null, null, null, null, null, null, null, null);
	}

	/** The text given for an item, or null. */
	@Nullable String textOf(SharedItem item) {
		return switch (item) {
			case SCREENING_RESULT -> this.screeningResult;
			case HIV_STATUS -> this.hivStatus;
			case TREATMENT_SUMMARY -> this.treatmentSummary;
			case CONTACT_DETAILS -> this.contactDetails;
			case CODE_AND_DEMOGRAPHICS -> null;
		};
	}

}
