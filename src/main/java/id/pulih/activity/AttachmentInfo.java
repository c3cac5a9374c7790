package id.pulih.activity;

import java.time.Instant;
import java.util.UUID;

/** An attachment of an activity, without its bytes. */
public record AttachmentInfo(UUID id, UUID activityId, String fileName, String contentType, long sizeBytes,
		Instant createdAt) {

}
