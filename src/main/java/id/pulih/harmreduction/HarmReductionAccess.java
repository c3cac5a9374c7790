package id.pulih.harmreduction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.pulih.client.Client;
import id.pulih.client.ClientRegistry;
import id.pulih.organisation.Organisation;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what in harm reduction. Health workers do everything at their own
 * facility; field officers record and see visits with the services that are not clinical,
 * and never see results (HIV, ARV, hepatitis, TB, STI diagnosis); peer support officers
 * see only the clients assigned to them, results included. The facility is the user's
 * organisation (a Puskesmas, IPWL, clinic or hospital).
 */
@Component
class HarmReductionAccess {

	static final Set<OrganisationType> FACILITIES = EnumSet.of(OrganisationType.PUSKESMAS, OrganisationType.IPWL,
			OrganisationType.CLINIC, OrganisationType.HOSPITAL);

	private final ClientRegistry clients;

	private final Organisations organisations;

	private final JdbcClient jdbc;

	private final Clock clock;

	HarmReductionAccess(ClientRegistry clients, Organisations organisations, JdbcClient jdbc, Clock clock) {
		this.clients = clients;
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Today in the user's time zone (Jakarta time without one). */
	LocalDate today(@Nullable PulihUser user) {
		ZoneId zone = PulihUser.zoneOf(user);
		return LocalDate.now(this.clock.withZone(zone));
	}

	/**
	 * The facility the user works at.
	 * @throws RuleViolation {@code harmreduction.error.notAFacility} when the user works
	 * for no facility
	 */
	Organisation facility(PulihUser user) {
		Scope scope = user.scope();
		if (scope.kind() != Scope.Kind.ORGANISATION || scope.organisationId() == null) {
			throw RuleViolation.of("harmreduction.error.notAFacility");
		}
		return this.organisations.find(scope.organisationId(), scope)
			.filter(org -> FACILITIES.contains(org.type()) && !org.isVoided())
			.orElseThrow(() -> RuleViolation.of("harmreduction.error.notAFacility"));
	}

	/**
	 * A client the user may see: inside the user's scope and, for a peer support officer,
	 * assigned to them. A merged client answers its survivor.
	 * @throws RecordNotFound otherwise
	 */
	Client client(@Nullable UUID clientId, PulihUser user) {
		return findClient(clientId, user).orElseThrow(() -> new RecordNotFound("client"));
	}

	/**
	 * The client if the user may see it (as {@link #client}), else empty. Throws nothing,
	 * so it may be asked inside a transaction that must not be marked for rollback.
	 */
	Optional<Client> findClient(@Nullable UUID clientId, PulihUser user) {
		if (clientId == null) {
			return Optional.empty();
		}
		return this.clients.find(clientId, user.scope())
			.filter(client -> user.role() != Role.PEER_SUPPORT_OFFICER || assignedTo(client.id(), user));
	}

	/** The client if the user may see it, else null. */
	@Nullable Client clientOrNull(UUID clientId, PulihUser user) {
		return findClient(clientId, user).orElse(null);
	}

	/** Whether the client is assigned (now) to the user's person. */
	boolean assignedTo(UUID clientId, PulihUser user) {
		return !assignedAmong(List.of(clientId), user).isEmpty();
	}

	/**
	 * Which of the clients are assigned (now) to the user's person, in one query.
	 */
	Set<UUID> assignedAmong(Collection<UUID> clientIds, PulihUser user) {
		List<UUID> ids = clientIds.stream().filter(Objects::nonNull).distinct().toList();
		if (user.personId() == null || ids.isEmpty()) {
			return Set.of();
		}
		List<Object> params = new ArrayList<>(ids);
		params.add(user.personId());
		String marks = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
		return new HashSet<>(this.jdbc
			.sql("SELECT open_client_id FROM hr_peer_assignment WHERE open_client_id IN (" + marks
					+ ") AND peer_id = ? AND ended_on IS NULL")
			.params(params)
			.query(UUID.class)
			.list());
	}

	/**
	 * Whether the user may see the client's results (HIV, ARV, hepatitis, TB, STI
	 * diagnosis): a health worker, or the peer support officer assigned to the client.
	 */
	boolean seesResults(PulihUser user, @Nullable UUID clientId) {
		return switch (user.role()) {
			case HEALTH_WORKER -> true;
			case PEER_SUPPORT_OFFICER -> clientId != null && assignedTo(clientId, user);
			default -> false;
		};
	}

	/** Whether the user may give (and record) this kind of service. */
	static boolean mayGive(PulihUser user, ServiceKind kind) {
		return switch (user.role()) {
			case HEALTH_WORKER -> true;
			case FIELD_OFFICER -> !kind.clinical();
			default -> false;
		};
	}

	/** Whether the user may record visits at all. */
	static boolean recordsVisits(PulihUser user) {
		return user.role() == Role.HEALTH_WORKER || user.role() == Role.FIELD_OFFICER;
	}

}
