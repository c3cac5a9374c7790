package id.pulih.shared;

/**
 * A command that breaks a business rule. Carries a message key (resolved in the user's
 * language) and, when the rule belongs to one input, the name of that field.
 */
public class RuleViolation extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public RuleViolation(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public static RuleViolation of(String messageKey, Object... arguments) {
		return new RuleViolation(null, messageKey, arguments);
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
