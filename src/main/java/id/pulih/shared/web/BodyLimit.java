package id.pulih.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest JSON body an API endpoint (or every endpoint of a controller) accepts,
 * where it differs from {@code pulih.api.max-body-bytes}: batch endpoints take more.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface BodyLimit {

	/** Bytes. */
	long bytes();

}
