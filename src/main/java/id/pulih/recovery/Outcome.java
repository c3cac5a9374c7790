package id.pulih.recovery;

/** How a pathway ends; each is recorded with a date and (except completion) a reason. */
public enum Outcome {

	COMPLETED, DROPPED_OUT, REFERRED_OUT, RELAPSED, MOVED, DIED;

	/** Completion may carry a note; every other outcome needs its reason. */
	public boolean needsReason() {
		return this != COMPLETED;
	}

	public String messageKey() {
		return "recovery.outcome." + name();
	}

}
