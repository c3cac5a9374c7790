package id.pulih.recovery;

import java.time.LocalDate;
import java.util.UUID;

import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worklists of recovery agents and units: for a day, which open pathways have items
 * due this week, which have overdue ones, and whose clients have not been seen for 14
 * days (rules in {@link DueItem} and {@link PathwayProgress}). Loaded with two grouped
 * queries whatever the number of pathways in scope, then judged in plain code.
 */
@Service
@Transactional(readOnly = true)
public class Worklists {

	private final ProgressQueries progress;

	private final Units units;

	Worklists(ProgressQueries progress, Units units) {
		this.progress = progress;
		this.units = units;
	}

	/** The open pathways an agent is responsible for, inside the scope. */
	public Worklist forAgent(UUID personId, Scope scope, LocalDate today) {
		return Worklist.of(today, this.progress.load(scope, personId, null, null, true));
	}

	/** The open pathways of a unit inside the scope (404 for a unit outside it). */
	public Worklist forUnit(UUID unitId, Scope scope, LocalDate today) {
		this.units.unit(unitId, scope);
		return Worklist.of(today, this.progress.load(scope, null, unitId, null, true));
	}

	/** Every open pathway inside the scope. */
	public Worklist forScope(Scope scope, LocalDate today) {
		return Worklist.of(today, this.progress.load(scope, null, null, null, true));
	}

	/**
	 * The user's own worklist today: a recovery agent's pathways, a unit chair's unit, a
	 * rehabilitation officer's whole scope; null for other roles.
	 */
	public @Nullable Worklist mine(PulihUser user) {
		LocalDate today = today(user);
		if (user.role() == Role.RECOVERY_AGENT && user.personId() != null) {
			return forAgent(user.personId(), user.scope(), today);
		}
		if (user.role() == Role.RECOVERY_AGENT || user.role() == Role.UNIT_CHAIR
				|| user.role() == Role.REHABILITATION_OFFICER) {
			return forScope(user.scope(), today);
		}
		return null;
	}

	/** Today in the user's time zone. */
	public LocalDate today(PulihUser user) {
		return this.units.today(user);
	}

}
