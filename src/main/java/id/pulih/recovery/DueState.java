package id.pulih.recovery;

/** Where a {@link DueItem} stands on a day: see the rule table there. */
public enum DueState {

	DONE, UPCOMING, DUE, OVERDUE;

	public String messageKey() {
		return "recovery.dueState." + name();
	}

}
