package id.pulih.client;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by other modules (recovery, harm reduction, referral…) to put their entries
 * on a client's timeline. The client page asks every such bean, for a client the
 * signed-in user may see, and shows all entries newest first.
 */
public interface ClientTimelineSource {

	List<TimelineEntry> timelineOf(UUID clientId);

}
