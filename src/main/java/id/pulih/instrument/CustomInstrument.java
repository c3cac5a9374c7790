package id.pulih.instrument;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One version of an instrument defined by an administrator (a phase-assessment checklist,
 * the INSANI compliance index, the community benefit survey): sections of items rated on
 * a scale, a scoring method, and category bands. A version is edited while it is a draft;
 * once published it never changes, so responses keep their meaning, and a change makes a
 * new version.
 *
 * @param id the version's id (responses refer to it)
 * @param code the instrument's stable code, e.g. {@code IBM_PHASE_CHECKLIST}
 * @param version 1, 2, … per code
 * @param shippedDefault whether Pulih ships this version as a sensible default
 * (administrators may replace it)
 */
public record CustomInstrument(UUID id, String code, String name, @Nullable String description, int version,
		Status status, Scoring scoring, List<Section> sections, List<Band> bands, boolean shippedDefault) {

	public enum Status {

		DRAFT, PUBLISHED, RETIRED

	}

	/** How item answers become a score: per section and overall. */
	public enum Scoring {

		/** Mean of the answered items. */
		MEAN,
		/** Sum of the answered items. */
		SUM

	}

	/**
	 * @param code stable within the version, e.g. {@code OPERATIONAL_INDEPENDENCE}
	 * @param bands bands for this section's score; empty to use the instrument's
	 */
	public record Section(String code, String title, List<Item> items, List<Band> bands) {

	}

	/**
	 * An item answered with a whole number from {@code min} to {@code max} (1–4 for a
	 * Likert item, 0–1 for a yes/no checklist item).
	 */
	public record Item(String code, String text, int min, int max) {

	}

	/**
	 * A category: scores from {@code from} (inclusive) up to {@code to} (inclusive) fall
	 * in it.
	 *
	 * @param category the category's number (1–4 for INSANI) or rank
	 * @param label what it is called, e.g. "Phase 2 Growth" or "Kategori 3"
	 */
	public record Band(BigDecimal from, BigDecimal to, int category, String label) {

	}

}
