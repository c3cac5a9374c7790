package id.pulih.instrument;

/** The answer to ASSIST Q1, ever used (non-medical use only); it is not scored. */
public enum YesNo {

	NO, YES;

	public String messageKey() {
		return "instrument.assist.yesNo." + name();
	}

}
