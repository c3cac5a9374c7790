package id.pulih.harmreduction;

/**
 * How a client came to a visit: by themselves, or brought by a field officer's outreach.
 */
public enum Arrival {

	WALK_IN, OUTREACH;

	public String messageKey() {
		return "harmreduction.arrival." + name();
	}

}
