package id.pulih.client;

import java.util.UUID;

/**
 * Two records turned out to be the same person: {@code mergedId} now points to
 * {@code survivorId}. Modules that keep records of clients re-point theirs to the
 * survivor; the merged client stays stored, hidden from lists.
 */
public record ClientsMerged(UUID survivorId, UUID mergedId) {

}
