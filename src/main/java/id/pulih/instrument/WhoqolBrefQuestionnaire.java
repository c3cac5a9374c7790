package id.pulih.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import id.pulih.instrument.InstrumentDefinition.AnswerOption;
import id.pulih.instrument.InstrumentDefinition.Item;
import id.pulih.instrument.InstrumentDefinition.Section;

/**
 * The WHOQOL-BREF as a definition: 26 items about the past two weeks, answered 1 to 5, in
 * the sections of the WHO form, each item with its own five-point scale. No item is
 * required: a missing answer is scored as missing.
 */
final class WhoqolBrefQuestionnaire {

	static final InstrumentDefinition DEFINITION = define();

	private WhoqolBrefQuestionnaire() {
	}

	/** The five-point response scales of the WHOQOL-BREF. */
	enum Scale {

		/** Very poor … very good. */
		QUALITY,
		/** Very dissatisfied … very satisfied. */
		SATISFACTION,
		/** Not at all … an extreme amount. */
		AMOUNT,
		/** Not at all … extremely. */
		EXTENT,
		/** Not at all … completely. */
		COMPLETENESS,
		/** Never … always. */
		FREQUENCY;

		List<AnswerOption> options() {
			return IntStream.rangeClosed(1, 5)
				.mapToObj(value -> new AnswerOption(String.valueOf(value),
						"instrument.whoqol.scale." + name().toLowerCase(Locale.ROOT) + "." + value, value))
				.toList();
		}

	}

	/** The scale of each item, Q1 first. */
	static Scale scaleOf(int item) {
		if (item == 1 || item == 15) {
			return Scale.QUALITY;
		}
		if (item == 2 || (item >= 16 && item <= 25)) {
			return Scale.SATISFACTION;
		}
		if (item == 3 || item == 4) {
			return Scale.AMOUNT;
		}
		if (item >= 5 && item <= 9) {
			return Scale.EXTENT;
		}
		if (item >= 10 && item <= 14) {
			return Scale.COMPLETENESS;
		}
		return Scale.FREQUENCY;
	}

	private static InstrumentDefinition define() {
		List<Section> sections = new ArrayList<>();
		sections.add(section("general", 1, 2));
		sections.add(section("howMuch", 3, 9));
		sections.add(section("howCompletely", 10, 14));
		sections.add(section("howSatisfied", 15, 25));
		sections.add(section("howOften", 26, 26));
		return new InstrumentDefinition(WhoqolBrefScoring.CODE, WhoqolBrefScoring.VERSION, "instrument.whoqol.title",
				"instrument.whoqol.instructions", sections);
	}

	private static Section section(String id, int first, int last) {
		List<Item> items = IntStream.rangeClosed(first, last)
			.mapToObj(item -> new Item("q" + item, "instrument.whoqol.q" + item, null, scaleOf(item).options(),
					List.of(), false))
			.toList();
		return new Section(id, "instrument.whoqol.section." + id, "instrument.whoqol.section." + id + ".instructions",
				items);
	}

}
