/**
 * Indonesia's administrative areas by Kemendagri code (38 provinces, 514 regencies and
 * cities, 7,285 districts, 83,762 villages), the time zone of each, and area search.
 */
@ApplicationModule(displayName = "Geography")
@NullMarked
package id.pulih.geography;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
