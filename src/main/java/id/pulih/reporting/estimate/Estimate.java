package id.pulih.reporting.estimate;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The population estimate of one area for one year, as entered.
 *
 * @param areaCode a Kemendagri area code, or {@value PopulationEstimates#NATION} for the
 * whole nation
 * @param areaName the area's name (null for the nation, which pages name in the reader's
 * language)
 * @param pwid estimated people who inject drugs, null when not given
 * @param opioidPwid estimated opioid-dependent people who inject drugs, null when not
 * given
 * @param pwidHiv estimated people who inject drugs living with HIV, null when not given
 * @param version what a correction sends back to show which version it read
 */
public record Estimate(UUID id, String areaCode, @Nullable String areaName, int year, @Nullable Long pwid,
		@Nullable Long opioidPwid, @Nullable Long pwidHiv, @Nullable String sourceNote, Instant updatedAt,
		String updatedBy, int version) {

}
