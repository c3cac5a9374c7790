package id.pulih.recovery;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import id.pulih.instrument.InstrumentDefinition;
import id.pulih.instrument.Instruments;
import id.pulih.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Answers as a form or the API posts them, checked against the instrument's definition:
 * every answered field must be one of its items, every value one of that item's options.
 * Blank values are no answer. Stricter than the WHOQOL-BREF scoring on its own (which
 * counts an out-of-range answer as missing, as the WHO syntax does for data entered
 * elsewhere): what a person types here and is not an option is a mistake to correct, not
 * a missing answer.
 */
final class CheckedAnswers {

	private static final Instruments INSTRUMENTS = new Instruments();

	private CheckedAnswers() {
	}

	static InstrumentDefinition definition(String code) {
		return INSTRUMENTS.definition(code);
	}

	/**
	 * A copy of posted answers without null keys or values (JSON may carry them), never
	 * null itself.
	 */
	static Map<String, String> withoutNulls(@Nullable Map<String, String> answers) {
		Map<String, String> copy = new LinkedHashMap<>();
		if (answers != null) {
			answers.forEach((item, answer) -> {
				if (item != null && answer != null) {
					copy.put(item, answer);
				}
			});
		}
		return Collections.unmodifiableMap(copy);
	}

	/**
	 * The answered items, in questionnaire order.
	 * @throws RuleViolation naming the field: {@code instrument.error.unknownItem} or
	 * {@code instrument.error.answerOutOfRange}
	 */
	static Map<String, String> check(InstrumentDefinition definition, Map<String, String> answers) {
		for (Map.Entry<String, String> entry : answers.entrySet()) {
			if (definition.item(entry.getKey()).isEmpty()) {
				throw new RuleViolation(entry.getKey(), "instrument.error.unknownItem");
			}
		}
		Map<String, String> checked = new LinkedHashMap<>();
		for (InstrumentDefinition.Item item : definition.items()) {
			String value = answers.get(item.id());
			if (value == null || value.isBlank()) {
				continue;
			}
			String answer = value.strip();
			if (item.option(answer).isEmpty()) {
				throw new RuleViolation(item.id(), "instrument.error.answerOutOfRange");
			}
			checked.put(item.id(), answer);
		}
		return checked;
	}

}
