package id.pulih.client;

import java.time.LocalDate;
import java.util.UUID;

import id.pulih.shared.Sex;
import org.jspecify.annotations.Nullable;

/**
 * One client in a list. A possible duplicate registered outside the caller's scope shows
 * only its code, sex, birth year and the organisation's name: {@code id},
 * {@code villageCode}, {@code organisationId} and {@code registeredOn} are then null.
 */
public record ClientSummary(@Nullable UUID id, String uic, Sex sex, int birthYear, @Nullable String villageCode,
		@Nullable UUID organisationId, String organisationName, @Nullable LocalDate registeredOn) {

	/** What may be shown of a client outside the caller's scope. */
	ClientSummary elsewhere() {
		return new ClientSummary(null, this.uic, this.sex, this.birthYear, null, null, this.organisationName, null);
	}

}
