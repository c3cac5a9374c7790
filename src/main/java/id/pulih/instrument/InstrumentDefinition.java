package id.pulih.instrument;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One version of a questionnaire, as data: its sections in the order they are asked, each
 * with its items, each item with its answer options and the condition under which it is
 * asked. Every text is a message key (bundle {@code messages/instrument}), so a form can
 * render the questionnaire one section at a time in Bahasa Indonesia or English.
 * <p>
 * Answers travel as a map from item id to option value, the same map a form posts and the
 * scoring API accepts. Item ids are the field paths that errors name (for the ASSIST
 * {@code substances.alcohol.q3}, for the WHOQOL-BREF {@code q3}).
 *
 * @param code the instrument's code, e.g. {@code ASSIST}
 * @param version the version of the instrument these items and their scoring follow
 */
public record InstrumentDefinition(String code, String version, String titleKey, String instructionsKey,
		List<Section> sections) {

	public InstrumentDefinition {
		sections = List.copyOf(sections);
		Set<String> ids = new HashSet<>();
		for (Section section : sections) {
			for (Item item : section.items()) {
				if (!ids.add(item.id())) {
					throw new IllegalArgumentException("Item " + item.id() + " is defined twice in " + code);
				}
			}
		}
	}

	/** Every item, in the order asked. */
	public List<Item> items() {
		return this.sections.stream().flatMap(section -> section.items().stream()).toList();
	}

	public Optional<Item> item(String id) {
		return items().stream().filter(item -> item.id().equals(id)).findFirst();
	}

	public Optional<Section> section(String id) {
		return this.sections.stream().filter(section -> section.id().equals(id)).findFirst();
	}

	/**
	 * Whether an item is asked, given the answers so far: it is when it has no condition,
	 * or when any of its conditions holds (the item named is itself asked and answered
	 * with one of the listed values).
	 */
	public boolean isAsked(Item item, Map<String, String> answers) {
		if (item.askedWhen().isEmpty()) {
			return true;
		}
		for (Condition condition : item.askedWhen()) {
			String answer = answers.get(condition.itemId());
			Optional<Item> named = item(condition.itemId());
			if (answer != null && condition.values().contains(answer) && named.isPresent()
					&& isAsked(named.get(), answers)) {
				return true;
			}
		}
		return false;
	}

	/** The items asked, given the answers so far, in the order asked. */
	public List<Item> itemsAsked(Map<String, String> answers) {
		return items().stream().filter(item -> isAsked(item, answers)).toList();
	}

	/**
	 * The sections with at least one item asked, given the answers so far: the screens a
	 * form shows, one at a time. A later section may appear once earlier ones are
	 * answered.
	 */
	public List<Section> sectionsAsked(Map<String, String> answers) {
		return this.sections.stream()
			.filter(section -> section.items().stream().anyMatch(item -> isAsked(item, answers)))
			.toList();
	}

	/** Every message key the definition names, for checking the bundles. */
	public Set<String> messageKeys() {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(this.titleKey);
		keys.add(this.instructionsKey);
		for (Section section : this.sections) {
			keys.add(section.titleKey());
			if (section.instructionsKey() != null) {
				keys.add(section.instructionsKey());
			}
			for (Item item : section.items()) {
				keys.add(item.textKey());
				if (item.subjectKey() != null) {
					keys.add(item.subjectKey());
				}
				item.options().forEach(option -> keys.add(option.labelKey()));
			}
		}
		return keys;
	}

	/**
	 * A screen of the questionnaire.
	 *
	 * @param instructionsKey what is read out before the section's items, or null
	 */
	public record Section(String id, String titleKey, @Nullable String instructionsKey, List<Item> items) {

		public Section {
			items = List.copyOf(items);
		}

	}

	/**
	 * One question.
	 *
	 * @param id the answer's field path
	 * @param textKey the question; when a subject is given the text takes it as argument
	 * {@code {0}}
	 * @param subjectKey the message key of the thing asked about (for the ASSIST the
	 * substance), or null
	 * @param options the answers, in the order shown
	 * @param askedWhen the item is asked only if one of these holds; empty when always
	 * asked
	 * @param required whether an asked item must be answered (ASSIST) or may be left
	 * missing and is then scored as missing (WHOQOL-BREF)
	 */
	public record Item(String id, String textKey, @Nullable String subjectKey, List<AnswerOption> options,
			List<Condition> askedWhen, boolean required) {

		public Item {
			options = List.copyOf(options);
			askedWhen = List.copyOf(askedWhen);
		}

		public Optional<AnswerOption> option(String value) {
			return this.options.stream().filter(option -> option.value().equals(value)).findFirst();
		}

	}

	/**
	 * One answer to an item.
	 *
	 * @param value what a form posts and the answers map holds
	 * @param labelKey the answer's text
	 * @param points what the answer counts in the instrument's scoring before any
	 * reversal, or null when the item is not scored
	 */
	public record AnswerOption(String value, String labelKey, @Nullable Integer points) {

	}

	/** An item is asked when the item named was answered with one of these values. */
	public record Condition(String itemId, Set<String> values) {

		public Condition {
			values = Set.copyOf(values);
		}

	}

}
