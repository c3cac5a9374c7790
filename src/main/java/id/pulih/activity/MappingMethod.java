package id.pulih.activity;

/** How a mapping gathered what it found. */
public enum MappingMethod {

	INTERVIEW_VILLAGE_HEAD, COMMUNITY_MEETING, OBSERVATION, KEY_INFORMANTS, OTHER;

	public String messageKey() {
		return "activity.method." + name();
	}

}
