package id.pulih.instrument;

import java.util.Arrays;
import java.util.Optional;

/**
 * The ten substance classes of the ASSIST, in the order of the questionnaire, each with
 * its risk thresholds on the Specific Substance Involvement score. Alcohol has its own
 * thresholds (moderate from 11); every other substance is moderate from 4. High risk
 * starts at 27 for all.
 */
public enum Substance {

	TOBACCO("tobacco", 4), ALCOHOL("alcohol", 11), CANNABIS("cannabis", 4), COCAINE("cocaine", 4),
	AMPHETAMINES("amphetamines", 4), INHALANTS("inhalants", 4), SEDATIVES("sedatives", 4),
	HALLUCINOGENS("hallucinogens", 4), OPIOIDS("opioids", 4), OTHER("other", 4);

	/** The lowest score at high risk, for every substance. */
	public static final int HIGH_RISK_FROM = 27;

	private final String code;

	private final int moderateRiskFrom;

	Substance(String code, int moderateRiskFrom) {
		this.code = code;
		this.moderateRiskFrom = moderateRiskFrom;
	}

	/** The name used in answer field paths, e.g. {@code substances.alcohol.q3}. */
	public String code() {
		return this.code;
	}

	public static Optional<Substance> fromCode(String code) {
		return Arrays.stream(values()).filter(substance -> substance.code.equals(code)).findFirst();
	}

	/** Q5 (failed to do what was expected) is not asked for tobacco. */
	public boolean asksFailedExpectations() {
		return this != TOBACCO;
	}

	/** The highest possible involvement score: 39, or 31 for tobacco (no Q5). */
	public int maximumScore() {
		int withoutQ5 = 6 + 6 + 7 + 6 + 6;
		return asksFailedExpectations() ? withoutQ5 + 8 : withoutQ5;
	}

	public int moderateRiskFrom() {
		return this.moderateRiskFrom;
	}

	/** The risk level of a Specific Substance Involvement score for this substance. */
	public RiskLevel riskFor(int score) {
		if (score >= HIGH_RISK_FROM) {
			return RiskLevel.HIGH;
		}
		return (score >= this.moderateRiskFrom) ? RiskLevel.MODERATE : RiskLevel.LOW;
	}

	/** The substance with its examples, as listed in Q1. */
	public String messageKey() {
		return "instrument.assist.substance." + this.code;
	}

	/** The substance's short name, as it is put into the text of Q2 to Q7. */
	public String shortNameKey() {
		return "instrument.assist.substance." + this.code + ".short";
	}

}
