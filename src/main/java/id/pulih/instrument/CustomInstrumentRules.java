package id.pulih.instrument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import id.pulih.instrument.CustomInstrument.Band;
import id.pulih.instrument.CustomInstrument.Item;
import id.pulih.instrument.CustomInstrument.Scoring;
import id.pulih.instrument.CustomInstrument.Section;
import id.pulih.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The rules of an administrator-defined instrument: what a draft may hold, what a version
 * must hold to be published, and how answers are scored. Plain code, nothing stored.
 */
final class CustomInstrumentRules {

	static final int CODE_MAX = 60;

	static final int NAME_MAX = 200;

	static final int DESCRIPTION_MAX = 2000;

	static final int TITLE_MAX = 300;

	static final int TEXT_MAX = 1000;

	static final int LABEL_MAX = 200;

	static final int SECTIONS_MAX = 50;

	static final int ITEMS_MAX = 500;

	static final int BANDS_MAX = 50;

	static final int VALUE_LIMIT = 1000;

	private static final Pattern INSTRUMENT_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");

	private static final Pattern PART_CODE = Pattern.compile("[A-Za-z0-9_]{1,60}");

	private CustomInstrumentRules() {
	}

	/**
	 * What a version holds beyond its identity and status; two versions with equal
	 * content mean the same.
	 */
	record Content(String name, @Nullable String description, Scoring scoring, List<Section> sections,
			List<Band> bands) {

		static Content of(CustomInstrument instrument) {
			return new Content(instrument.name(), instrument.description(), instrument.scoring(), instrument.sections(),
					instrument.bands());
		}

	}

	/** The instrument code, upper-cased, or a violation on {@code code}. */
	static String code(@Nullable String code) {
		String normalised = (code == null) ? "" : code.strip().toUpperCase(Locale.ROOT);
		if (!INSTRUMENT_CODE.matcher(normalised).matches()) {
			throw new RuleViolation("code", "instrument.custom.error.code");
		}
		return normalised;
	}

	/**
	 * Checks and normalises a draft's content (texts stripped, bounds at two decimals).
	 * @param complete whether the content must be publishable: at least one section, each
	 * with at least one item
	 */
	static Content content(CustomInstrumentDraft draft, boolean complete) {
		String name = text(draft.name(), NAME_MAX, "name", "instrument.custom.error.name");
		String description = optional(draft.description(), DESCRIPTION_MAX, "description",
				"instrument.custom.error.description");
		if (draft.scoring() == null) {
			throw new RuleViolation("scoring", "instrument.custom.error.scoring");
		}
		List<Section> sections = sections(draft.sections(), complete);
		List<Item> allItems = sections.stream().flatMap(s -> s.items().stream()).toList();
		List<Band> bands = bands(draft.bands(), "bands", allItems, draft.scoring());
		List<Section> banded = new ArrayList<>();
		for (Section section : sections) {
			banded.add(new Section(section.code(), section.title(), section.items(),
					bands(section.bands(), "sections", section.items(), draft.scoring())));
		}
		return new Content(name, description, draft.scoring(), List.copyOf(banded), bands);
	}

	private static List<Section> sections(@Nullable List<Section> given, boolean complete) {
		List<Section> sections = (given == null) ? List.of() : given;
		if (sections.size() > SECTIONS_MAX) {
			throw new RuleViolation("sections", "instrument.custom.error.tooMany", SECTIONS_MAX);
		}
		if (complete && sections.isEmpty()) {
			throw new RuleViolation("sections", "instrument.custom.error.noItems");
		}
		Set<String> sectionCodes = new HashSet<>();
		Set<String> itemCodes = new HashSet<>();
		List<Section> result = new ArrayList<>();
		for (Section section : sections) {
			if (section == null) {
				throw new RuleViolation("sections", "instrument.custom.error.sectionCode", "");
			}
			String code = partCode(section.code(), "instrument.custom.error.sectionCode");
			if (!sectionCodes.add(code)) {
				throw new RuleViolation("sections", "instrument.custom.error.duplicateSection", code);
			}
			String title = text(section.title(), TITLE_MAX, "sections", "instrument.custom.error.sectionTitle", code);
			List<Item> items = new ArrayList<>();
			for (Item item : (section.items() == null) ? List.<Item>of() : section.items()) {
				items.add(item(item, itemCodes));
			}
			if (itemCodes.size() > ITEMS_MAX) {
				throw new RuleViolation("sections", "instrument.custom.error.tooMany", ITEMS_MAX);
			}
			if (complete && items.isEmpty()) {
				throw new RuleViolation("sections", "instrument.custom.error.emptySection", code);
			}
			result.add(new Section(code, title, List.copyOf(items),
					(section.bands() == null) ? List.of() : section.bands()));
		}
		return result;
	}

