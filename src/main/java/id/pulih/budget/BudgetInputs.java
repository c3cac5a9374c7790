package id.pulih.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import id.pulih.shared.FundingSource;
import id.pulih.shared.Ids;
import id.pulih.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Reads what people type and API clients send into command values. What cannot be read is
 * added to the list of violations under its field (and read as null); a blank input is
 * simply null, and the command's own checks say whether it was required.
 */
final class BudgetInputs {

	/**
	 * Whole rupiah: digits, optionally grouped by thousands with dots, commas or spaces.
	 */
	private static final Pattern RUPIAH = Pattern.compile("-?(\\d+|\\d{1,3}([., ]\\d{3})+)");

	private static final long BEYOND_MAX = Budgets.AMOUNT_MAX + 1;

	private static final BigDecimal MAX_DECIMAL = BigDecimal.valueOf(Budgets.AMOUNT_MAX);

	/** More digits than the largest amount has: read as beyond it without parsing. */
	private static final int DIGITS_MAX = String.valueOf(Budgets.AMOUNT_MAX).length();

	private BudgetInputs() {
	}

	static @Nullable FundingSource source(@Nullable String text, List<RuleViolation> violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return FundingSource.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			violations.add(new RuleViolation("source", "budget.error.sourceUnknown"));
			return null;
		}
	}

	static @Nullable BudgetLine line(@Nullable String text, List<RuleViolation> violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		BudgetLine line = BudgetLine.parse(text);
		if (line == null) {
			violations.add(new RuleViolation("line", "budget.error.lineUnknown"));
		}
		return line;
	}

	/**
	 * Whole rupiah as typed ("1500000", "1.500.000", "Rp 1.500.000"); amounts beyond the
	 * maximum are read as just beyond it, so the command says they are too large.
	 */
	static @Nullable Long amount(@Nullable String text, List<RuleViolation> violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String plain = text.strip().replaceFirst("^(?i)rp\\.?\\s*", "");
		if (!RUPIAH.matcher(plain).matches()) {
			violations.add(new RuleViolation("amount", "budget.error.amountInvalid"));
			return null;
		}
		boolean negative = plain.startsWith("-");
		String digits = plain.replaceAll("[-., ]", "").replaceFirst("^0+(?=\\d)", "");
		if (digits.length() > DIGITS_MAX) {
			return negative ? -BEYOND_MAX : BEYOND_MAX;
		}
		long value = Long.parseLong(digits);
		return clamp(negative ? -value : value);
	}

	/**
	 * Whole rupiah as a JSON number. The number is compared with the maximum before it is
	 * turned into an integer: a JSON number such as {@code 1e1000000000} is read as just
	 * beyond the maximum at once, never expanded to its billion digits.
	 */
	static @Nullable Long amount(@Nullable BigDecimal number, List<RuleViolation> violations) {
		if (number == null) {
			return null;
		}
		if (number.signum() == 0) {
			return 0L;
		}
		// compareTo looks at the magnitudes (precision minus scale) first: cheap whatever
		// the exponent
		if (number.compareTo(MAX_DECIMAL) > 0) {
			return BEYOND_MAX;
		}
		if (number.compareTo(MAX_DECIMAL.negate()) < 0) {
			return -BEYOND_MAX;
		}
		// within 10^13 and not 0: at most as many significant digits as JSON sent
		BigDecimal plain = number.stripTrailingZeros();
		if (plain.scale() > 0) {
			violations.add(new RuleViolation("amount", "budget.error.amountWhole"));
			return null;
		}
		return plain.longValueExact();
	}

	static @Nullable Integer year(@Nullable String text, List<RuleViolation> violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String plain = text.strip();
		if (!plain.matches("\\d{1,6}")) {
			violations.add(new RuleViolation("year", "budget.error.yearInvalid"));
			return null;
		}
		return Integer.valueOf(plain);
	}

	static @Nullable Integer version(@Nullable String text) {
		return (text != null && text.strip().matches("\\d{1,9}")) ? Integer.valueOf(text.strip()) : null;
	}

	static @Nullable UUID organisation(@Nullable String text, List<RuleViolation> violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		UUID id = Ids.parseOrNull(text.strip());
		if (id == null) {
			violations.add(new RuleViolation("organisationId", "budget.error.organisationNotFound"));
		}
		return id;
	}

	static @Nullable LocalDate date(String field, @Nullable String text, List<RuleViolation> violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			violations.add(new RuleViolation(field, "budget.error.dateInvalid"));
			return null;
		}
	}

	/** A year to show: the one asked for when it is a sensible year, else this year. */
	static int yearOrDefault(@Nullable String text, int thisYear) {
		if (text != null && text.strip().matches("\\d{4}")) {
			int year = Integer.parseInt(text.strip());
			if (year >= Budgets.FIRST_YEAR && year <= thisYear + Budgets.YEARS_AHEAD) {
				return year;
			}
		}
		return thisYear;
	}

	private static long clamp(long value) {
		return Math.max(-BEYOND_MAX, Math.min(BEYOND_MAX, value));
	}

}
