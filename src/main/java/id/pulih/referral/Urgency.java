package id.pulih.referral;

/**
 * How soon the receiving organisation should answer; the days each allows are configured
 * ({@code pulih.referral.respond-days.*}).
 */
public enum Urgency {

	ROUTINE, SOON, URGENT;

	public String messageKey() {
		return "referral.urgency." + name();
	}

}
