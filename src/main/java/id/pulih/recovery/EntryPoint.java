package id.pulih.recovery;

/**
 * Where a client enters the 16-week pathway: after a screening (week 1 is the screening,
 * so the client's first week of services is week 2), or, for clients referred after
 * finishing rehabilitation, directly at aftercare (week 9).
 */
public enum EntryPoint {

	SCREENING(1), AFTERCARE(9);

	private final int firstWeek;

	EntryPoint(int firstWeek) {
		this.firstWeek = firstWeek;
	}

	/** The pathway week the client's start date falls in. */
	public int firstWeek() {
		return this.firstWeek;
	}

	public String messageKey() {
		return "recovery.entry." + name();
	}

}
