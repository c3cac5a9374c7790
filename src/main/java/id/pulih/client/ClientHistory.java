package id.pulih.client;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.pulih.organisation.Organisations;

import org.springframework.stereotype.Component;

/**
 * The client module's own entries on a client's timeline: registration, consents given
 * and withdrawn, and clients merged into this one.
 */
@Component
class ClientHistory implements ClientTimelineSource {

	private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

	private final ClientRepository repository;

	private final Organisations organisations;

	ClientHistory(ClientRepository repository, Organisations organisations) {
		this.repository = repository;
		this.organisations = organisations;
	}

	@Override
	public List<TimelineEntry> timelineOf(UUID clientId) {
		List<TimelineEntry> entries = new ArrayList<>();
		this.repository.findById(clientId).ifPresent(client -> {
			String organisation = this.organisations.findUnscoped(client.organisationId())
				.map(org -> org.name())
				.orElse("");
			entries.add(new TimelineEntry(client.registeredOn(), "client.timeline.registered." + client.source(),
					List.of(client.uic(), organisation), null));
			for (Consent consent : client.consents()) {
				entries.add(new TimelineEntry(consent.consentedOn(), "client.timeline.consentGiven",
						List.of(consent.purpose(), Integer.toString(consent.retentionMonths())), null));
				if (consent.withdrawnOn() != null) {
					entries.add(new TimelineEntry(consent.withdrawnOn(), "client.timeline.consentWithdrawn", List.of(),
							null));
				}
			}
			if (client.mergedInto() != null && client.mergedAt() != null) {
				entries.add(new TimelineEntry(LocalDate.ofInstant(client.mergedAt(), ZONE), "client.timeline.merged",
						List.of(client.uic()), null));
			}
		});
		return entries;
	}

}
