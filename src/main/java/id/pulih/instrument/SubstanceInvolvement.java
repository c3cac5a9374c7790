package id.pulih.instrument;

/**
 * The ASSIST outcome for one substance: its Specific Substance Involvement score
 * (Q2+Q3+Q4+Q5+Q6+Q7, without Q5 for tobacco) and the risk level that score falls in for
 * this substance. A substance never used scores 0, low risk.
 *
 * @param everUsed Q1 was yes
 * @param usedInPast3Months Q2 was other than never
 * @param score 0 to 39 (0 to 31 for tobacco)
 */
public record SubstanceInvolvement(Substance substance, boolean everUsed, boolean usedInPast3Months, int score,
		RiskLevel risk) {

	public SubstanceInvolvement {
		if (score < 0 || score > substance.maximumScore()) {
			throw new IllegalArgumentException(substance + " score out of range: " + score);
		}
		if (risk != substance.riskFor(score)) {
			throw new IllegalArgumentException(substance + " score " + score + " is not " + risk);
		}
	}

	/** The intervention recommended for this substance's risk level. */
	public Intervention intervention() {
		return this.risk.intervention();
	}

}
