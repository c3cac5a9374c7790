package id.pulih.evaluation;

import java.util.EnumSet;
import java.util.Set;

import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;

/**
 * Who does what: rehabilitation officers (BNNK/BNNP) run phase assessments and enter
 * benefit surveys and INSANI responses for the units in their scope; unit chairs and
 * recovery agents read their unit's results and enter benefit surveys; programme managers
 * read. Administrators define the instruments (instrument module) and see no evaluation
 * pages.
 */
final class EvaluationRoles {

	static final Set<Role> READERS = EnumSet.of(Role.REHABILITATION_OFFICER, Role.UNIT_CHAIR, Role.RECOVERY_AGENT,
			Role.PROGRAMME_MANAGER);

	private EvaluationRoles() {
	}

	static Abilities abilities(PulihUser user) {
		Role role = user.role();
		boolean officer = role == Role.REHABILITATION_OFFICER;
		return new Abilities(READERS.contains(role), officer,
				officer || role == Role.UNIT_CHAIR || role == Role.RECOVERY_AGENT, officer);
	}

	/** What the user may do on a unit's evaluation. */
	record Abilities(boolean read, boolean assess, boolean benefitSurvey, boolean insani) {

	}

}
