package id.pulih.recovery;

/**
 * The phases of the 16-week pathway: week 1 screening, weeks 2 to 8 intake and
 * intervention, weeks 9 to 16 aftercare (bina lanjut).
 */
public enum Phase {

	SCREENING(1, 1), INTAKE_AND_INTERVENTION(2, 8), AFTERCARE(9, 16);

	private final int fromWeek;

	private final int toWeek;

	Phase(int fromWeek, int toWeek) {
		this.fromWeek = fromWeek;
		this.toWeek = toWeek;
	}

	public int fromWeek() {
		return this.fromWeek;
	}

	public int toWeek() {
		return this.toWeek;
	}

	/** The phase of a pathway week (1 to 16). */
	public static Phase ofWeek(int week) {
		if (week < 1 || week > Schedule.WEEKS) {
			throw new IllegalArgumentException("The pathway has no week " + week);
		}
		return (week == 1) ? SCREENING : (week <= INTAKE_AND_INTERVENTION.toWeek) ? INTAKE_AND_INTERVENTION : AFTERCARE;
	}

	public String messageKey() {
		return "recovery.phase." + name();
	}

}
