/**
 * Community activities of IBM units and other organisations (DOMAIN.md, "Community
 * activities"): socialization, mapping, outreach, advocacy, training of recovery agents
 * and cadre development, with the agents who took part and attachments (attendance
 * sheets, decrees).
 * <p>
 * Public API: {@link id.pulih.activity.Activities} (record, edit, void, read, attach) and
 * {@link id.pulih.activity.ActivityCounts} (yearly totals for reports). The module adds a
 * section to the organisation page through the organisation module's
 * {@code OrganisationPageSection}.
 */
@ApplicationModule(displayName = "Community activities")
@NullMarked
package id.pulih.activity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
