package id.pulih.referral;

import java.util.EnumSet;
import java.util.Set;

import id.pulih.shared.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * What a sender may share with the receiving organisation. The client's code and
 * demographics (code, sex, birth year, village) are always shared; every other item is
 * ticked by the sender and carries the text the sender wrote or confirmed. The HIV status
 * may only be shared (and read) by health workers; contact details only by roles that
 * handle identities, for a client with an active consent. A viewer whose role may not
 * read an item does not learn that it was shared.
 */
public enum SharedItem {

	CODE_AND_DEMOGRAPHICS(null), SCREENING_RESULT("screeningResult"), HIV_STATUS("hivStatus"),
	TREATMENT_SUMMARY("treatmentSummary"), CONTACT_DETAILS("contactDetails");

	/**
	 * Roles that may share and read an HIV status, and ask for or see HIV care: only
	 * health workers (peer support officers see the results of the clients assigned to
	 * them in harm reduction, and take no part in referrals).
	 */
	static final Set<Role> HIV_ROLES = EnumSet.of(Role.HEALTH_WORKER);

	/**
	 * Roles that handle identifying details, and so may share and read contact details.
	 */
	static final Set<Role> CONTACT_ROLES = EnumSet.of(Role.RECOVERY_AGENT, Role.UNIT_CHAIR, Role.FIELD_OFFICER,
			Role.HEALTH_WORKER);

	private final @Nullable String textField;

	SharedItem(@Nullable String textField) {
		this.textField = textField;
	}

	/** The name of the command field holding this item's text; null for the code. */
	public @Nullable String textField() {
		return this.textField;
	}

	/** Whether a user in this role may share (and read) the item. */
	public boolean allowedFor(Role role) {
		return switch (this) {
			case HIV_STATUS -> HIV_ROLES.contains(role);
			case CONTACT_DETAILS -> CONTACT_ROLES.contains(role);
			default -> true;
		};
	}

	public String messageKey() {
		return "referral.shared." + name();
	}

}
