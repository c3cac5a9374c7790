package id.pulih.recovery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import id.pulih.client.Client;
import id.pulih.organisation.Organisation;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;
import id.pulih.workforce.Person;
import id.pulih.workforce.PersonRole;
import id.pulih.workforce.Workforce;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The checks every recovery command shares: the user's today, the client's IBM unit, and
 * the recovery agent who does the work.
 */
@Component
class Units {

	private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

	private static final Set<PersonRole> AGENTS = EnumSet.of(PersonRole.RECOVERY_AGENT, PersonRole.UNIT_CHAIR);

	private final Organisations organisations;

	private final Workforce workforce;

	private final Clock clock;

	Units(Organisations organisations, Workforce workforce, Clock clock) {
		this.organisations = organisations;
		this.workforce = workforce;
		this.clock = clock;
	}

	/** Today in the user's time zone (Jakarta time without one). */
	LocalDate today(@Nullable PulihUser user) {
		ZoneId zone = (user != null && user.zoneId() != null) ? ZoneId.of(user.zoneId()) : DEFAULT_ZONE;
		return LocalDate.now(this.clock.withZone(zone));
	}

	/**
	 * A current client's IBM unit, inside the scope.
	 * @throws RuleViolation when the client is voided or belongs to no IBM unit
	 */
	Organisation unitOf(Client client, Scope scope) {
		if (client.isVoided()) {
			throw new RuleViolation("clientId", "recovery.error.clientVoided");
		}
		return this.organisations.find(client.organisationId(), scope)
			.filter(org -> org.type() == OrganisationType.IBM_UNIT && !org.isVoided())
			.orElseThrow(() -> new RuleViolation("clientId", "recovery.error.clientNotInUnit"));
	}

	/** An IBM unit inside the scope, or 404. */
	Organisation unit(UUID unitId, Scope scope) {
		return this.organisations.find(unitId, scope)
			.filter(org -> org.type() == OrganisationType.IBM_UNIT)
			.orElseThrow(() -> new RecordNotFound("organisation"));
	}

	/**
	 * The recovery agent (or unit chair) of the unit who does the work: the one named, or
	 * the user's own person. They must be active.
	 * @param field the command's field that names the agent
	 */
	Person agent(@Nullable UUID agentId, String field, UUID unitId, PulihUser by) {
		UUID id = (agentId != null) ? agentId : by.personId();
		if (id == null) {
			throw new RuleViolation(field, "recovery.error.agentRequired");
		}
		Person agent = this.workforce.find(id, by.scope())
			.orElseThrow(() -> new RuleViolation(field, "recovery.error.agentNotFound"));
		if (!AGENTS.contains(agent.role()) || !agent.organisationId().equals(unitId)) {
			throw new RuleViolation(field, "recovery.error.agentNotInUnit");
		}
		try {
			this.workforce.requireActive(agent.id());
		}
		catch (RuleViolation ex) {
			throw new RuleViolation(field, ex.messageKey(), ex.arguments());
		}
		return agent;
	}

	/**
	 * A person who took part (e.g. screened), if named: they must be visible in the
	 * scope, active or not (the record is history).
	 */
	@Nullable UUID person(@Nullable UUID personId, String field, PulihUser by) {
		UUID id = (personId != null) ? personId : by.personId();
		if (id == null) {
			return null;
		}
		if (this.workforce.find(id, by.scope()).isEmpty()) {
			throw new RuleViolation(field, "recovery.error.agentNotFound");
		}
		return id;
	}

}
