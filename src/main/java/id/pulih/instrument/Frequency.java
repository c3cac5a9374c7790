package id.pulih.instrument;

/**
 * The five answers to ASSIST questions 2 to 5 (how often in the past three months), with
 * the points each is worth in each of those questions.
 */
public enum Frequency {

	NEVER(0, 0, 0, 0), ONCE_OR_TWICE(2, 3, 4, 5), MONTHLY(3, 4, 5, 6), WEEKLY(4, 5, 6, 7),
	DAILY_OR_ALMOST_DAILY(6, 6, 7, 8);

	private final int usePoints;

	private final int urgePoints;

	private final int problemsPoints;

	private final int failedExpectationsPoints;

	Frequency(int usePoints, int urgePoints, int problemsPoints, int failedExpectationsPoints) {
		this.usePoints = usePoints;
		this.urgePoints = urgePoints;
		this.problemsPoints = problemsPoints;
		this.failedExpectationsPoints = failedExpectationsPoints;
	}

	/** Q2, use in the past three months: 0, 2, 3, 4, 6. */
	public int usePoints() {
		return this.usePoints;
	}

	/** Q3, strong desire or urge to use: 0, 3, 4, 5, 6. */
	public int urgePoints() {
		return this.urgePoints;
	}

	/** Q4, use led to health, social, legal or financial problems: 0, 4, 5, 6, 7. */
	public int problemsPoints() {
		return this.problemsPoints;
	}

	/** Q5, failed to do what was normally expected: 0, 5, 6, 7, 8. */
	public int failedExpectationsPoints() {
		return this.failedExpectationsPoints;
	}

	public String messageKey() {
		return "instrument.assist.frequency." + name();
	}

}
