package id.pulih.instrument;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pulih.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * All answers of one ASSIST interview: per substance Q1 to Q7, then Q8 (ever injected)
 * and, for someone who injected in the past three months, the injection pattern that
 * chooses the advice.
 * <p>
 * The same answers travel as a flat map of field paths to option values (what a form
 * posts and the scoring API accepts): {@code substances.<substance>.q1} to {@code q7},
 * {@code q8} and {@code q8Pattern}, each value an enum constant's name, e.g.
 * {@code substances.alcohol.q2=WEEKLY}.
 *
 * @param substances the answers per substance; a substance left out has nothing answered
 * @param q8 ever used any drug by injection (non-medical use only); not scored
 * @param q8Pattern how often, for someone who injected in the past three months
 */
public record AssistAnswers(Map<Substance, SubstanceAnswers> substances, @Nullable YesNoWhen q8,
		@Nullable InjectionPattern q8Pattern) {

	/** The field path of Q8. */
	public static final String Q8 = "q8";

	/** The field path of the injection pattern asked after Q8. */
	public static final String Q8_PATTERN = "q8Pattern";

	private static final Pattern SUBSTANCE_ITEM = Pattern.compile("substances\\.([a-z]+)\\.q([1-7])");

	public AssistAnswers {
		Map<Substance, SubstanceAnswers> copy = new EnumMap<>(Substance.class);
		copy.putAll(substances);
		substances = Collections.unmodifiableMap(copy);
	}

	/** An interview where Q1 was no for every substance: it ends there. */
	public static AssistAnswers neverUsedAnything() {
		Map<Substance, SubstanceAnswers> all = new EnumMap<>(Substance.class);
		for (Substance substance : Substance.values()) {
			all.put(substance, SubstanceAnswers.neverUsed());
		}
		return new AssistAnswers(all, null, null);
	}

	/** These answers with one substance's answers replaced. */
	public AssistAnswers with(Substance substance, SubstanceAnswers answers) {
		Map<Substance, SubstanceAnswers> changed = new EnumMap<>(Substance.class);
		changed.putAll(this.substances);
		changed.put(substance, answers);
		return new AssistAnswers(changed, this.q8, this.q8Pattern);
	}

	/** These answers with Q8 and the injection pattern replaced. */
	public AssistAnswers withInjection(@Nullable YesNoWhen q8, @Nullable InjectionPattern q8Pattern) {
		return new AssistAnswers(this.substances, q8, q8Pattern);
	}

	/** The answers about one substance; nothing answered if it was left out. */
	public SubstanceAnswers substance(Substance substance) {
		return this.substances.getOrDefault(substance, SubstanceAnswers.unanswered());
	}

	/** The field path of a substance question, e.g. {@code substances.alcohol.q3}. */
	public static String path(Substance substance, int question) {
		return "substances." + substance.code() + ".q" + question;
	}

	/**
	 * Reads answers posted as field paths and option values. A blank value is no answer.
	 * @throws RuleViolation naming the field when a field is not an ASSIST item
	 * ({@code instrument.error.unknownItem}) or its value is not one of the item's
	 * answers ({@code instrument.error.answerOutOfRange}); the skip rules are checked
	 * when scoring
	 */
	public static AssistAnswers fromForm(Map<String, String> form) {
		Map<Substance, Enum<?>[]> bySubstance = new EnumMap<>(Substance.class);
		YesNoWhen q8 = null;
		InjectionPattern q8Pattern = null;
		for (Map.Entry<String, String> entry : new TreeMap<>(form).entrySet()) {
			String field = entry.getKey();
			String value = entry.getValue();
			if (value == null || value.isBlank()) {
				continue;
			}
			value = value.strip();
			if (Q8.equals(field)) {
				q8 = parse(field, YesNoWhen.class, value);
				continue;
			}
			if (Q8_PATTERN.equals(field)) {
				q8Pattern = parse(field, InjectionPattern.class, value);
				continue;
			}
			Matcher matcher = SUBSTANCE_ITEM.matcher(field);
			Substance substance = matcher.matches() ? Substance.fromCode(matcher.group(1)).orElse(null) : null;
			if (substance == null) {
				throw new RuleViolation(field, "instrument.error.unknownItem");
			}
			int question = Integer.parseInt(matcher.group(2));
			Class<? extends Enum<?>> type = switch (question) {
				case 1 -> YesNo.class;
				case 2, 3, 4, 5 -> Frequency.class;
				default -> YesNoWhen.class;
			};
			bySubstance.computeIfAbsent(substance, s -> new Enum<?>[8])[question] = parse(field, type, value);
		}
		Map<Substance, SubstanceAnswers> substances = new EnumMap<>(Substance.class);
		bySubstance
			.forEach((substance, a) -> substances.put(substance, new SubstanceAnswers((YesNo) a[1], (Frequency) a[2],
					(Frequency) a[3], (Frequency) a[4], (Frequency) a[5], (YesNoWhen) a[6], (YesNoWhen) a[7])));
		return new AssistAnswers(substances, q8, q8Pattern);
	}

	/** These answers as field paths and option values, in questionnaire order. */
	public Map<String, String> toForm() {
		Map<String, String> form = new LinkedHashMap<>();
		for (Substance substance : Substance.values()) {
			SubstanceAnswers answers = substance(substance);
			for (int question = 1; question <= 7; question++) {
				Enum<?> answer = answers.answer(question);
				if (answer != null) {
					form.put(path(substance, question), answer.name());
				}
			}
		}
		if (this.q8 != null) {
			form.put(Q8, this.q8.name());
		}
		if (this.q8Pattern != null) {
			form.put(Q8_PATTERN, this.q8Pattern.name());
		}
		return form;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static <E extends Enum<?>> E parse(String field, Class<? extends Enum<?>> type, String value) {
		try {
			return (E) Enum.valueOf((Class) type, value);
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation(field, "instrument.error.answerOutOfRange");
		}
	}

}
