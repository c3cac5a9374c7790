package id.pulih.instrument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import id.pulih.instrument.CustomInstrument.Band;
import id.pulih.instrument.CustomInstrument.Item;
import id.pulih.instrument.CustomInstrument.Section;
import id.pulih.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The editor's plain-text form of an instrument's structure, one line per thing, so a
 * draft can be edited on a phone without any script:
 *
 * <pre>
 * # KNOWLEDGE | Pengetahuan
 * a | Saya tahu tentang program IBM | 1 | 4
 * b | Saya pernah ikut sosialisasi
 * = 1 | 2.49 | 1 | Rendah
 * </pre>
 *
 * A section line starts with {@code #}; item lines below it are {@code code | text} with
 * an optional {@code | min | max} (1 and 4 when left out); section band lines start with
 * {@code =}. Overall bands are written one per line as {@code from | to | category |
 * label}. Blank lines are ignored. Only the shape is checked here; the rules are the
 * catalogue's.
 */
final class CustomInstrumentText {

	static final int DEFAULT_MIN = 1;

	static final int DEFAULT_MAX = 4;

	static final int TEXT_MAX = 100_000;

	private CustomInstrumentText() {
	}

	static List<Section> sections(@Nullable String text) {
		List<Section> sections = new ArrayList<>();
		String code = null;
		String title = null;
		List<Item> items = new ArrayList<>();
		List<Band> bands = new ArrayList<>();
		String[] lines = lines(text, "sections");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			if (line.startsWith("#")) {
				if (code != null) {
					sections.add(new Section(code, title, List.copyOf(items), List.copyOf(bands)));
				}
				String[] parts = parts(line.substring(1));
				if (parts.length < 2) {
					throw syntax("sections", i);
				}
				code = parts[0];
				title = join(parts, 1, parts.length);
				items = new ArrayList<>();
				bands = new ArrayList<>();
			}
			else if (code == null) {
				throw syntax("sections", i);
			}
			else if (line.startsWith("=")) {
				bands.add(band(line.substring(1), "sections", i));
			}
			else {
				items.add(item(line, i));
			}
		}
		if (code != null) {
			sections.add(new Section(code, title, List.copyOf(items), List.copyOf(bands)));
		}
		return sections;
	}

	static List<Band> bands(@Nullable String text) {
		List<Band> bands = new ArrayList<>();
		String[] lines = lines(text, "bands");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (!line.isEmpty()) {
				bands.add(band(line, "bands", i));
			}
		}
		return bands;
	}

	static String sectionsText(List<Section> sections) {
		StringBuilder text = new StringBuilder();
		for (Section section : sections) {
			text.append("# ").append(section.code()).append(" | ").append(section.title()).append('\n');
			for (Item item : section.items()) {
				text.append(item.code())
					.append(" | ")
					.append(item.text())
					.append(" | ")
					.append(item.min())
					.append(" | ")
					.append(item.max())
					.append('\n');
			}
			for (Band band : section.bands()) {
				text.append("= ").append(bandText(band)).append('\n');
			}
			text.append('\n');
		}
		return text.toString().stripTrailing();
	}

	static String bandsText(List<Band> bands) {
		StringBuilder text = new StringBuilder();
		for (Band band : bands) {
			text.append(bandText(band)).append('\n');
		}
		return text.toString().stripTrailing();
	}

	private static String bandText(Band band) {
		return band.from().toPlainString() + " | " + band.to().toPlainString() + " | " + band.category() + " | "
				+ band.label();
	}

	private static Item item(String line, int index) {
		String[] parts = parts(line);
		if (parts.length < 2) {
			throw syntax("sections", index);
		}
		if (parts.length >= 4 && isInteger(parts[parts.length - 2]) && isInteger(parts[parts.length - 1])) {
			return new Item(parts[0], join(parts, 1, parts.length - 2), Integer.parseInt(parts[parts.length - 2]),
					Integer.parseInt(parts[parts.length - 1]));
		}
		return new Item(parts[0], join(parts, 1, parts.length), DEFAULT_MIN, DEFAULT_MAX);
	}

	private static Band band(String line, String field, int index) {
		String[] parts = parts(line);
		if (parts.length < 4 || !isInteger(parts[2])) {
			throw syntax(field, index);
		}
		try {
			return new Band(new BigDecimal(parts[0].replace(',', '.')), new BigDecimal(parts[1].replace(',', '.')),
					Integer.parseInt(parts[2]), join(parts, 3, parts.length));
		}
		catch (NumberFormatException ex) {
			throw syntax(field, index);
		}
	}

	private static boolean isInteger(String text) {
		return text.matches("-?\\d{1,6}");
	}

	private static String[] lines(@Nullable String text, String field) {
		if (text == null) {
			return new String[0];
		}
		if (text.length() > TEXT_MAX) {
			throw new RuleViolation(field, "instrument.custom.error.tooMany", TEXT_MAX);
		}
		return text.split("\\R");
	}

	private static String[] parts(String line) {
		return Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
	}

	private static String join(String[] parts, int from, int to) {
		return String.join(" | ", Arrays.asList(parts).subList(from, to)).strip();
	}

	private static RuleViolation syntax(String field, int index) {
		return new RuleViolation(field, "instrument.custom.error.syntax", index + 1);
	}

}
