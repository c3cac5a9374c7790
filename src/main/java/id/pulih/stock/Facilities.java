package id.pulih.stock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import id.pulih.organisation.Organisation;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The organisations that hold stock (health facilities, rehabilitation institutions and
 * the health offices' warehouses), looked up through the caller's scope, and the user's
 * today.
 */
@Component
class Facilities {

	/** Organisation types that hold stock. */
	static final Set<OrganisationType> TYPES = EnumSet.of(OrganisationType.PUSKESMAS, OrganisationType.CLINIC,
			OrganisationType.HOSPITAL, OrganisationType.IPWL, OrganisationType.DINKES_PROVINCE,
			OrganisationType.DINKES_REGENCY, OrganisationType.LRIP, OrganisationType.LRKM);

	private final Organisations organisations;

	private final Clock clock;

	Facilities(Organisations organisations, Clock clock) {
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * A facility inside the scope, or 404 (also for an organisation that holds no stock).
	 */
	Organisation get(@Nullable UUID id, Scope scope) {
		if (id == null) {
			throw new RecordNotFound("facility");
		}
		return this.organisations.find(id, scope)
			.filter(org -> TYPES.contains(org.type()))
			.orElseThrow(() -> new RecordNotFound("facility"));
	}

	/**
	 * A facility inside the scope whose stock may change: 404, or refused when voided.
	 */
	Organisation forWrite(@Nullable UUID id, Scope scope) {
		Organisation facility = get(id, scope);
		if (facility.isVoided()) {
			throw new RuleViolation("facilityId", "stock.error.facilityVoided");
		}
		return facility;
	}

	/** Any active facility, whatever the scope: where a transfer may go. */
	Organisation destination(@Nullable UUID id) {
		if (id == null) {
			throw new RuleViolation("toFacilityId", "stock.error.destinationRequired");
		}
		return this.organisations.findUnscoped(id)
			.filter(org -> TYPES.contains(org.type()) && !org.isVoided())
			.orElseThrow(() -> new RuleViolation("toFacilityId", "stock.error.destinationUnknown"));
	}

	/** Any organisation by id, for naming the other side of a transfer in the ledger. */
	@Nullable Organisation anyOrganisation(UUID id) {
		return this.organisations.findUnscoped(id).orElse(null);
	}

	Organisations organisations() {
		return this.organisations;
	}

	/** Today in the user's time zone (Jakarta time without one). */
	LocalDate today(@Nullable PulihUser user) {
		ZoneId zone = PulihUser.zoneOf(user);
		return LocalDate.now(this.clock.withZone(zone));
	}

	/** Today in Jakarta time, for work done without a user (the demo data). */
	LocalDate today() {
		return today(null);
	}

}
