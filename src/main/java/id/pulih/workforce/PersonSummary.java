package id.pulih.workforce;

import java.util.UUID;

/** One person in a list, with the name of the organisation they work for. */
public record PersonSummary(UUID id, String fullName, PersonRole role, UUID organisationId, String organisationName,
		boolean active) {

}
