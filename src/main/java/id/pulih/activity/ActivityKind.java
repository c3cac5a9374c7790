package id.pulih.activity;

/** What kind of community activity it was. */
public enum ActivityKind {

	SOCIALIZATION, MAPPING, OUTREACH, ADVOCACY, TRAINING, CADRE_DEVELOPMENT;

	public String messageKey() {
		return "activity.kind." + name();
	}

}
