package id.pulih.budget;

import java.math.BigDecimal;
import java.math.BigInteger;
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

	private static final BigInteger BEYOND_MAX = BigInteger.valueOf(Budgets.AMOUNT_MAX + 1);

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
		return clamp(new BigInteger(plain.replaceAll("[., ]", "")));
	}

	/** Whole rupiah as a JSON number. */
	static @Nullable Long amount(@Nullable BigDecimal number, List<RuleViolation> violations) {
		if (number == null) {
			return null;
		}
		if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
			violations.add(new RuleViolation("amount", "budget.error.amountWhole"));
			return null;
		}
		return clamp(number.toBigInteger());
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

	private static long clamp(BigInteger value) {
		if (value.compareTo(BEYOND_MAX) > 0) {
			return BEYOND_MAX.longValueExact();
		}
		if (value.compareTo(BEYOND_MAX.negate()) < 0) {
			return -BEYOND_MAX.longValueExact();
		}
		return value.longValueExact();
	}

}
