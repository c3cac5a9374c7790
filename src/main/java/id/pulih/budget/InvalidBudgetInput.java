package id.pulih.budget;

import java.util.List;

import id.pulih.shared.RuleViolation;

/**
 * A command with one or more broken rules: it is itself the first of them (so the API
 * answers with that field), and carries all of them for forms, which show each beside its
 * field.
 */
final class InvalidBudgetInput extends RuleViolation {

	private final transient List<RuleViolation> violations;

	private InvalidBudgetInput(List<RuleViolation> violations) {
		super(violations.getFirst().field(), violations.getFirst().messageKey(), violations.getFirst().arguments());
		this.violations = List.copyOf(violations);
	}

	/** Throws the violations found, if any. */
	static void throwIfAny(List<RuleViolation> violations) {
		if (!violations.isEmpty()) {
			throw new InvalidBudgetInput(violations);
		}
	}

	/** Every violation of a refused command (a plain one is its only violation). */
	static List<RuleViolation> all(RuleViolation violation) {
		return (violation instanceof InvalidBudgetInput input) ? input.violations : List.of(violation);
	}

}
