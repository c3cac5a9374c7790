package id.pulih.evaluation;

/** Who answered a community benefit survey. */
public enum RespondentType {

	COMMUNITY_MEMBER, FAMILY, VILLAGE_OFFICIAL, COMMUNITY_LEADER, CLIENT, OTHER

}
