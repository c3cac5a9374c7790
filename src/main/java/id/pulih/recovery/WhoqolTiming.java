package id.pulih.recovery;

/** When a WHOQOL-BREF is taken in the pathway: at intake and at the end. */
public enum WhoqolTiming {

	INTAKE, END;

	public String messageKey() {
		return "recovery.whoqol.timing." + name();
	}

}
