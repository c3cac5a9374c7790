/**
 * Users, roles and scopes; sign-in with a strong password hash, lockout and a TOTP second
 * factor; database-backed sessions; personal access tokens for the API; and the rule that
 * every page and endpoint says which roles may use it.
 */
@ApplicationModule(displayName = "Access")
@NullMarked
package id.pulih.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
