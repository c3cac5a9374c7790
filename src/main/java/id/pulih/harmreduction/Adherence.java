package id.pulih.harmreduction;

/** Adherence to ARV treatment, as the client tells the peer support officer. */
public enum Adherence {

	GOOD, SOME_MISSED, NOT_TAKING;

	public String messageKey() {
		return "harmreduction.adherence." + name();
	}

}
