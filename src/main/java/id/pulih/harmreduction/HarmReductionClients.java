package id.pulih.harmreduction;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.pulih.client.Client;
import id.pulih.shared.Audited;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.workforce.Person;
import id.pulih.workforce.Workforce;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's harm reduction record as one user may see it: the methadone course with its
 * missed doses, the visits, and (for a health worker or the assigned peer support officer
 * only) the HIV status, the peer support officer and the contacts. Every view that shows
 * results is audited.
 */
@Service
@Transactional
public class HarmReductionClients {

	private final HarmReductionAccess access;

	private final HarmReductionVisits visits;

	private final OstCourses courses;

	private final PeerSupport peers;

	private final Workforce workforce;

	private final ApplicationEventPublisher events;

	HarmReductionClients(HarmReductionAccess access, HarmReductionVisits visits, OstCourses courses, PeerSupport peers,
			Workforce workforce, ApplicationEventPublisher events) {
		this.access = access;
		this.visits = visits;
		this.courses = courses;
		this.peers = peers;
		this.workforce = workforce;
		this.events = events;
	}

	/**
	 * The client's record.
	 * @throws id.pulih.shared.RecordNotFound when the client is outside the user's scope
	 * or, for a peer support officer, not assigned to them
	 */
	public ClientRecord record(UUID clientId, PulihUser user) {
		Client client = this.access.client(clientId, user);
		boolean results = this.access.seesResults(user, client.id());
		LocalDate today = this.access.today(user);
		Optional<OstCourses.Standing> ost = this.courses.standingOf(client.id(), user);
		List<VisitView> visitList = this.visits.ofClient(client.id(), user);
		LocalDate diagnosedOn = null;
		PeerAssignment assignment = null;
		String peerName = null;
		List<PeerSupport.Contact> contacts = List.of();
		List<PastAssignment> past = List.of();
		if (results) {
			diagnosedOn = this.peers.diagnosis(client.id(), user.scope()).orElse(null);
			assignment = this.peers.assignmentOf(client.id(), user).orElse(null);
			Map<UUID, String> names = new HashMap<>();
			if (assignment != null) {
				peerName = name(assignment.peerId(), user, names);
			}
			contacts = this.peers.contactsOf(client.id(), user);
			past = this.peers.pastAssignmentsOf(client.id(), user)
				.stream()
				.map(ended -> new PastAssignment(ended, name(ended.peerId(), user, names)))
				.toList();
			this.events.publishEvent(new Audited("harmreduction.clientViewed", "client", client.id(),
					HarmReductionVisits.RECORD_DETAIL));
		}
		return new ClientRecord(client, today, results, ost.orElse(null), visitList, diagnosedOn, assignment, peerName,
				contacts, past, user.role() == Role.HEALTH_WORKER);
	}

	private @Nullable String name(UUID personId, PulihUser user, Map<UUID, String> names) {
		String name = names.computeIfAbsent(personId,
				id -> this.workforce.find(id, user.scope()).map(Person::fullName).orElse(""));
		return name.isEmpty() ? null : name;
	}

	/**
	 * A client's harm reduction record.
	 *
	 * @param resultsShown whether HIV status, results, peer support are shown
	 * @param ost the methadone course and where it stands, if there is one
	 * @param diagnosedOn when found to live with HIV (null: not known, or not shown)
	 * @param assignment the open peer support assignment (null: none, or not shown)
	 * @param pastAssignments the ended peer support assignments, the latest first (empty
	 * when not shown)
	 * @param clinical whether the user gives clinical services (a health worker)
	 */
	public record ClientRecord(Client client, LocalDate today, boolean resultsShown, OstCourses.@Nullable Standing ost,
			List<VisitView> visits, @Nullable LocalDate diagnosedOn, @Nullable PeerAssignment assignment,
			@Nullable String peerName, List<PeerSupport.Contact> contacts, List<PastAssignment> pastAssignments,
			boolean clinical) {

		public boolean livesWithHiv() {
			return this.diagnosedOn != null;
		}

	}

	/** An ended peer support assignment and the officer's name (null when unknown). */
	public record PastAssignment(PeerAssignment assignment, @Nullable String peerName) {

	}

}
