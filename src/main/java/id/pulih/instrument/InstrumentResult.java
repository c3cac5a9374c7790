package id.pulih.instrument;

/** The outcome of scoring one completed instrument, whichever it is. */
public sealed interface InstrumentResult permits AssistResult, WhoqolResult {

	/** The code of the instrument scored, e.g. {@code ASSIST}. */
	String instrumentCode();

	/** The version of the instrument whose rules scored it. */
	String version();

}
