package id.pulih.instrument;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The scored ASSIST: the involvement and risk of every substance, the injection answers
 * and, from them, what a recovery agent or health worker does next.
 *
 * @param substances one entry per substance, in questionnaire order
 * @param injection the answer to Q8, null when the interview ended after Q1
 * @param injectionPattern how often, for someone who injected in the past three months
 */
public record AssistResult(List<SubstanceInvolvement> substances, @Nullable YesNoWhen injection,
		@Nullable InjectionPattern injectionPattern) implements InstrumentResult {

	public AssistResult {
		substances = List.copyOf(substances);
	}

	@Override
	public String instrumentCode() {
		return AssistScoring.CODE;
	}

	@Override
	public String version() {
		return AssistScoring.VERSION;
	}

	public SubstanceInvolvement involvement(Substance substance) {
		return this.substances.stream()
			.filter(involvement -> involvement.substance() == substance)
			.findFirst()
			.orElseThrow();
	}

	/** Whether any substance was ever used; if none was, the interview ended after Q1. */
	public boolean everUsedAny() {
		return this.substances.stream().anyMatch(SubstanceInvolvement::everUsed);
	}

	/**
	 * The client's screening result for IBM routing: the highest risk over all substances
	 * except tobacco.
	 */
	public RiskLevel overallRisk() {
		return this.substances.stream()
			.filter(involvement -> involvement.substance() != Substance.TOBACCO)
			.map(SubstanceInvolvement::risk)
			.reduce(RiskLevel.LOW, RiskLevel::max);
	}

	/** Low overall risk: IBM services; moderate or high: referral. */
	public IbmRoute ibmRoute() {
		return IbmRoute.forRisk(overallRisk());
	}

	/**
	 * The injection advice, for someone who injected in the past three months; null
	 * otherwise (never injected, or not in the past three months).
	 */
	public @Nullable InjectionAdvice injectionAdvice() {
		if (this.injection != YesNoWhen.YES_IN_PAST_3_MONTHS || this.injectionPattern == null) {
			return null;
		}
		return this.injectionPattern.advice();
	}

}
