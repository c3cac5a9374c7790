package id.pulih.referral;

import id.pulih.shared.security.Role;

/**
 * What the sender asks the receiving organisation to provide. HIV care reveals the
 * client's HIV status, so only the roles that read it ({@link SharedItem#HIV_ROLES}) may
 * ask for it or see it: every other viewer sees {@link #HEALTH_CARE} instead, a service
 * any role may ask for, so the label tells them nothing more.
 */
public enum ServiceAsked {

	REHABILITATION, IBM_RECOVERY, AFTERCARE, HARM_REDUCTION, HIV_CARE, TB_CARE, MENTAL_HEALTH, HEALTH_CARE, OTHER;

	/** Whether a user in this role may ask for (and see) this service. */
	public boolean allowedFor(Role role) {
		return this != HIV_CARE || SharedItem.HIV_ROLES.contains(role);
	}

	/** The service as a user in this role sees it. */
	public ServiceAsked shownTo(Role role) {
		return allowedFor(role) ? this : HEALTH_CARE;
	}

	public String messageKey() {
		return "referral.service." + name();
	}

}
