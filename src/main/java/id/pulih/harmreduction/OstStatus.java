package id.pulih.harmreduction;

/** Whether a methadone course runs. */
public enum OstStatus {

	ACTIVE, STOPPED;

	public String messageKey() {
		return "harmreduction.ost.status." + name();
	}

}
