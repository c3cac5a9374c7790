package id.pulih.reporting;

import org.jspecify.annotations.Nullable;

/**
 * The query parameters of every report page, download and API call, as typed: the period
 * ({@code period=year|quarter|month|custom} with {@code year}, {@code quarter},
 * {@code month=2026-03}, {@code from}/{@code to=2026-01}), the area ({@code area=32.01},
 * {@code ID} for the nation) or organisation ({@code org=<id>}), and {@code publish}.
 * {@link ReportRequests} checks them.
 */
public record ReportParameters(@Nullable String period, @Nullable String year, @Nullable String quarter,
		@Nullable String month, @Nullable String from, @Nullable String to, @Nullable String area, @Nullable String org,
		@Nullable Boolean publish) {

	/** No parameters: the user's own scope this year. */
	public static final ReportParameters NONE = new ReportParameters(null, null, null, null, null, null, null, null,
			null);

}
