package id.pulih.harmreduction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pulih.instrument.InstrumentDefinition;
import id.pulih.instrument.InstrumentDefinition.Item;
import id.pulih.instrument.InstrumentDefinition.Section;
import org.jspecify.annotations.Nullable;

/**
 * The ASSIST of a visit as one long form rendered from the instrument's definition: every
 * section at once, a group of radio buttons per question, conditional questions marked.
 * Answers to questions that the other answers skip are dropped before scoring, so
 * changing an earlier answer leaves nothing stale behind.
 *
 * @param answers item id to option value, as posted (asked items only)
 * @param errors item id (or another field) to message key
 */
public record AssistForm(InstrumentDefinition definition, Map<String, String> answers, Map<String, String> errors) {

	/** The posted answers to items that are asked given the other answers. */
	static Map<String, String> asked(InstrumentDefinition definition, Map<String, String> params) {
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
		return asked;
	}

	public List<Section> sections() {
		return this.definition.sections();
	}

	public @Nullable String error(String field) {
		return this.errors.get(field);
	}

	/** Errors that belong to no question: shown atop the form. */
	public Map<String, String> generalErrors() {
		Map<String, String> general = new LinkedHashMap<>();
		this.errors.forEach((field, key) -> {
			if (this.definition.item(field).isEmpty()) {
				general.put(field, key);
			}
		});
		return general;
	}

	public boolean conditional(Item item) {
		return !item.askedWhen().isEmpty();
	}

}
