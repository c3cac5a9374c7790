package id.pulih.client;

import java.time.LocalDate;
import java.util.UUID;

/** A new client was registered (published inside the registering transaction). */
public record ClientRegistered(UUID clientId, UUID organisationId, ClientSource source, LocalDate registeredOn) {

}
