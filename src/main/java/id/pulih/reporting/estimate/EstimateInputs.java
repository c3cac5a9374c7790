package id.pulih.reporting.estimate;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import id.pulih.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Reads what people type and API clients send into command values. What cannot be read is
 * added to the violations under its field (and read as null); a blank input is null, and
 * the command's own checks say whether that is allowed.
 */
final class EstimateInputs {

	/**
	 * A whole number of people: digits, optionally grouped by thousands with dots, commas
	 * or spaces ("12500", "12.500"), optionally negative (so the checks can say it must
	 * be at least 1).
	 */
	private static final Pattern PEOPLE = Pattern.compile("-?(\\d+|\\d{1,3}([., ]\\d{3})+)");

	private static final long BEYOND_MAX = PopulationEstimates.FIGURE_MAX + 1;

	private static final BigDecimal MAX_DECIMAL = BigDecimal.valueOf(PopulationEstimates.FIGURE_MAX);

	/** More digits than the largest figure has: read as beyond it without parsing. */
	private static final int DIGITS_MAX = String.valueOf(PopulationEstimates.FIGURE_MAX).length();

	private EstimateInputs() {
	}

	/**
	 * A number of people as typed; numbers beyond the maximum are read as just beyond it,
	 * so the checks say they are too large.
	 */
	static @Nullable Long figure(String field, @Nullable String text, List<RuleViolation> violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String plain = text.strip();
		if (!PEOPLE.matcher(plain).matches()) {
			violations.add(new RuleViolation(field, "estimate.error.figureInvalid"));
			return null;
		}
		boolean negative = plain.startsWith("-");
		String digits = plain.replaceAll("[-., ]", "").replaceFirst("^0+(?=\\d)", "");
		long value = (digits.length() > DIGITS_MAX) ? BEYOND_MAX : Math.min(Long.parseLong(digits), BEYOND_MAX);
		return negative ? -value : value;
	}

	/**
	 * A number of people as a JSON number. It is compared with the maximum before it is
	 * turned into an integer, so a number such as {@code 1e1000000000} is read as just
	 * beyond the maximum at once, never written out.
	 */
	static @Nullable Long figure(String field, @Nullable BigDecimal number, List<RuleViolation> violations) {
		if (number == null) {
			return null;
		}
		if (number.signum() == 0) {
			return 0L;
		}
		if (number.compareTo(MAX_DECIMAL) > 0) {
			return BEYOND_MAX;
		}
		if (number.compareTo(MAX_DECIMAL.negate()) < 0) {
			return -BEYOND_MAX;
		}
		BigDecimal plain = number.stripTrailingZeros();
		if (plain.scale() > 0) {
			violations.add(new RuleViolation(field, "estimate.error.figureWhole"));
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
			violations.add(new RuleViolation("year", "estimate.error.yearInvalid"));
			return null;
		}
		return Integer.valueOf(plain);
	}

	static @Nullable Integer version(@Nullable String text) {
		return (text != null && text.strip().matches("\\d{1,9}")) ? Integer.valueOf(text.strip()) : null;
	}

	/**
	 * A year to show: the one asked for when estimates may be entered for it, else this
	 * year.
	 */
	static int yearOrDefault(@Nullable String text, int thisYear) {
		if (text != null && text.strip().matches("\\d{4}")) {
			int year = Integer.parseInt(text.strip());
			if (year >= PopulationEstimates.FIRST_YEAR && year <= PopulationEstimates.LAST_YEAR) {
				return year;
			}
		}
		return thisYear;
	}

}
