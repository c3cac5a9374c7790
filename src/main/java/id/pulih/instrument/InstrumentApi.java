package id.pulih.instrument;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.PermitAll;

import id.pulih.shared.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The instruments for integrations and offline clients: the definitions (with their texts
 * in the caller's language, {@code ?lang=en} for English) and scoring without saving.
 * Scoring stores nothing and reveals nothing about anybody, so every signed-in role may
 * use it.
 * <p>
 * Answers are checked against the definition before they are scored: a field that is no
 * item of the instrument, or a value that is not one of the item's options, answers 422
 * naming the field (for the WHOQOL-BREF too, whose scoring on its own would count an
 * out-of-range answer as missing: a caller that sends one has made a mistake). The ASSIST
 * skip rules are the scoring's: a missing answer to an asked question, or an answer to a
 * skipped one, is 422 with its field. A saved screening is scored the same way.
 */
@RestController
@RequestMapping("/api/v1/instruments")
@Tag(name = "Instruments", description = "Questionnaire definitions (ASSIST, WHOQOL-BREF) and their scoring")
class InstrumentApi {

	private final Instruments instruments;

	private final MessageSource messages;

	InstrumentApi(Instruments instruments, MessageSource messages) {
		this.instruments = instruments;
		this.messages = messages;
	}

	@PermitAll
	@GetMapping
	@Operation(summary = "The instruments, current version of each")
	List<InstrumentSummary> list() {
		return this.instruments.all()
			.stream()
			.map(definition -> new InstrumentSummary(definition.code(), definition.version(),
					text(definition.titleKey())))
			.toList();
	}

	@PermitAll
	@GetMapping("/{code}")
	@Operation(summary = "One instrument's definition: sections, items, options, skip conditions and texts")
	DefinitionView definition(@PathVariable String code) {
		InstrumentDefinition definition = this.instruments.definition(code);
		return new DefinitionView(definition.code(), definition.version(), text(definition.titleKey()),
				text(definition.instructionsKey()), definition.sections().stream().map(this::section).toList());
	}

	@PermitAll
	@PostMapping("/{code}/score")
	@Operation(summary = "Score answers without saving them",
			description = "Body: {\"answers\": {\"substances.alcohol.q1\": \"YES\", ...}} for ASSIST, "
					+ "{\"answers\": {\"q1\": \"3\", ...}} for WHOQOL-BREF. 422 names the first bad field.")
	ScoreView score(@PathVariable String code, @RequestBody ScoreRequest request) {
		InstrumentDefinition definition = this.instruments.definition(code);
		Map<String, String> answers = (request.answers() != null) ? request.answers() : Map.of();
		check(definition, answers);
		InstrumentResult result = this.instruments.score(definition.code(), answers);
		return switch (result) {
			case AssistResult assist -> AssistScore.of(assist);
			case WhoqolResult whoqol -> WhoqolScore.of(whoqol);
		};
	}

	/** Every answered field an item, every value one of its options. */
	static void check(InstrumentDefinition definition, Map<String, String> answers) {
		for (Map.Entry<String, String> entry : answers.entrySet()) {
			InstrumentDefinition.Item item = definition.item(entry.getKey())
				.orElseThrow(() -> new RuleViolation(entry.getKey(), "instrument.error.unknownItem"));
			String value = entry.getValue();
			if (value != null && !value.isBlank() && item.option(value.strip()).isEmpty()) {
				throw new RuleViolation(entry.getKey(), "instrument.error.answerOutOfRange");
			}
		}
	}

	private SectionView section(InstrumentDefinition.Section section) {
		return new SectionView(section.id(), text(section.titleKey()),
				(section.instructionsKey() != null) ? text(section.instructionsKey()) : null,
				section.items().stream().map(this::item).toList());
	}

	private ItemView item(InstrumentDefinition.Item item) {
		String text = (item.subjectKey() != null) ? text(item.textKey(), text(item.subjectKey()))
				: text(item.textKey());
		return new ItemView(item.id(), text, item.required(), item.askedWhen(),
				item.options()
					.stream()
					.map(option -> new OptionView(option.value(), text(option.labelKey()), option.points()))
					.toList());
	}

	private String text(String key, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, arguments, key, locale);
	}

	/** A request to score: item ids to option values. */
	record ScoreRequest(@Nullable Map<String, String> answers) {

	}

	record InstrumentSummary(String code, String version, String title) {

	}

	record DefinitionView(String code, String version, String title, String instructions, List<SectionView> sections) {

	}

	record SectionView(String id, String title, @Nullable String instructions, List<ItemView> items) {

	}

	/** {@code askedWhen}: the item is asked when any condition holds; empty: always. */
	record ItemView(String id, String text, boolean required, List<InstrumentDefinition.Condition> askedWhen,
			List<OptionView> options) {

	}

	record OptionView(String value, String label, @Nullable Integer points) {

	}

	/** What scoring answers: an {@link AssistScore} or a {@link WhoqolScore}. */
	sealed interface ScoreView permits AssistScore, WhoqolScore {

	}

	/**
	 * A scored ASSIST: per substance its involvement score, risk and intervention; the
	 * overall risk for IBM routing (highest over all substances except tobacco) and the
	 * route; the injection answers and advice.
	 */
	record AssistScore(String instrument, String version, List<SubstanceScore> substances, RiskLevel overallRisk,
			IbmRoute route, @Nullable YesNoWhen injection, @Nullable InjectionPattern injectionPattern,
			@Nullable InjectionAdvice injectionAdvice) implements ScoreView {

		static AssistScore of(AssistResult result) {
			return new AssistScore(result.instrumentCode(), result.version(),
					result.substances()
						.stream()
						.map(s -> new SubstanceScore(s.substance().code(), s.everUsed(), s.usedInPast3Months(),
								s.score(), s.risk(), s.intervention()))
						.toList(),
					result.overallRisk(), result.ibmRoute(), result.injection(), result.injectionPattern(),
					result.injectionAdvice());
		}

	}

	record SubstanceScore(String substance, boolean everUsed, boolean usedInPast3Months, int score, RiskLevel risk,
			Intervention intervention) {

	}

	/**
	 * A scored WHOQOL-BREF: whether it could be scored (at most 5 items missing), Q1 and
	 * Q2, and per domain the score on the 4 to 20 and 0 to 100 scales at full precision
	 * (null when the domain was not scored).
	 */
	record WhoqolScore(String instrument, String version, boolean scored, int missingItems,
			@Nullable Integer overallQualityOfLife, @Nullable Integer satisfactionWithHealth,
			List<DomainScore> domains) implements ScoreView {

		static WhoqolScore of(WhoqolResult result) {
			return new WhoqolScore(result.instrumentCode(), result.version(), result.scored(), result.missingItems(),
					result.overallQualityOfLife(), result.satisfactionWithHealth(),
					result.domains()
						.stream()
						.map(d -> new DomainScore(d.domain(), d.answeredItems(), d.score(), d.transformed()))
						.toList());
		}

	}

	record DomainScore(WhoqolDomain domain, int answeredItems, @Nullable BigDecimal score,
			@Nullable BigDecimal transformed) {

	}

}
