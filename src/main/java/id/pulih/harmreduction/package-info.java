/**
 * Harm reduction at Puskesmas and other facilities (DOMAIN.md, "Harm reduction services
 * at a Puskesmas"): visits of clients (or anonymous contacts) with the services given,
 * each drawing the commodities it hands out from the facility's stock; the methadone
 * (PTRM) course with its missed-dose rule and clinical reviews; clients living with HIV
 * and their peer support officers' contacts.
 * <p>
 * Public API: {@link id.pulih.harmreduction.HarmReductionVisits},
 * {@link id.pulih.harmreduction.OstCourses}, {@link id.pulih.harmreduction.PeerSupport}
 * with their commands and records. The module puts its entries on the client page through
 * the client module's {@code ClientTimelineSource}, contributes a home-page section, and
 * follows client merges ({@code ClientsMerged}).
 */
@ApplicationModule(displayName = "Harm reduction")
@NullMarked
package id.pulih.harmreduction;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
