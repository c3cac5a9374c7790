package id.pulih.harmreduction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.pulih.client.ClientTimelineSource;
import id.pulih.client.TimelineEntry;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a client's harm reduction visits on the client page, by the same rules as the
 * module's own pages: health workers and field officers of the facility see the visits
 * (field officers without results or ARV), the assigned peer support officer sees them
 * too; health workers and the assigned officer also see when the client was found to live
 * with HIV. Other roles see nothing from this module.
 */
@Component
class HarmReductionTimeline implements ClientTimelineSource {

	private static final Set<Role> ROLES = EnumSet.of(Role.HEALTH_WORKER, Role.FIELD_OFFICER,
			Role.PEER_SUPPORT_OFFICER);

	private final HarmReductionVisits visits;

	private final PeerSupport peers;

	private final HarmReductionAccess access;

	private final MessageSource messages;

	HarmReductionTimeline(HarmReductionVisits visits, PeerSupport peers, HarmReductionAccess access,
			MessageSource messages) {
		this.visits = visits;
		this.peers = peers;
		this.access = access;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<TimelineEntry> timelineOf(UUID clientId) {
		Optional<PulihUser> found = CurrentUser.find();
		if (found.isEmpty() || !ROLES.contains(found.get().role())) {
			return List.of();
		}
		PulihUser user = found.get();
		List<TimelineEntry> entries = new ArrayList<>();
		try {
			Locale locale = LocaleContextHolder.getLocale();
			for (VisitView visit : this.visits.ofClient(clientId, user)) {
				String services = visit.services()
					.stream()
					.map(kind -> this.messages.getMessage(kind.messageKey(), null, kind.name(), locale))
					.collect(Collectors.joining(", "));
				entries.add(new TimelineEntry(visit.visitOn(),
						visit.voided() ? "harmreduction.timeline.visitVoided" : "harmreduction.timeline.visit",
						List.of(services), "/harm-reduction/visits/" + visit.id()));
			}
			if (this.access.seesResults(user, clientId)) {
				this.peers.diagnosis(clientId, user.scope())
					.ifPresent(on -> entries.add(new TimelineEntry(on, "harmreduction.timeline.livingWithHiv",
							List.of(), "/harm-reduction/clients/" + clientId)));
			}
		}
		catch (RecordNotFound ex) {
			return List.of();
		}
		return entries;
	}

}
