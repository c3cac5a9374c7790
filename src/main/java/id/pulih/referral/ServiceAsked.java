package id.pulih.referral;

/** What the sender asks the receiving organisation to provide. */
public enum ServiceAsked {

	REHABILITATION, IBM_RECOVERY, AFTERCARE, HARM_REDUCTION, HIV_CARE, TB_CARE, MENTAL_HEALTH, OTHER;

	public String messageKey() {
		return "referral.service." + name();
	}

}
