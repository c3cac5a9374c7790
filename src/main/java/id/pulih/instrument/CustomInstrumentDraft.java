package id.pulih.instrument;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator writes into a draft of a {@link CustomInstrument}: its name,
 * description, scoring, sections with their items and bands, and the instrument-wide
 * bands for the overall score. A draft may be incomplete while it is edited; it must be
 * complete to be published.
 *
 * @param id a client-chosen id for a new draft (the same id with the same content is
 * answered with the existing draft, with other content refused), or null; ignored when
 * editing
 * @param code the instrument's code (upper-case letters, digits and {@code _}); ignored
 * when editing (a draft keeps its code)
 * @param bands bands for the overall score
 */
public record CustomInstrumentDraft(@Nullable UUID id, @Nullable String code, @Nullable String name,
		@Nullable String description, CustomInstrument.@Nullable Scoring scoring,
		@Nullable List<CustomInstrument.Section> sections, @Nullable List<CustomInstrument.Band> bands) {

	/** The content of a version, as a draft to edit. */
	public static CustomInstrumentDraft of(CustomInstrument instrument) {
		return new CustomInstrumentDraft(null, instrument.code(), instrument.name(), instrument.description(),
				instrument.scoring(), instrument.sections(), instrument.bands());
	}

}
