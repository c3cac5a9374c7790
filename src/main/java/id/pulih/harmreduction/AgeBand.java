package id.pulih.harmreduction;

/** The age band of an anonymous contact, as the programme reports it. */
public enum AgeBand {

	UNDER_15, AGE_15_19, AGE_20_24, AGE_25_29, AGE_30_39, AGE_40_49, AGE_50_PLUS;

	public String messageKey() {
		return "harmreduction.ageBand." + name();
	}

}
