package id.pulih.instrument;

/**
 * How someone who injected in the past three months has been injecting, asked after Q8 to
 * choose the injection advice of the ASSIST feedback card.
 */
public enum InjectionPattern {

	/** Once a week or less, or fewer than three days in a row. */
	WEEKLY_OR_LESS,
	/** More than once a week, or three or more days in a row. */
	MORE_THAN_WEEKLY;

	public InjectionAdvice advice() {
		return (this == WEEKLY_OR_LESS) ? InjectionAdvice.BRIEF_INTERVENTION_WITH_RISKS_CARD
				: InjectionAdvice.FURTHER_ASSESSMENT_AND_INTENSIVE_TREATMENT;
	}

	public String messageKey() {
		return "instrument.assist.injectionPattern." + name();
	}

}
