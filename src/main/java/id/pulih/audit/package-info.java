/**
 * The append-only audit trail: sign-ins and failures, administrative actions, every
 * change to organisations, people and users, and every view of a client's identity, with
 * a page to search it.
 */
@ApplicationModule(displayName = "Audit")
@NullMarked
package id.pulih.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
