/**
 * Versioned questionnaire definitions and their scoring: the WHO ASSIST v3.0 screening
 * and the WHOQOL-BREF quality of life assessment.
 * <p>
 * A definition ({@link id.pulih.instrument.InstrumentDefinition}) is data: sections,
 * items, answer options and when an item is asked, with every text a message key, so a
 * form can render it one section at a time in either language. Scoring is plain code
 * ({@link id.pulih.instrument.AssistScoring},
 * {@link id.pulih.instrument.WhoqolBrefScoring}) that follows the rules in the domain
 * description exactly; nothing here is stored.
 */
@ApplicationModule(displayName = "Instruments")
@NullMarked
package id.pulih.instrument;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
