package id.pulih.instrument;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.pulih.instrument.CustomInstrument.Band;
import id.pulih.instrument.CustomInstrument.Item;
import id.pulih.instrument.CustomInstrument.Scoring;
import id.pulih.instrument.CustomInstrument.Section;

/**
 * Instruments for the custom-instrument tests, each under a fresh random code so tests do
 * not see each other's versions.
 */
final class CustomInstrumentWorld {

	private CustomInstrumentWorld() {
	}

	static String newCode() {
		return "T_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
	}

	static Band band(String from, String to, int category, String label) {
		return new Band(new BigDecimal(from), new BigDecimal(to), category, label);
	}

	static Item likert(String code) {
		return new Item(code, "Pernyataan " + code, 1, 4);
	}

	/**
	 * Three sections of Likert items (1–4): KNOWLEDGE (a, b, c) with its own bands,
	 * PRACTICE (x, y) without, FAMILY (f) without; overall bands 1.00–1.99, 2.00–2.99,
	 * 3.00–4.00 for MEAN, 1–6, 7–12, 13–24 for SUM.
	 */
	static CustomInstrumentDraft survey(String code, Scoring scoring) {
		List<Band> knowledgeBands = (scoring == Scoring.MEAN)
				? List.of(band("1", "2.49", 1, "Rendah"), band("2.50", "4.00", 2, "Tinggi"))
				: List.of(band("1", "6", 1, "Rendah"), band("7", "12", 2, "Tinggi"));
		List<Band> overall = (scoring == Scoring.MEAN)
				? List.of(band("1.00", "1.99", 1, "Kategori 1"), band("2.00", "2.99", 2, "Kategori 2"),
						band("3.00", "4.00", 3, "Kategori 3"))
				: List.of(band("1", "6", 1, "Kategori 1"), band("7", "12", 2, "Kategori 2"),
						band("13", "24", 3, "Kategori 3"));
		return new CustomInstrumentDraft(null, code, "Survei " + code, "Untuk pengujian", scoring,
				List.of(new Section("KNOWLEDGE", "Pengetahuan", List.of(likert("a"), likert("b"), likert("c")),
						knowledgeBands),
						new Section("PRACTICE", "Praktik", List.of(likert("x"), likert("y")), List.of()),
						new Section("FAMILY", "Keluarga", List.of(likert("f")), List.of())),
				overall);
	}

	/** One section with the given items, no bands. */
	static CustomInstrumentDraft simple(String code, Item... items) {
		return new CustomInstrumentDraft(null, code, "Daftar " + code, null, Scoring.MEAN,
				List.of(new Section("MAIN", "Utama", List.of(items), List.of())), List.of());
	}

}
