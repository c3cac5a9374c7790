package id.pulih.activity;

/** Whom a socialization was for. */
public enum Audience {

	COMMUNITY, FAMILIES, SCHOOLS, VILLAGE_OFFICIALS, RELIGIOUS_LEADERS, YOUTH, WORKPLACE, OTHER;

	public String messageKey() {
		return "activity.audience." + name();
	}

}
