package id.pulih.shared;

import java.util.UUID;

/**
 * Something worth an audit-trail entry happened: a change to an organisation, person or
 * user, an administrative action, a sign-in, or a view of a client's identity. Published
 * by the module that did it, inside its transaction, and written by the audit module in
 * that same transaction, so no change is committed without its entry.
 *
 * @param action what happened, e.g. {@code organisation.created}
 * @param entityType the kind of record, e.g. {@code organisation}
 * @param entityId the record's id, when it has one
 * @param detail a short human-readable note (never identifying details of a client)
 */
public record Audited(String action, String entityType, UUID entityId, String detail) {

}
