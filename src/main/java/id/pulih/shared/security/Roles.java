package id.pulih.shared.security;

/** Role names as compile-time constants, for {@code @RolesAllowed}. */
public final class Roles {

	public static final String RECOVERY_AGENT = "RECOVERY_AGENT";

	public static final String UNIT_CHAIR = "UNIT_CHAIR";

	public static final String FIELD_OFFICER = "FIELD_OFFICER";

	public static final String PEER_SUPPORT_OFFICER = "PEER_SUPPORT_OFFICER";

	public static final String HEALTH_WORKER = "HEALTH_WORKER";

	public static final String REHABILITATION_OFFICER = "REHABILITATION_OFFICER";

	public static final String PROGRAMME_MANAGER = "PROGRAMME_MANAGER";

	public static final String ADMINISTRATOR = "ADMINISTRATOR";

	private Roles() {
	}

}
