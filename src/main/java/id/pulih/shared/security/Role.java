package id.pulih.shared.security;

/**
 * The roles of the people who use Pulih (DOMAIN.md, "Who uses it"). Controllers name the
 * roles they admit with {@code @RolesAllowed} and the string constants in {@link Roles}.
 */
public enum Role {

	RECOVERY_AGENT, UNIT_CHAIR, FIELD_OFFICER, PEER_SUPPORT_OFFICER, HEALTH_WORKER, REHABILITATION_OFFICER,
	PROGRAMME_MANAGER, ADMINISTRATOR;

	public String authority() {
		return "ROLE_" + name();
	}

	/** Administrators must use a second factor; for everybody else it is optional. */
	public boolean requiresSecondFactor() {
		return this == ADMINISTRATOR;
	}

	/**
	 * Roles that work with organisations and people only in aggregate or as reference
	 * data.
	 */
	public boolean seesIdentities() {
		return this != PROGRAMME_MANAGER && this != ADMINISTRATOR;
	}

}
