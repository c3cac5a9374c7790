package id.pulih.client;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the pseudonymous client code (UIC) is built; see {@code docs/uic.md}. The defaults
 * give the documented construction: two letters of the mother's first name, two of the
 * father's, the sex digit (1 male, 2 female) and the birth date as {@code ddMMyy}, e.g.
 * {@code SIAG2150390}.
 * <p>
 * Changing any of these changes the code every client gets from then on, so existing
 * clients are no longer found by their facts: choose once, before the first client is
 * registered.
 *
 * @param lettersPerName how many letters of each parent's first name (1 to 5)
 * @param datePattern the birth date, built from {@code dd}, {@code MM} and {@code yy} or
 * {@code yyyy}, each exactly once, e.g. {@code ddMMyy} or {@code yyyyMMdd}
 * @param layout the order of the parts: {@code M} mother, {@code F} father, {@code S}
 * sex, {@code D} date, each exactly once
 * @param maleDigit the sex digit of a man
 * @param femaleDigit the sex digit of a woman
 * @param oldSpelling whether spellings from before the 1972 reform are read as today's
 * ({@code Dj} as {@code J}, {@code Tj} as {@code C}, {@code Sj} as {@code Sy}, {@code Nj}
 * as {@code Ny}, {@code Oe} as {@code U}), so "Djoko" and "Joko" give the same letters
 * @param skipWords titles and name prefixes skipped at the start of a name when another
 * word follows ("Hj. Siti Aminah" gives the letters of "Aminah"); null for the default
 * list
 */
@ConfigurationProperties("pulih.uic")
public record UicProperties(@DefaultValue("2") int lettersPerName, @DefaultValue("ddMMyy") String datePattern,
		@DefaultValue("MFSD") String layout, @DefaultValue("1") String maleDigit, @DefaultValue("2") String femaleDigit,
		@DefaultValue("true") boolean oldSpelling, @Nullable List<String> skipWords) {

	/**
	 * Titles (Islamic, Javanese, Balinese, courtesy and academic) and the name prefixes
	 * "Siti" and "Muhammad" in their common spellings: people often leave them out when
	 * they say a name, so the word after them is the stable one.
	 */
	public static final List<String> DEFAULT_SKIP_WORDS = List.of("H", "HJ", "HJH", "HAJI", "HAJAH", "HAJJAH", "KH",
			"KYAI", "NYAI", "UST", "USTAD", "USTADZ", "USTAZ", "USTADZAH", "USTAZAH", "DR", "DRS", "DRA", "IR", "PROF",
			"IBU", "BU", "BAPAK", "PAK", "BPK", "BP", "SDR", "SDRI", "NY", "NN", "TN", "RADEN", "RR", "RA", "RM",
			"TENGKU", "TGK", "NI", "SITI", "ST", "MUHAMMAD", "MUHAMAD", "MUHAMMED", "MOHAMMAD", "MOHAMAD", "MOHAMMED",
			"MOHAMED", "MOCHAMMAD", "MOCHAMAD", "MOCHAMED", "MUCHAMMAD", "MUCHAMAD", "MUKHAMMAD", "MUKHAMAD", "MOCH",
			"MOH", "MOHD", "MUH", "MUHD", "MHD");

	private static final Pattern DATE = Pattern.compile("(dd|MM|yyyy|yy)+");

	private static final Pattern DATE_PART = Pattern.compile("dd|MM|yyyy|yy");

	private static final Pattern DIGIT = Pattern.compile("[0-9]");

	public UicProperties {
		if (lettersPerName < 1 || lettersPerName > 5) {
			throw new IllegalArgumentException("pulih.uic.letters-per-name must be 1 to 5");
		}
		List<String> parts = dateParts(datePattern);
		if (parts.size() != 3 || !parts.contains("dd") || !parts.contains("MM")
				|| !(parts.contains("yy") || parts.contains("yyyy"))) {
			throw new IllegalArgumentException(
					"pulih.uic.date-pattern must hold dd, MM and yy or yyyy once each, e.g. ddMMyy");
		}
		String order = (layout != null) ? layout.toUpperCase(Locale.ROOT) : "";
		if (order.length() != 4 || !order.chars()
			.sorted()
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.equals("DFMS")) {
			throw new IllegalArgumentException("pulih.uic.layout must hold M, F, S and D once each, e.g. MFSD");
		}
		layout = order;
		if (maleDigit == null || femaleDigit == null || !DIGIT.matcher(maleDigit).matches()
				|| !DIGIT.matcher(femaleDigit).matches() || maleDigit.equals(femaleDigit)) {
			throw new IllegalArgumentException("pulih.uic.male-digit and female-digit must be two different digits");
		}
		skipWords = (skipWords == null) ? DEFAULT_SKIP_WORDS
				: skipWords.stream().map(word -> word.trim().toUpperCase(Locale.ROOT)).toList();
	}

	/** The documented default construction. */
	public static UicProperties defaults() {
		return new UicProperties(2, "ddMMyy", "MFSD", "1", "2", true, null);
	}

	/** The parts of the date pattern in order, or an empty list when it is not valid. */
	static List<String> dateParts(@Nullable String pattern) {
		if (pattern == null || !DATE.matcher(pattern).matches()) {
			return List.of();
		}
		List<String> parts = new java.util.ArrayList<>();
		Matcher matcher = DATE_PART.matcher(pattern);
		while (matcher.find()) {
			parts.add(matcher.group());
		}
		return parts;
	}

}
