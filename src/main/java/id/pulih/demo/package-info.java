/**
 * A realistic, deterministic demo data set (Jawa Barat: Kota Bandung's health office and
 * Puskesmas with their field officers; Kabupaten Bogor's BNNK and IBM units including
 * Gunungputri) and one demo user per role. Loaded only when {@code pulih.demo.enabled} is
 * true and the database has no users; never under the postgres profile unless asked.
 */
@ApplicationModule(displayName = "Demo data")
@NullMarked
package id.pulih.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
