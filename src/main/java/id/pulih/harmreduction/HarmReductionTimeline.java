package id.pulih.harmreduction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.pulih.client.Client;
import id.pulih.client.ClientTimelineSource;
import id.pulih.client.TimelineEntry;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

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

	/**
	 * The client's harm reduction entries as the signed-in user may see them; nothing for
	 * a client the user may not see here (a peer support officer's unassigned client).
	 * <p>
	 * Deliberately not one transaction: the client is looked up first without throwing,
	 * and each read runs in its own read-only transaction, so a refusal can never leave a
	 * shared transaction marked for rollback (which failed the whole client page).
	 */
	@Override
	public List<TimelineEntry> timelineOf(UUID clientId) {
		Optional<PulihUser> found = CurrentUser.find();
		if (found.isEmpty() || !ROLES.contains(found.get().role())) {
			return List.of();
		}
		PulihUser user = found.get();
		Optional<Client> client = this.access.findClient(clientId, user);
		// A merged client answers its survivor, whose own entries the page already asks
		// for.
		if (client.isEmpty() || !client.get().id().equals(clientId)) {
			return List.of();
		}
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
			// Lost between the look-up and the read (an assignment ended meanwhile):
			// nothing.
			return List.of();
		}
		return entries;
	}

}
