/**
 * The home page of each role (what needs doing today for an agent, the area's numbers for
 * a manager) and the licences page.
 */
@ApplicationModule(displayName = "Home")
@NullMarked
package id.pulih.home;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
