package id.pulih.reporting;

/**
 * What a user asked a report for.
 *
 * @param publish whether to apply small-cell suppression as for publication, even where
 * the user may see exact figures
 */
public record ReportRequest(String report, Selection selection, ReportPeriod period, boolean publish) {

}
