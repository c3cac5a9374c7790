package id.pulih.workforce;

import id.pulih.shared.Sex;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A command to register a person.
 *
 * @param id an id chosen by the caller (for retries); null to have one generated
 * @param organisationId the organisation the person works for (an IBM unit for recovery
 * agents and unit chairs, a BNN office for rehabilitation officers)
 * @param phone optional
 * @param activeSince when the person started; null for today
 */
public record NewPerson(@Nullable UUID id, String fullName, Sex sex, PersonRole role, UUID organisationId,
		@Nullable String phone, @Nullable LocalDate activeSince) {

}