	private static Item item(@Nullable Item item, Set<String> itemCodes) {
		if (item == null) {
			throw new RuleViolation("sections", "instrument.custom.error.itemCode", "");
		}
		String code = partCode(item.code(), "instrument.custom.error.itemCode");
		if (!itemCodes.add(code)) {
			throw new RuleViolation("sections", "instrument.custom.error.duplicateItem", code);
		}
		String text = text(item.text(), TEXT_MAX, "sections", "instrument.custom.error.itemText", code);
		if (item.min() >= item.max() || item.min() < -VALUE_LIMIT || item.max() > VALUE_LIMIT) {
			throw new RuleViolation("sections", "instrument.custom.error.range", code, VALUE_LIMIT);
		}
		return new Item(code, text, item.min(), item.max());
	}

	private static List<Band> bands(@Nullable List<Band> given, String field, List<Item> items, Scoring scoring) {
		List<Band> bands = (given == null) ? List.of() : given;
		if (bands.size() > BANDS_MAX) {
			throw new RuleViolation(field, "instrument.custom.error.tooMany", BANDS_MAX);
		}
		List<Band> result = new ArrayList<>();
		for (Band band : bands) {
			if (band == null || band.from() == null || band.to() == null) {
				throw new RuleViolation(field, "instrument.custom.error.bandBounds", "", "");
			}
			BigDecimal from = bound(band.from(), field);
			BigDecimal to = bound(band.to(), field);
			if (from.compareTo(to) > 0) {
				throw new RuleViolation(field, "instrument.custom.error.bandBounds", from, to);
			}
			String label = text(band.label(), LABEL_MAX, field, "instrument.custom.error.bandLabel", from, to);
			result.add(new Band(from, to, band.category(), label));
		}
		List<Band> sorted = result.stream().sorted(Comparator.comparing(Band::from)).toList();
		for (int i = 1; i < sorted.size(); i++) {
			Band previous = sorted.get(i - 1);
			Band next = sorted.get(i);
			if (next.from().compareTo(previous.to()) <= 0) {
				throw new RuleViolation(field, "instrument.custom.error.bandOverlap", previous.label(), next.label());
			}
		}
		if (!items.isEmpty()) {
			BigDecimal[] range = possibleRange(items, scoring);
			for (Band band : sorted) {
				if (band.from().compareTo(range[0]) < 0 || band.to().compareTo(range[1]) > 0) {
					throw new RuleViolation(field, "instrument.custom.error.bandOutside", band.label(), range[0],
							range[1]);
				}
			}
		}
		return List.copyOf(sorted);
	}

	/**
	 * The lowest and highest score the items can give, over any non-empty set of answered
	 * items.
	 */
	static BigDecimal[] possibleRange(List<Item> items, Scoring scoring) {
		int low;
		int high;
		if (scoring == Scoring.MEAN) {
			low = items.stream().mapToInt(Item::min).min().orElse(0);
			high = items.stream().mapToInt(Item::max).max().orElse(0);
		}
		else {
			int negativeMins = items.stream().mapToInt(Item::min).filter(v -> v < 0).sum();
			int positiveMaxes = items.stream().mapToInt(Item::max).filter(v -> v > 0).sum();
			low = items.stream().anyMatch(i -> i.min() < 0) ? negativeMins
					: items.stream().mapToInt(Item::min).min().orElse(0);
			high = items.stream().anyMatch(i -> i.max() > 0) ? positiveMaxes
					: items.stream().mapToInt(Item::max).max().orElse(0);
		}
		return new BigDecimal[] { scaled(low), scaled(high) };
	}

