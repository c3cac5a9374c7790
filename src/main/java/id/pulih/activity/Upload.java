package id.pulih.activity;

import org.jspecify.annotations.Nullable;

/**
 * A file to attach to an activity, as it was uploaded. The declared type is not trusted:
 * the kind of file is read from its first bytes.
 */
public record Upload(@Nullable String fileName, @Nullable String declaredType, byte[] bytes) {

}
