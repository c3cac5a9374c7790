package id.pulih.harmreduction;

/** How a peer support officer met the client. */
public enum ContactMode {

	HOME_VISIT, MEETING, PHONE, MESSAGE;

	public String messageKey() {
		return "harmreduction.contactMode." + name();
	}

}
