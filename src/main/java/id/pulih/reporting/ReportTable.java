package id.pulih.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A report's figures as shown on its page and written by every export: localized texts,
 * columns, rows (a totals row last when the report has one), and for every cell the
 * coordinates an interoperability export needs (indicator, period, area or organisation).
 * Suppressed cells carry no value at all, so no export can leak one.
 *
 * @param report the report's id, e.g. {@code ibm-activities}
 * @param title the localized title
 * @param area the localized name of the area or organisation reported on
 * @param periodLabel the localized period
 * @param rowHeader the header of the first (label) column
 * @param published whether small-cell suppression was applied
 * @param notes localized footnotes: how each figure is defined, what was suppressed
 * @param generatedAt when the figures were read
 * @param generatedBy who read them (a user name)
 */
public record ReportTable(String report, String title, String area, String periodLabel, String rowHeader,
		List<Column> columns, List<Row> rows, boolean published, List<String> notes, Instant generatedAt,
		String generatedBy) {

	/**
	 * What a column holds, which decides how it is formatted and whether it is
	 * suppressed.
	 */
	public enum Measure {

		/** Whole numbers of people: suppressed when small. */
		PEOPLE,
		/** Whole numbers of events, sessions or items: suppressed when small. */
		COUNT,
		/** Whole rupiah: never suppressed. */
		MONEY,
		/**
		 * A number with decimals (a mean, a ratio per person): suppressed with its count.
		 */
		DECIMAL,
		/** A percentage with one decimal: suppressed with its count. */
		PERCENT,
		/** A band (low, medium, high) shown as text in {@link Cell#text}. */
		BAND

	}

	/**
	 * @param code a stable code, e.g. {@code SOCIALIZATION_SESSIONS}
	 * @param label the localized header
	 */
	public record Column(String code, String label, Measure measure) {

	}

	/**
	 * @param label the localized row label (first column)
	 * @param total whether this is a totals row
	 */
	public record Row(String label, List<Cell> cells, boolean total) {

	}

	/**
	 * One figure.
	 *
	 * @param indicator the indicator code (the key of the DHIS2 mapping), e.g.
	 * {@code SOCIALIZATION_SESSIONS}; null for cells that are not exported to DHIS2/ADX
	 * (bands, derived totals)
	 * @param dimension a disaggregation, e.g. {@code SYRINGE.APBD}; empty when none
	 * @param period the period of this figure (rows of a multi-year table differ)
	 * @param orgUnit the area code ({@code 32.01}), organisation code, or {@code ID} for
	 * the nation
	 * @param value the figure; null when suppressed or not available
	 * @param suppressed whether small-cell suppression hid it
	 * @param text a localized text for {@link Measure#BAND} cells or a note such as "no
	 * estimate"; null otherwise
	 * @param link the page listing the records behind the figure, when the viewer may see
	 * them
	 */
	public record Cell(@Nullable String indicator, String dimension, ReportPeriod period, String orgUnit,
			@Nullable BigDecimal value, boolean suppressed, @Nullable String text, @Nullable String link) {

	}

}
