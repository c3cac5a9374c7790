package id.pulih.reporting.estimate;

import org.jspecify.annotations.Nullable;

/**
 * The population figures a report divides by for one area and year. Each figure is the
 * area's own entry when one was entered; otherwise the sum over the areas below it, each
 * taking its own entry or, further down, the sum below it; null when nothing was entered
 * anywhere below. The three figures are found each on its own, so one may be entered and
 * another summed.
 *
 * @param pwid people who inject drugs
 * @param opioidPwid opioid-dependent people who inject drugs
 * @param pwidHiv people who inject drugs living with HIV
 * @param pwidSummed whether {@code pwid} was summed from the areas below (false when it
 * was entered for the area, or is null)
 * @param opioidPwidSummed the same for {@code opioidPwid}
 * @param pwidHivSummed the same for {@code pwidHiv}
 */
public record Denominators(@Nullable Long pwid, @Nullable Long opioidPwid, @Nullable Long pwidHiv, boolean pwidSummed,
		boolean opioidPwidSummed, boolean pwidHivSummed) {

	/** Nothing entered for the area or anywhere below it. */
	public static final Denominators NONE = new Denominators(null, null, null, false, false, false);

	/** Whether no figure is known. */
	public boolean isEmpty() {
		return this.pwid == null && this.opioidPwid == null && this.pwidHiv == null;
	}

	/** Whether any figure was summed from the areas below (reports say so in a note). */
	public boolean anySummed() {
		return this.pwidSummed || this.opioidPwidSummed || this.pwidHivSummed;
	}

}
