package id.pulih.instrument;

/**
 * The ASSIST risk level of one substance, lowest first, each with the intervention the
 * WHO recommends for it.
 */
public enum RiskLevel {

	LOW(Intervention.GENERAL_HEALTH_ADVICE), MODERATE(Intervention.BRIEF_INTERVENTION),
	HIGH(Intervention.BRIEF_INTERVENTION_AND_REFERRAL);

	private final Intervention intervention;

	RiskLevel(Intervention intervention) {
		this.intervention = intervention;
	}

	public Intervention intervention() {
		return this.intervention;
	}

	public RiskLevel max(RiskLevel other) {
		return (other.compareTo(this) > 0) ? other : this;
	}

	public String messageKey() {
		return "instrument.assist.risk." + name();
	}

}