	private static BigDecimal bound(BigDecimal value, String field) {
		if (value.stripTrailingZeros().scale() > 2 || value.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
			throw new RuleViolation(field, "instrument.custom.error.bandBounds", value, value);
		}
		return value.setScale(2, RoundingMode.UNNECESSARY);
	}

	private static String partCode(@Nullable String code, String key) {
		String stripped = (code == null) ? "" : code.strip();
		if (!PART_CODE.matcher(stripped).matches()) {
			throw new RuleViolation("sections", key, stripped);
		}
		return stripped;
	}

	private static String text(@Nullable String text, int max, String field, String key, Object... arguments) {
		String stripped = (text == null) ? "" : text.strip();
		if (stripped.isEmpty() || stripped.length() > max) {
			throw new RuleViolation(field, key, withMax(arguments, max));
		}
		return stripped;
	}

	private static @Nullable String optional(@Nullable String text, int max, String field, String key) {
		String stripped = (text == null) ? "" : text.strip();
		if (stripped.length() > max) {
			throw new RuleViolation(field, key, max);
		}
		return stripped.isEmpty() ? null : stripped;
	}

	private static Object[] withMax(Object[] arguments, int max) {
		Object[] result = new Object[arguments.length + 1];
		System.arraycopy(arguments, 0, result, 0, arguments.length);
		result[arguments.length] = max;
		return result;
	}

	/**
	 * Scores answers against a published or retired version: per section and overall, the
	 * mean or sum of the answered items at two decimals (half up), and the band each
	 * score falls in (inclusive bounds; the section's bands for a section, the
	 * instrument's for the overall score).
	 */
	static CustomScore score(CustomInstrument instrument, @Nullable Map<String, Integer> answers) {
		if (instrument.status() == CustomInstrument.Status.DRAFT) {
			throw new RuleViolation("versionId", "instrument.custom.error.draft");
		}
		Map<String, Item> items = new LinkedHashMap<>();
		instrument.sections().forEach(section -> section.items().forEach(item -> items.put(item.code(), item)));
		Map<String, Integer> given = (answers == null) ? Map.of() : answers;
		for (Map.Entry<String, Integer> answer : given.entrySet()) {
			Item item = items.get(answer.getKey());
			if (item == null) {
				throw new RuleViolation(String.valueOf(answer.getKey()), "instrument.custom.error.unknownItem");
			}
			Integer value = answer.getValue();
			if (value != null && (value < item.min() || value > item.max())) {
				throw new RuleViolation(item.code(), "instrument.custom.error.outOfRange", item.min(), item.max());
			}
		}
		List<CustomScore.SectionScore> sections = new ArrayList<>();
		List<Integer> all = new ArrayList<>();
		for (Section section : instrument.sections()) {
			List<Integer> values = section.items()
				.stream()
				.map(item -> given.get(item.code()))
				.filter(java.util.Objects::nonNull)
				.toList();
			all.addAll(values);
			BigDecimal score = aggregate(values, instrument.scoring());
			sections.add(new CustomScore.SectionScore(section.code(), values.size(), section.items().size(), score,
					band(section.bands(), score)));
		}
		BigDecimal overall = aggregate(all, instrument.scoring());
		return new CustomScore(instrument.id(), List.copyOf(sections), overall, band(instrument.bands(), overall));
	}

	private static @Nullable BigDecimal aggregate(List<Integer> values, Scoring scoring) {
		if (values.isEmpty()) {
			return null;
		}
		long sum = values.stream().mapToLong(Integer::longValue).sum();
		return switch (scoring) {
			case SUM -> scaled(sum);
			case MEAN -> BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
		};
	}

	private static @Nullable Band band(List<Band> bands, @Nullable BigDecimal score) {
		if (score == null) {
			return null;
		}
		return bands.stream()
			.filter(band -> band.from().compareTo(score) <= 0 && score.compareTo(band.to()) <= 0)
			.findFirst()
			.orElse(null);
	}

	private static BigDecimal scaled(long value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.UNNECESSARY);
	}

}
