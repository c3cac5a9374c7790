package id.pulih.reporting.estimate;

import org.jspecify.annotations.Nullable;

/**
 * A command to enter or correct the population estimate of an area for a year. Every
 * figure may be left out (null), but not all three.
 *
 * @param areaCode a Kemendagri area code, or {@value PopulationEstimates#NATION} for the
 * whole nation
 * @param pwid estimated people who inject drugs
 * @param opioidPwid estimated opioid-dependent people who inject drugs
 * @param pwidHiv estimated people who inject drugs living with HIV
 * @param sourceNote where the figures come from, e.g. "Estimasi Kemenkes 2024"
 * @param version the version of the stored estimate the caller read, null when it read
 * none (a new estimate)
 */
public record SetEstimate(@Nullable String areaCode, @Nullable Integer year, @Nullable Long pwid,
		@Nullable Long opioidPwid, @Nullable Long pwidHiv, @Nullable String sourceNote, @Nullable Integer version) {

}
