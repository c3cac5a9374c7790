package id.pulih.client;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import id.pulih.shared.RuleViolation;
import id.pulih.shared.Sex;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Builds a client's pseudonymous code (UIC) from facts the person can repeat at any site:
 * letters of the mother's and the father's first name, sex and birth date. The default
 * construction ({@link UicProperties#defaults()}) is two letters of each name, the sex
 * digit (1 male, 2 female) and the birth date as {@code ddMMyy}: mother "Siti", father
 * "Agus", a woman born 15 March 1990 is {@code SIAG2150390}. {@code docs/uic.md} explains
 * the construction, the normalisation and the measured collision rate.
 * <p>
 * A name is read the same however it is typed: upper case, accents removed, apostrophes
 * dropped ("Nur'aini" is "NURAINI"), old spellings read as today's ("Djoko" is "JOKO"),
 * titles, initials and the prefixes "Siti"/"Muhammad" skipped when another word follows
 * ("Hj. Siti Aminah" is "AMINAH"). A short or unknown name is padded with {@code X}; an
 * unknown day or month of birth is {@code 00}.
 * <p>
 * The code is never built from the NIK (the national ID number encodes region and birth
 * date): a name that holds digits, as a NIK typed into the wrong field would, is refused.
 */
@Component
public class UicBuilder {

	/** The field names a refused name is reported against. */
	static final String MOTHER = "motherFirstName";

	static final String FATHER = "fatherFirstName";

	/** The longest parent's name accepted (the name itself is never stored). */
	static final int NAME_MAX = 100;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02bc\u0060\u00b4]");

	private static final Pattern NOT_LETTERS = Pattern.compile("[^A-Z]+");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-/]");

	private static final Pattern SIXTEEN_DIGITS = Pattern.compile("[0-9]{16,}");

	/**
	 * Any number character: decimal digits of any script, circled and superscript ones.
	 */
	private static final Pattern DIGIT = Pattern.compile("\\p{N}");

	private final UicProperties properties;

	private final Set<String> skipWords;

	private final List<String> dateParts;

	public UicBuilder(UicProperties properties) {
		this.properties = properties;
		this.skipWords = Set.copyOf(properties.skipWords());
		this.dateParts = UicProperties.dateParts(properties.datePattern());
	}

	/** The construction this builder follows. */
	public UicProperties properties() {
		return this.properties;
	}

	/**
	 * The code of a person whose whole birth date is known.
	 * @throws RuleViolation when a name holds digits, or sex or birth date is missing
	 */
	public String build(UicFacts facts) {
		if (facts.birthDate() == null) {
			throw new RuleViolation("birthDate", "client.error.birthRequired");
		}
		return build(facts, facts.birthDate().getYear());
	}

	/**
	 * The code of a person who knows only the year they were born ({@code birthYear},
	 * used when {@code facts.birthDate()} is null): day and month are {@code 00}.
	 */
	public String build(UicFacts facts, int birthYear) {
		LocalDate date = facts.birthDate();
		if (date != null) {
			return build(facts.motherFirstName(), facts.fatherFirstName(), facts.sex(), date.getYear(),
					date.getMonthValue(), date.getDayOfMonth());
		}
		return build(facts.motherFirstName(), facts.fatherFirstName(), facts.sex(), birthYear, null, null);
	}

	/**
	 * The code from its parts; a null month or day is unknown ({@code 00}).
	 * @param sex null is refused
	 */
	public String build(@Nullable String motherFirstName, @Nullable String fatherFirstName, @Nullable Sex sex,
			int birthYear, @Nullable Integer birthMonth, @Nullable Integer birthDay) {
		String mother = letters(MOTHER, motherFirstName);
		String father = letters(FATHER, fatherFirstName);
		if (sex == null) {
			throw new RuleViolation("sex", "client.error.sexRequired");
		}
		String sexDigit = (sex == Sex.MALE) ? this.properties.maleDigit() : this.properties.femaleDigit();
		String date = date(birthYear, birthMonth, birthDay);
		StringBuilder code = new StringBuilder();
		for (char part : this.properties.layout().toCharArray()) {
			code.append(switch (part) {
				case 'M' -> mother;
				case 'F' -> father;
				case 'S' -> sexDigit;
				default -> date;
			});
		}
		return code.toString();
	}

	/**
	 * The letters one name contributes: {@code lettersPerName} upper-case letters A to Z,
	 * padded with {@code X}.
	 * @param field the form field the name came from, for the refusal of a NIK
	 */
	public String letters(String field, @Nullable String name) {
		String word = significantWord(field, name);
		int wanted = this.properties.lettersPerName();
		StringBuilder letters = new StringBuilder(word.substring(0, Math.min(wanted, word.length())));
		while (letters.length() < wanted) {
			letters.append('X');
		}
		return letters.toString();
	}

	/**
	 * The word of a name that counts: normalised, after skipped titles and prefixes;
	 * empty when the name is unknown.
	 */
	String significantWord(String field, @Nullable String name) {
		if (name == null || name.isBlank()) {
			return "";
		}
		refuseDigits(field, name);
		List<String> words = words(name);
		int first = 0;
		while (first < words.size() - 1 && isSkipped(words.get(first))) {
			first++;
		}
		return words.isEmpty() ? "" : words.get(first);
	}

	/**
	 * Checks a parent's name as typed: at most {@value #NAME_MAX} characters, and no
	 * digits (see {@link #refuseDigits}).
	 */
	static void checkName(String field, @Nullable String name) {
		if (name == null) {
			return;
		}
		if (name.length() > NAME_MAX) {
			throw new RuleViolation(field, "client.error.nameTooLong");
		}
		refuseDigits(field, name);
	}

	/**
	 * A name never holds digits; sixteen of them in a row are a NIK typed into the wrong
	 * field, and are refused with their own message.
	 */
	static void refuseDigits(String field, String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFKC);
		if (SIXTEEN_DIGITS.matcher(SEPARATORS.matcher(plain).replaceAll("")).find()) {
			throw new RuleViolation(field, "client.error.nikInName");
		}
		if (DIGIT.matcher(plain).find()) {
			throw new RuleViolation(field, "client.error.nameDigits");
		}
	}

	private boolean isSkipped(String word) {
		return word.length() == 1 || this.skipWords.contains(word);
	}

	private List<String> words(String name) {
		String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
		plain = APOSTROPHES.matcher(plain).replaceAll("");
		plain = transliterate(plain.toUpperCase(Locale.ROOT));
		List<String> words = new ArrayList<>();
		for (String word : NOT_LETTERS.split(plain)) {
			if (!word.isEmpty()) {
				words.add(this.properties.oldSpelling() ? modernSpelling(word) : word);
			}
		}
		return words;
	}

	/** Latin letters that carry no separable accent. */
	private static String transliterate(String upper) {
		return upper.replace("Æ", "AE")
			.replace("Œ", "OE")
			.replace("Ø", "O")
			.replace("Đ", "D")
			.replace("Ð", "D")
			.replace("Ł", "L")
			.replace("ß", "SS")
			.replace("SS", "SS")
			.replace("Þ", "TH")
			.replace("İ", "I")
			.replace("ı", "I");
	}

	/** Spellings from before the 1972 reform (EYD), as today's. */
	private static String modernSpelling(String word) {
		return word.replace("DJ", "J").replace("TJ", "C").replace("SJ", "SY").replace("NJ", "NY").replace("OE", "U");
	}

	private String date(int year, @Nullable Integer month, @Nullable Integer day) {
		if (year < 1000 || year > 9999) {
			throw new RuleViolation("birthYear", "client.error.birthYearRange");
		}
		StringBuilder date = new StringBuilder();
		for (String part : this.dateParts) {
			date.append(switch (part) {
				case "dd" -> twoDigits(day);
				case "MM" -> twoDigits(month);
				case "yy" -> twoDigits(year % 100);
				default -> Integer.toString(year);
			});
		}
		return date.toString();
	}

	private static String twoDigits(@Nullable Integer number) {
		return (number == null) ? "00" : String.format(Locale.ROOT, "%02d", number);
	}

}
