package id.pulih.instrument;

/** The ASSIST advice for someone who injected drugs in the past three months. */
public enum InjectionAdvice {

	/**
	 * Weekly or less, or fewer than three days in a row: a brief intervention including
	 * the risks-of-injecting card.
	 */
	BRIEF_INTERVENTION_WITH_RISKS_CARD,
	/**
	 * More than weekly, or three or more days in a row: further assessment and more
	 * intensive treatment.
	 */
	FURTHER_ASSESSMENT_AND_INTENSIVE_TREATMENT;

	public String messageKey() {
		return "instrument.assist.injectionAdvice." + name();
	}

}
