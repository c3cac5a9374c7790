/**
 * Reports, indicators and dashboards (DOMAIN.md, "Reports the programmes publish"): the
 * two seed-003 tables (IBM unit distribution, IBM activities and services), WHOQOL-BREF
 * change, development phases, compliance, community benefit, the WHO/UNODC/UNAIDS harm
 * reduction indicators against population estimates, the monthly Puskesmas report,
 * commodities and budget by funding source; for any period and area; with small-cell
 * suppression for publication and exports to CSV, XLSX, PDF, DHIS2 data value sets and
 * ADX.
 * <p>
 * Large counts come from rollups ({@code rpt_rollup}) kept up to date by a job that reads
 * the other modules' tables (read-only, in SQL): each module owns what it writes, the
 * reporting module only reads it back out.
 * <p>
 * Public API: {@link id.pulih.reporting.ReportTable} and
 * {@link id.pulih.reporting.ReportPeriod}.
 */
@ApplicationModule(displayName = "Reporting")
@NullMarked
package id.pulih.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
