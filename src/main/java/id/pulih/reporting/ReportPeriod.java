package id.pulih.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * The period a report covers: a calendar month, quarter or year, or a custom run of whole
 * months (so additive figures are sums of monthly rollups).
 *
 * @param start the first day (the first of a month)
 * @param end the last day (the last of a month), inclusive
 */
public record ReportPeriod(Kind kind, LocalDate start, LocalDate end) {

	public enum Kind {

		MONTH, QUARTER, YEAR, CUSTOM

	}

	public ReportPeriod {
		if (start.getDayOfMonth() != 1 || !end.equals(YearMonth.from(end).atEndOfMonth()) || end.isBefore(start)) {
			throw new IllegalArgumentException("A period runs over whole months: " + start + ".." + end);
		}
	}

	public static ReportPeriod month(YearMonth month) {
		return new ReportPeriod(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
	}

	/**
	 * @param quarter 1 to 4
	 */
	public static ReportPeriod quarter(int year, int quarter) {
		YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
		return new ReportPeriod(Kind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
	}

	public static ReportPeriod year(int year) {
		return new ReportPeriod(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** Whole months from {@code from} to {@code to}, inclusive. */
	public static ReportPeriod custom(YearMonth from, YearMonth to) {
		return new ReportPeriod(Kind.CUSTOM, from.atDay(1), to.atEndOfMonth());
	}

	/** The number of months the period covers. */
	public int months() {
		return (int) ChronoUnit.MONTHS.between(YearMonth.from(this.start), YearMonth.from(this.end)) + 1;
	}

	/**
	 * The period as DHIS2 names it ({@code 2024}, {@code 2024Q1}, {@code 202401}); null
	 * for a custom period, which DHIS2 has no name for.
	 */
	public @Nullable String dhis2() {
		return switch (this.kind) {
			case YEAR -> Integer.toString(this.start.getYear());
			case QUARTER -> this.start.getYear() + "Q" + ((this.start.getMonthValue() - 1) / 3 + 1);
			case MONTH -> "%d%02d".formatted(this.start.getYear(), this.start.getMonthValue());
			case CUSTOM -> null;
		};
	}

	/**
	 * The period as ADX writes it: an ISO 8601 start and duration,
	 * {@code 2024-01-01/P1Y}.
	 */
	public String adx() {
		return switch (this.kind) {
			case YEAR -> this.start + "/P1Y";
			case QUARTER -> this.start + "/P3M";
			case MONTH -> this.start + "/P1M";
			case CUSTOM -> this.start + "/P" + months() + "M";
		};
	}

	/**
	 * A short label from the bundle's words: "2024", "Triwulan I 2024" / "Q1 2024",
	 * "Januari 2024", "Jan 2024 – Mar 2024".
	 */
	public String label(MessageSource messages, Locale locale) {
		int year = this.start.getYear();
		return switch (this.kind) {
			case YEAR -> messages.getMessage("reporting.periodLabel.year", new Object[] { year }, locale);
			case QUARTER ->
				messages.getMessage("reporting.periodLabel.quarter." + ((this.start.getMonthValue() - 1) / 3 + 1),
						new Object[] { year }, locale);
			case MONTH -> messages.getMessage("reporting.periodLabel.month",
					new Object[] { monthName(this.start, TextStyle.FULL, locale), year }, locale);
			case CUSTOM -> messages.getMessage("reporting.periodLabel.custom",
					new Object[] { monthName(this.start, TextStyle.SHORT, locale), year,
							monthName(this.end, TextStyle.SHORT, locale), this.end.getYear() },
					locale);
		};
	}

	private static String monthName(LocalDate date, TextStyle style, Locale locale) {
		Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("id");
		return date.getMonth().getDisplayName(style, language);
	}

}
