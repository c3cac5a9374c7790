/**
 * Programme evaluation of IBM units (seed 003, DOMAIN.md "Programme evaluation"): the
 * unit development phase assessment (a checklist grouped by the five sustainability
 * concepts whose total decides the phase, recorded on the unit's phase history), the
 * community benefit survey (six statements scored 1–4, means per statement) and the
 * INSANI compliance index (components for recovery agents, BNNP/BNNK officers, clients
 * and their correlation, categories 1–4). All three answer administrator-defined,
 * versioned instruments of the instrument module; Pulih ships a default version of each.
 * <p>
 * Public API: {@link id.pulih.evaluation.Evaluations} (record and read a unit's
 * evaluations) and {@link id.pulih.evaluation.EvaluationReports} (aggregates over a
 * scope). The module adds its section to an IBM unit's organisation page.
 */
@ApplicationModule(displayName = "Programme evaluation")
@NullMarked
package id.pulih.evaluation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
