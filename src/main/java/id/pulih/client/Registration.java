package id.pulih.client;

import java.util.List;

/**
 * The outcome of registering a client.
 *
 * @param client the client stored now, or the one already registered under that code in
 * the caller's scope (or under that id, for a retried request)
 * @param created whether this call stored a new client (false: nothing was written)
 * @param possibleDuplicatesElsewhere clients with the same code outside the caller's
 * scope, flagged for an officer to merge or dismiss; shown with code, sex, birth year and
 * organisation name only
 */
public record Registration(Client client, boolean created, List<ClientSummary> possibleDuplicatesElsewhere) {

}
