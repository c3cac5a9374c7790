package id.pulih.reporting.estimate;

import java.util.List;

import id.pulih.shared.RuleViolation;

/**
 * An estimate with one or more broken rules: it is itself the first of them, and carries
 * all of them, so a form shows each beside its field and the API names every field.
 */
final class InvalidEstimate extends RuleViolation {

	private final transient List<RuleViolation> violations;

	private InvalidEstimate(List<RuleViolation> violations) {
		super(violations.getFirst().field(), violations.getFirst().messageKey(), violations.getFirst().arguments());
		this.violations = List.copyOf(violations);
	}

	/** Throws the violations found, if any. */
	static void throwIfAny(List<RuleViolation> violations) {
		if (!violations.isEmpty()) {
			throw new InvalidEstimate(violations);
		}
	}

	/** Every violation of a refused command (a plain one is its only violation). */
	static List<RuleViolation> all(RuleViolation violation) {
		return (violation instanceof InvalidEstimate invalid) ? invalid.violations : List.of(violation);
	}

}
