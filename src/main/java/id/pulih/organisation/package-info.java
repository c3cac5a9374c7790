/**
 * Organisations of both programmes and their hierarchy (BNN, BNNP, BNNK, Dinas Kesehatan,
 * Puskesmas, IPWL, clinics, hospitals, LRIP, LRKM, LAPAS, LSM, WPA groups, IBM units,
 * network partners); for IBM units their village, decrees, partners, funding, yearly
 * status and development phase history.
 */
@ApplicationModule(displayName = "Organisations")
@NullMarked
package id.pulih.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
