package id.pulih.shared.web;

import id.pulih.shared.RuleViolation;

import org.springframework.validation.BindingResult;

/** Puts a rule violation beside the form field it belongs to (or atop the form). */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult result, RuleViolation violation) {
		if (violation.field() != null && result.getTarget() != null && org.springframework.beans.BeanUtils
			.getPropertyDescriptor(result.getTarget().getClass(), violation.field()) != null) {
			result.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
		}
		else if (violation.field() != null && hasRecordComponent(result.getTarget(), violation.field())) {
			result.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
		}
		else {
			result.reject(violation.messageKey(), violation.arguments(), null);
		}
	}

	private static boolean hasRecordComponent(Object target, String field) {
		if (target == null || !target.getClass().isRecord()) {
			return false;
		}
		for (var component : target.getClass().getRecordComponents()) {
			if (component.getName().equals(field)) {
				return true;
			}
		}
		return false;
	}

}
