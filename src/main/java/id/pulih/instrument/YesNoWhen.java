package id.pulih.instrument;

/**
 * The three answers to ASSIST questions 6, 7 and 8: no, never; yes, in the past three
 * months; yes, but not in the past three months. Q6 and Q7 score them 0, 6 and 3; Q8
 * (injection) codes them 0, 2 and 1 but is not part of any score.
 */
public enum YesNoWhen {

	NO_NEVER(0, 0), YES_IN_PAST_3_MONTHS(6, 2), YES_NOT_IN_PAST_3_MONTHS(3, 1);

	private final int points;

	private final int injectionCode;

	YesNoWhen(int points, int injectionCode) {
		this.points = points;
		this.injectionCode = injectionCode;
	}

	/** Q6 (concern expressed) and Q7 (failed to cut down): 0, 6, 3. */
	public int points() {
		return this.points;
	}

	/** Q8 (injection): 0, 2, 1; recorded, never added to a score. */
	public int injectionCode() {
		return this.injectionCode;
	}

	public String messageKey() {
		return "instrument.assist.yesNoWhen." + name();
	}

}
