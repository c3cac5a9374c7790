package id.pulih.recovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.pulih.instrument.InstrumentDefinition;
import id.pulih.instrument.InstrumentDefinition.Item;
import id.pulih.instrument.InstrumentDefinition.Section;
import org.jspecify.annotations.Nullable;

/**
 * A questionnaire form rendered from its definition, one section per request, that works
 * without JavaScript: each step posts the section's answers with every other answer in
 * hidden fields, and the server moves forward (checking the section's required items),
 * back, or saves. With {@code all} set, every section is shown at once as one long form.
 * <p>
 * Which sections are shown follows the definition's conditions on the answers so far (an
 * ASSIST substance's section appears once Q1 says it was ever used). Inside a shown
 * section, an item whose condition depends on an item of the same section is shown with a
 * hint, since without a script it cannot appear and disappear; answers to items that turn
 * out not to be asked are dropped before saving, so changing an earlier answer never
 * leaves stale answers behind.
 *
 * @param answers every answer so far, item id to option value (asked items only)
 * @param sections the sections asked given those answers
 * @param current the index of the section shown (ignored when {@code all})
 * @param all whether every section is shown at once
 * @param errors item id (or other field) to message key
 */
record QuestionnaireForm(InstrumentDefinition definition, Map<String, String> answers, List<Section> sections,
		int current, boolean all, Map<String, String> errors) {

	/** The step buttons post one of these as {@code step}. */
	static final String NEXT = "next";

	static final String BACK = "back";

	static final String SAVE = "save";

	/** The date fields the screening and WHOQOL-BREF pages show beside the questions. */
	static final Set<String> DATE_FIELDS = Set.of("screenedOn", "assessedOn");

	/** An empty form at the first section. */
	static QuestionnaireForm start(InstrumentDefinition definition, boolean all) {
		return of(definition, Map.of(), null, all);
	}

	/**
	 * The form as posted: the answers (only fields that are items, only items asked) and
	 * the section they were posted from.
	 */
	static QuestionnaireForm of(InstrumentDefinition definition, Map<String, String> params, @Nullable String sectionId,
			boolean all) {
		Map<String, String> given = new LinkedHashMap<>();
		for (Item item : definition.items()) {
			String value = params.get(item.id());
			if (value != null && !value.isBlank()) {
				given.put(item.id(), value.strip());
			}
		}
		Map<String, String> asked = new LinkedHashMap<>();
		given.forEach((id, value) -> {
			if (definition.item(id).filter(item -> definition.isAsked(item, given)).isPresent()) {
				asked.put(id, value);
			}
		});
		List<Section> sections = definition.sectionsAsked(asked);
		int current = 0;
		for (int i = 0; i < sections.size(); i++) {
			if (sections.get(i).id().equals(sectionId)) {
				current = i;
			}
		}
		return new QuestionnaireForm(definition, asked, sections, current, all, Map.of());
	}

	/**
	 * The next section, or this one again with errors for its required items that are
	 * asked and unanswered.
	 */
	QuestionnaireForm next() {
		Map<String, String> missing = new LinkedHashMap<>();
		for (Item item : section().items()) {
			if (item.required() && this.definition.isAsked(item, this.answers)
					&& !this.answers.containsKey(item.id())) {
				missing.put(item.id(), "instrument.error.answerRequired");
			}
		}
		if (!missing.isEmpty()) {
			return withErrors(missing);
		}
		return at(Math.min(this.current + 1, this.sections.size() - 1));
	}

	QuestionnaireForm back() {
		return at(Math.max(this.current - 1, 0));
	}

	/**
	 * This form with an error on one field; the section holding the item is shown (the
	 * first for fields that are not items).
	 */
	QuestionnaireForm withError(@Nullable String field, String messageKey) {
		String key = (field != null) ? field : "";
		int index = 0;
		for (int i = 0; i < this.sections.size(); i++) {
			if (this.sections.get(i).items().stream().anyMatch(item -> item.id().equals(key))) {
				index = i;
			}
		}
		return new QuestionnaireForm(this.definition, this.answers, this.sections, index, this.all,
				Map.of(key, messageKey));
	}

	private QuestionnaireForm withErrors(Map<String, String> errors) {
		return new QuestionnaireForm(this.definition, this.answers, this.sections, this.current, this.all, errors);
	}

	private QuestionnaireForm at(int index) {
		return new QuestionnaireForm(this.definition, this.answers, this.sections, index, this.all, Map.of());
	}

	public Section section() {
		return this.sections.get(this.current);
	}

	/** The sections on screen: all of them, or the current one. */
	public List<Section> shown() {
		return this.all ? this.definition.sections() : List.of(section());
	}

	public boolean isFirst() {
		return this.all || this.current == 0;
	}

	/**
	 * Whether this is the last screen: the last section asked, and no later section can
	 * still appear (none of its items waits on a question not yet answered).
	 */
	public boolean isLast() {
		return this.all || (this.current == this.sections.size() - 1 && !moreMayFollow());
	}

	/**
	 * Whether sections after the last one asked may still appear, so the number of
	 * sections is not known yet.
	 */
	public boolean moreMayFollow() {
		List<Section> all = this.definition.sections();
		int last = all.indexOf(this.sections.get(this.sections.size() - 1));
		for (Section later : all.subList(last + 1, all.size())) {
			for (Item item : later.items()) {
				if (item.askedWhen()
					.stream()
					.anyMatch(condition -> !this.answers.containsKey(condition.itemId())
							&& this.definition.item(condition.itemId()).isPresent())) {
					return true;
				}
			}
		}
		return false;
	}

	/** The position for "section 2 of 5". */
	public int number() {
		return this.current + 1;
	}

	/** The items of a shown section that appear on screen. */
	public List<Item> itemsOf(Section section) {
		if (this.all) {
			return section.items();
		}
		Set<String> here = section.items().stream().map(Item::id).collect(Collectors.toSet());
		List<Item> items = new ArrayList<>();
		for (Item item : section.items()) {
			if (this.definition.isAsked(item, this.answers)
					|| item.askedWhen().stream().anyMatch(condition -> here.contains(condition.itemId()))) {
				items.add(item);
			}
		}
		return items;
	}

	/**
	 * Whether an item is shown with the hint that it is only asked for some answers: in
	 * the long form every conditional item, one section at a time those whose condition
	 * depends on another question of the same section (the others are shown only when
	 * asked).
	 */
	public boolean conditional(Section section, Item item) {
		if (this.all) {
			return !item.askedWhen().isEmpty();
		}
		return item.askedWhen()
			.stream()
			.anyMatch(condition -> section.items().stream().anyMatch(other -> other.id().equals(condition.itemId())));
	}

	/** Answers to carry in hidden fields: those of the sections not on screen. */
	public Map<String, String> hidden() {
		Set<String> onScreen = shown().stream()
			.flatMap(section -> itemsOf(section).stream())
			.map(Item::id)
			.collect(Collectors.toSet());
		Map<String, String> hidden = new LinkedHashMap<>();
		this.answers.forEach((id, value) -> {
			if (!onScreen.contains(id)) {
				hidden.put(id, value);
			}
		});
		return hidden;
	}

	public @Nullable String error(String field) {
		return this.errors.get(field);
	}

	/** Errors that belong to no question and no date field: shown atop the form. */
	public Map<String, String> generalErrors() {
		Map<String, String> general = new LinkedHashMap<>();
		this.errors.forEach((field, key) -> {
			if (this.definition.item(field).isEmpty() && !DATE_FIELDS.contains(field)) {
				general.put(field, key);
			}
		});
		return general;
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

}
