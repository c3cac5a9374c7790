package id.pulih.evaluation;

/**
 * The three kinds of programme evaluation of an IBM unit, each answering its instrument.
 */
public enum EvaluationKind {

	/** A development phase assessment (instrument {@code IBM_PHASE_CHECKLIST}). */
	ASSESSMENT("IBM_PHASE_CHECKLIST"),
	/** A community benefit survey response (instrument {@code IBM_BENEFIT_SURVEY}). */
	BENEFIT_SURVEY("IBM_BENEFIT_SURVEY"),
	/** An INSANI compliance response to one component (instrument {@code INSANI}). */
	INSANI("INSANI");

	private final String instrumentCode;

	EvaluationKind(String instrumentCode) {
		this.instrumentCode = instrumentCode;
	}

	/** The code of the administrator-defined instrument this kind answers. */
	public String instrumentCode() {
		return this.instrumentCode;
	}

}
