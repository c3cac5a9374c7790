/**
 * The pseudonymous client registry: clients known by a code built from facts they can
 * repeat (never the NIK), with sex, birth year, village and how they came; recorded
 * consent and an encrypted identity vault seen only by the roles that need it, every view
 * audited with its reason; duplicates across organisations flagged and merged; and each
 * client's timeline across modules.
 */
@ApplicationModule(displayName = "Clients")
@NullMarked
package id.pulih.client;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
