package id.pulih.reporting.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import id.pulih.reporting.ReportTable.Measure;

import org.springframework.context.MessageSource;

/**
 * The words, numbers and dates of one export in the reader's language: Bahasa Indonesia
 * (the default: {@code 1.234,5}, {@code 24 November 2026 14.05 WIB}) or English
 * ({@code 1,234.5}, {@code 24 November 2026, 14:05 WIB}).
 */
final class ExportTexts {

	static final Locale INDONESIAN = Locale.of("id");

	private static final Map<String, String> ZONE_NAMES = Map.of("Asia/Jakarta", "WIB", "Asia/Makassar", "WITA",
			"Asia/Jayapura", "WIT");

	private final MessageSource messages;

	private final Locale locale;

	private final ZoneId zone;

	ExportTexts(MessageSource messages, Locale locale, ZoneId zone) {
		this.messages = messages;
		this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
		this.zone = zone;
	}

	Locale locale() {
		return this.locale;
	}

	boolean english() {
		return this.locale == Locale.ENGLISH;
	}

	String get(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

	/** What a withheld figure shows instead of its value. */
	String marker() {
		return get("export.suppressed.marker");
	}

	/** A figure as a reader expects it in this language. */
	String number(BigDecimal value, Measure measure) {
		return switch (measure) {
			case DECIMAL -> format("#,##0.00", value);
			case PERCENT -> get("export.percent", format("#,##0.0", value));
			case MONEY -> format("#,##0", value);
			default -> format("#,##0.##", value);
		};
	}

	/** A date and time with its Indonesian zone name, e.g. 24 November 2026 14.05 WIB. */
	String dateTime(Instant instant) {
		String pattern = english() ? "d MMMM yyyy, HH:mm" : "d MMMM yyyy HH.mm";
		return DateTimeFormatter.ofPattern(pattern, this.locale).withZone(this.zone).format(instant) + " "
				+ ZONE_NAMES.getOrDefault(this.zone.getId(), this.zone.getId());
	}

	String date(Instant instant) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", this.locale).withZone(this.zone).format(instant);
	}

	private String format(String pattern, BigDecimal value) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(this.locale);
		if (!english()) {
			// Indonesian writes 1.234,5 whatever the runtime's locale data says.
			symbols.setDecimalSeparator(',');
			symbols.setGroupingSeparator('.');
		}
		symbols.setMinusSign('-');
		DecimalFormat format = new DecimalFormat(pattern, symbols);
		format.setRoundingMode(RoundingMode.HALF_UP);
		format.setParseBigDecimal(true);
		return format.format(value);
	}

	/**
	 * A figure for a machine to read back: no grouping, {@code .} for decimals, no
	 * exponent, no trailing zeros ({@code 1234.5}).
	 */
	static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return ((stripped.scale() < 0) ? stripped.setScale(0) : stripped).toPlainString();
	}

}
