package id.pulih.demo;

/** The demo logins, printed at start-up; one per role, plus a second unit's agent. */
public final class DemoUsers {

	public static final String PASSWORD = "Demo-Pulih-2026";

	/** The demo administrator's TOTP secret (base32), to add to an authenticator app. */
	public static final String ADMIN_TOTP_SECRET = "PULIHDEMOADMINTOTPSECRETJABAR234";

	public static final String ADMINISTRATOR = "admin";

	public static final String PROGRAMME_MANAGER = "manager.jabar";

	/** A programme manager of BNN national, who sees the whole country's aggregates. */
	public static final String NATIONAL_MANAGER = "manager.nasional";

	public static final String REHABILITATION_OFFICER = "rehab.bogor";

	public static final String UNIT_CHAIR = "chair.gunungputri";

	public static final String RECOVERY_AGENT = "agent.gunungputri";

	/**
	 * A recovery agent of another IBM unit, for checking that units cannot see each
	 * other.
	 */
	public static final String OTHER_RECOVERY_AGENT = "agent.cicadas";

	public static final String FIELD_OFFICER = "officer.sukasari";

	public static final String PEER_SUPPORT_OFFICER = "peer.sukasari";

	public static final String HEALTH_WORKER = "nakes.sukasari";

	/** The organisation code of the Gunungputri IBM unit. */
	public static final String GUNUNGPUTRI_UNIT = "IBM-3201022004";

	/** The organisation code of the second demo unit (Cicadas, Gunungputri district). */
	public static final String CICADAS_UNIT = "IBM-3201022007";

	private DemoUsers() {
	}

}
