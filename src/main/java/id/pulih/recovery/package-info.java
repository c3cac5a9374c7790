/**
 * The IBM recovery pathway (DOMAIN.md, "The IBM recovery pathway (16 weeks)"): the ASSIST
 * screening that decides the route, the enrolment at an IBM unit with its 16-week
 * schedule, the sessions recovery agents give (alone or in groups), WHOQOL-BREF at intake
 * and at the end, the outcome, and the worklists that tell agents and units what is due.
 * <p>
 * Public API: {@link id.pulih.recovery.Screenings}, {@link id.pulih.recovery.Pathways},
 * {@link id.pulih.recovery.Worklists} and the event
 * {@link id.pulih.recovery.ReferralRecommended}. The module puts its entries on the
 * client page through the client module's {@code ClientTimelineSource} and follows client
 * merges ({@code ClientsMerged}).
 */
@ApplicationModule(displayName = "Recovery pathway")
@NullMarked
package id.pulih.recovery;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
