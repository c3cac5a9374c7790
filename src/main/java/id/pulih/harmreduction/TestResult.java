package id.pulih.harmreduction;

/** The result of a rapid test or screening (HIV, STI, hepatitis, TB symptoms). */
public enum TestResult {

	NEGATIVE, POSITIVE, INDETERMINATE;

	public String messageKey() {
		return "harmreduction.result." + name();
	}

}
