@NamedInterface("security")
@NullMarked
package id.pulih.shared.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
