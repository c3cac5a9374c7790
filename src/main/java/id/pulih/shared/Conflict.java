package id.pulih.shared;

/** A write that collides with what is stored: a duplicate code, or a stale version. */
public class Conflict extends RuleViolation {

	public Conflict(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
