package id.pulih.harmreduction;

/**
 * Whether a methadone course runs: active, stopped by a health worker, or voided (started
 * by a dose whose visit was voided, with no other dose; it is shown nowhere).
 */
public enum OstStatus {

	ACTIVE, STOPPED, VOIDED;

	public String messageKey() {
		return "harmreduction.ost.status." + name();
	}

}
