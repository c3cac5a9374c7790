package id.pulih.instrument;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;

import org.springframework.stereotype.Component;

/**
 * The catalogue of questionnaires Pulih knows, and scoring by instrument code for callers
 * that hold answers as a form posts them (the scoring API, a saved screening). Callers
 * that hold typed answers use {@link AssistScoring} and {@link WhoqolBrefScoring}
 * directly.
 * <p>
 * Each instrument has one version today; a new version is added beside the old one, so a
 * screening saved under the old version can still be shown with its own items.
 */
@Component
public class Instruments {

	private static final List<InstrumentDefinition> CATALOGUE = List.of(AssistQuestionnaire.DEFINITION,
			WhoqolBrefQuestionnaire.DEFINITION);

	/** Every instrument's current version. */
	public List<InstrumentDefinition> all() {
		return CATALOGUE;
	}

	/** The current version of an instrument, by code (case does not matter). */
	public Optional<InstrumentDefinition> find(String code) {
		return CATALOGUE.stream()
			.filter(definition -> definition.code().equals(code.toUpperCase(Locale.ROOT)))
			.reduce((older, newer) -> newer);
	}

	/**
	 * The current version of an instrument.
	 * @throws RecordNotFound when there is no such instrument
	 */
	public InstrumentDefinition definition(String code) {
		return find(code).orElseThrow(() -> new RecordNotFound("instrument"));
	}

	/**
	 * One version of an instrument.
	 * @throws RecordNotFound when there is no such instrument or version
	 */
	public InstrumentDefinition definition(String code, String version) {
		return CATALOGUE.stream()
			.filter(definition -> definition.code().equals(code.toUpperCase(Locale.ROOT))
					&& definition.version().equals(version))
			.findFirst()
			.orElseThrow(() -> new RecordNotFound("instrument"));
	}

	/**
	 * Scores answers given as item ids and option values with the instrument's current
	 * version, without keeping them.
	 * @return an {@link AssistResult} or a {@link WhoqolResult}
	 * @throws RecordNotFound when there is no such instrument
	 * @throws RuleViolation when an answer names no item of the instrument, or (ASSIST)
	 * is not one of the item's answers, is missing, or answers a question that was
	 * skipped
	 */
	public InstrumentResult score(String code, Map<String, String> answers) {
		InstrumentDefinition definition = definition(code);
		return switch (definition.code()) {
			case AssistScoring.CODE -> AssistScoring.score(AssistAnswers.fromForm(answers));
			case WhoqolBrefScoring.CODE -> WhoqolBrefScoring.score(WhoqolAnswers.fromForm(answers));
			default -> throw new IllegalStateException("No scoring for " + definition.code());
		};
	}

}
