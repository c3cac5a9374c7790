/**
 * Population estimates (DOMAIN.md, "Reports the programmes publish"): the estimated
 * number of people who inject drugs, of opioid-dependent people who inject drugs, and of
 * people who inject drugs living with HIV, that programme managers enter per area and
 * year. They are the denominators of the WHO/UNODC/UNAIDS harm reduction indicators.
 * <p>
 * Public API: {@link id.pulih.reporting.estimate.PopulationEstimates} (entering and
 * reading estimates, and the {@link id.pulih.reporting.estimate.Denominators} a report
 * uses for any area), with {@link id.pulih.reporting.estimate.Estimate} and
 * {@link id.pulih.reporting.estimate.SetEstimate}.
 */
@NamedInterface("estimate")
@NullMarked
package id.pulih.reporting.estimate;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
