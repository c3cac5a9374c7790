package id.pulih.instrument;

/** The intervention the WHO ASSIST recommends for a substance's risk level. */
public enum Intervention {

	/** Low risk: general health advice. */
	GENERAL_HEALTH_ADVICE,
	/** Moderate risk: a brief intervention and take-home information. */
	BRIEF_INTERVENTION,
	/**
	 * High risk: a brief intervention and referral for specialist assessment and
	 * treatment.
	 */
	BRIEF_INTERVENTION_AND_REFERRAL;

	public String messageKey() {
		return "instrument.assist.intervention." + name();
	}

}
