package id.pulih.instrument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import id.pulih.instrument.InstrumentDefinition.AnswerOption;
import id.pulih.instrument.InstrumentDefinition.Condition;
import id.pulih.instrument.InstrumentDefinition.Item;
import id.pulih.instrument.InstrumentDefinition.Section;

/**
 * The WHO ASSIST v3.0 as a definition. The order follows the interview: Q1 for all ten
 * substances on one screen, then one screen per substance ever used (Q2 to Q7), then
 * injection (Q8 and, for injection in the past three months, its pattern). The conditions
 * on the items are the skip rules that {@link AssistScoring} enforces.
 */
final class AssistQuestionnaire {

	static final InstrumentDefinition DEFINITION = define();

	private AssistQuestionnaire() {
	}

	private static InstrumentDefinition define() {
		List<Section> sections = new ArrayList<>();
		sections.add(new Section("lifetime", "instrument.assist.section.lifetime", "instrument.assist.q1",
				Arrays.stream(Substance.values())
					.map(substance -> new Item(AssistAnswers.path(substance, 1), substance.messageKey(), null,
							options(YesNo.values(), YesNo::messageKey), List.of(), true))
					.toList()));
		for (Substance substance : Substance.values()) {
			sections.add(new Section(substance.code(), substance.messageKey(), null, substanceItems(substance)));
		}
		List<Condition> anyEverUsed = Arrays.stream(Substance.values())
			.map(substance -> new Condition(AssistAnswers.path(substance, 1), Set.of(YesNo.YES.name())))
			.toList();
		sections.add(new Section("injection", "instrument.assist.section.injection", null,
				List.of(new Item(AssistAnswers.Q8, "instrument.assist.q8", null,
						options(YesNoWhen.values(), YesNoWhen::messageKey), anyEverUsed, true),
						new Item(AssistAnswers.Q8_PATTERN, "instrument.assist.q8Pattern", null,
								options(InjectionPattern.values(), InjectionPattern::messageKey),
								List.of(new Condition(AssistAnswers.Q8, Set.of(YesNoWhen.YES_IN_PAST_3_MONTHS.name()))),
								true))));
		return new InstrumentDefinition(AssistScoring.CODE, AssistScoring.VERSION, "instrument.assist.title",
				"instrument.assist.instructions", sections);
	}

	private static List<Item> substanceItems(Substance substance) {
		List<Condition> everUsed = List.of(new Condition(AssistAnswers.path(substance, 1), Set.of(YesNo.YES.name())));
		List<Condition> usedInPast3Months = List.of(new Condition(AssistAnswers.path(substance, 2),
				Arrays.stream(Frequency.values())
					.filter(frequency -> frequency != Frequency.NEVER)
					.map(Enum::name)
					.collect(Collectors.toSet())));
		List<Item> items = new ArrayList<>();
		items.add(item(substance, 2, frequencies(Frequency::usePoints), everUsed));
		items.add(item(substance, 3, frequencies(Frequency::urgePoints), usedInPast3Months));
		items.add(item(substance, 4, frequencies(Frequency::problemsPoints), usedInPast3Months));
		if (substance.asksFailedExpectations()) {
			items.add(item(substance, 5, frequencies(Frequency::failedExpectationsPoints), usedInPast3Months));
		}
		List<AnswerOption> yesNoWhen = Arrays.stream(YesNoWhen.values())
			.map(answer -> new AnswerOption(answer.name(), answer.messageKey(), answer.points()))
			.toList();
		items.add(item(substance, 6, yesNoWhen, everUsed));
		items.add(item(substance, 7, yesNoWhen, everUsed));
		return items;
	}

	private static Item item(Substance substance, int question, List<AnswerOption> options, List<Condition> askedWhen) {
		return new Item(AssistAnswers.path(substance, question), "instrument.assist.q" + question,
				substance.shortNameKey(), options, askedWhen, true);
	}

	private static List<AnswerOption> frequencies(ToIntFunction<Frequency> points) {
		return Arrays.stream(Frequency.values())
			.map(frequency -> new AnswerOption(frequency.name(), frequency.messageKey(), points.applyAsInt(frequency)))
			.toList();
	}

	/** Options that are recorded but not scored (Q1, Q8 and the injection pattern). */
	private static <E extends Enum<E>> List<AnswerOption> options(E[] answers, Function<E, String> labelKey) {
		return Arrays.stream(answers)
			.map(answer -> new AnswerOption(answer.name(), labelKey.apply(answer), null))
			.toList();
	}

}
