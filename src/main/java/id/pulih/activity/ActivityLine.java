package id.pulih.activity;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One activity in a list: what, when, where, for whom, and how many were reached. */
public record ActivityLine(UUID id, UUID organisationId, String organisationName, ActivityKind kind, LocalDate heldOn,
		String villageCode, @Nullable Integer peopleReached, @Nullable Integer potentialClients, boolean voided) {

}
