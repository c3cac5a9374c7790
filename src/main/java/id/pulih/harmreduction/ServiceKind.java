package id.pulih.harmreduction;

/**
 * The services a visit may give (DOMAIN.md, "Harm reduction services at a Puskesmas").
 * Clinical services are given by health workers only; services that need no record may be
 * given to an anonymous contact.
 */
public enum ServiceKind {

	NSP("nsp", false, false), METHADONE("methadone", true, true), HIV_TEST("hivTest", true, true),
	ARV("arv", true, true), STI("sti", true, true), CONDOMS("condoms", false, false),
	HEPATITIS("hepatitis", true, true), TB("tb", true, true), KIE("kie", false, false), ASSIST("assist", false, true),
	COUNSELLING("counselling", false, true);

	private final String field;

	private final boolean clinical;

	private final boolean needsRecord;

	ServiceKind(String field, boolean clinical, boolean needsRecord) {
		this.field = field;
		this.clinical = clinical;
		this.needsRecord = needsRecord;
	}

	/** The name of the service in commands, API bodies and field errors. */
	public String field() {
		return this.field;
	}

	/** Whether only a health worker may give (and record) the service. */
	public boolean clinical() {
		return this.clinical;
	}

	/** Whether the service needs a registered client (not an anonymous contact). */
	public boolean needsRecord() {
		return this.needsRecord;
	}

	public String messageKey() {
		return "harmreduction.service." + name();
	}

}
