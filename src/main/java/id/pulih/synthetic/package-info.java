/**
 * A deterministic, realistic synthetic national data set for benchmarks and load tests:
 * organisations, workforce, IBM pathways, community activities, harm reduction visits
 * with their services and stock, referrals and unit evaluations, written in bulk by
 * {@link id.pulih.synthetic.SyntheticData} when {@code pulih.synthetic.size} is set.
 * Never enabled in production unless asked.
 */
@ApplicationModule(displayName = "Synthetic data")
@NullMarked
package id.pulih.synthetic;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
