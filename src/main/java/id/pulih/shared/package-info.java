/**
 * The shared kernel: identifiers, the security vocabulary (roles, scopes, the signed-in
 * user), error types, field encryption, and the web shell every module's pages live in.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Shared kernel")
@NullMarked
package id.pulih.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
