/**
 * Versioned questionnaire definitions and their scoring: the WHO ASSIST v3.0 screening
 * and the WHOQOL-BREF quality of life assessment.
 * <p>
 * A definition ({@link id.pulih.instrument.InstrumentDefinition}) is data: sections,
 * items, answer options and when an item is asked, with every text a message key, so a
 * form can render it one section at a time in either language. Scoring is plain code
 * ({@link id.pulih.instrument.AssistScoring},
 * {@link id.pulih.instrument.WhoqolBrefScoring}) that follows the rules in the domain
 * description exactly; nothing of them is stored.
 * <p>
 * Administrators also define their own instruments
 * ({@link id.pulih.instrument.CustomInstruments}: a unit phase checklist, the INSANI
 * compliance index, the community benefit survey): sections of items on a scale, scored
 * by mean or sum, with category bands. A draft is edited; a published version never
 * changes, so the responses given to it keep their meaning; these definitions are stored,
 * as national reference data.
 */
@ApplicationModule(displayName = "Instruments")
@NullMarked
package id.pulih.instrument;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
