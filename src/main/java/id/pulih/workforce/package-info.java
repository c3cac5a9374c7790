/**
 * The people who do the work of both programmes: recovery agents, IBM unit chairs, field
 * officers, peer support officers, health workers and rehabilitation officers; their
 * appointment by decree, their trainings, and whether they are active. A person may have
 * a user account (the access module links it by person id).
 */
@ApplicationModule(displayName = "Workforce")
@NullMarked
package id.pulih.workforce;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
