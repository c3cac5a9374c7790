/**
 * A report's figures written out: CSV and XLSX for spreadsheets, a printable PDF for
 * official use, and DHIS2 data value sets and ADX messages for the national health
 * information systems. See {@link id.pulih.reporting.export.ReportExports}.
 */
@NullMarked
package id.pulih.reporting.export;

import org.jspecify.annotations.NullMarked;
