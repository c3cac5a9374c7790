package id.pulih.instrument;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pulih.shared.RuleViolation;

/**
 * The answers of one WHOQOL-BREF assessment, item number (1 to 26) to the answer as
 * given. An item may be missing; an answer outside 1 to 5 is kept as given but counts as
 * missing when scored (the WHO scoring syntax recodes it to missing).
 * <p>
 * As a form or the scoring API posts them, answers are {@code q1} to {@code q26} mapped
 * to {@code 1} to {@code 5}.
 */
public record WhoqolAnswers(Map<Integer, Integer> items) {

	/** The number of items in the WHOQOL-BREF. */
	public static final int ITEM_COUNT = 26;

	private static final Pattern ITEM = Pattern.compile("q([0-9]{1,2})");

	public WhoqolAnswers {
		for (Integer item : items.keySet()) {
			if (item < 1 || item > ITEM_COUNT) {
				throw new RuleViolation("q" + item, "instrument.error.unknownItem");
			}
		}
		items = Map.copyOf(items);
	}

	/** No item answered. */
	public static WhoqolAnswers none() {
		return new WhoqolAnswers(Map.of());
	}

	/**
	 * All 26 answers in item order; a value outside 1 to 5 (e.g. 0) stands for a missing
	 * answer.
	 */
	public static WhoqolAnswers inOrder(int... answers) {
		if (answers.length != ITEM_COUNT) {
			throw new IllegalArgumentException("The WHOQOL-BREF has 26 items, not " + answers.length);
		}
		Map<Integer, Integer> items = new TreeMap<>();
		for (int i = 0; i < answers.length; i++) {
			items.put(i + 1, answers[i]);
		}
		return new WhoqolAnswers(items);
	}

	/**
	 * These answers with one item answered (any value; out of range counts as missing).
	 */
	public WhoqolAnswers with(int item, int answer) {
		Map<Integer, Integer> changed = new TreeMap<>(this.items);
		changed.put(item, answer);
		return new WhoqolAnswers(changed);
	}

	/** These answers with one item left unanswered. */
	public WhoqolAnswers without(int item) {
		Map<Integer, Integer> changed = new TreeMap<>(this.items);
		changed.remove(item);
		return new WhoqolAnswers(changed);
	}

	/** The answer to an item if it is one of 1 to 5; empty if missing or out of range. */
	public OptionalInt valid(int item) {
		Integer answer = this.items.get(item);
		return (answer != null && answer >= 1 && answer <= 5) ? OptionalInt.of(answer) : OptionalInt.empty();
	}

	/** How many of the 26 items have no answer in 1 to 5. */
	public int missingCount() {
		int missing = 0;
		for (int item = 1; item <= ITEM_COUNT; item++) {
			if (valid(item).isEmpty()) {
				missing++;
			}
		}
		return missing;
	}

	/**
	 * Reads answers posted as {@code q1}..{@code q26}. A blank value or one that is not a
	 * whole number is no answer; a number outside 1 to 5 is kept and counts as missing.
	 * @throws RuleViolation naming the field when it is not a WHOQOL-BREF item
	 * ({@code instrument.error.unknownItem})
	 */
	public static WhoqolAnswers fromForm(Map<String, String> form) {
		Map<Integer, Integer> items = new TreeMap<>();
		for (Map.Entry<String, String> entry : new TreeMap<>(form).entrySet()) {
			Matcher matcher = ITEM.matcher(entry.getKey());
			int item = matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
			if (item < 1 || item > ITEM_COUNT) {
				throw new RuleViolation(entry.getKey(), "instrument.error.unknownItem");
			}
			String value = entry.getValue();
			if (value != null && value.strip().matches("-?[0-9]{1,9}")) {
				items.put(item, Integer.parseInt(value.strip()));
			}
		}
		return new WhoqolAnswers(items);
	}

	/** These answers as {@code q1}..{@code q26}, in item order. */
	public Map<String, String> toForm() {
		Map<String, String> form = new LinkedHashMap<>();
		new TreeMap<>(this.items).forEach((item, answer) -> form.put("q" + item, String.valueOf(answer)));
		return form;
	}

}
