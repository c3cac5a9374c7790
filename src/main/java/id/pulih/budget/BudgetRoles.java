package id.pulih.budget;

import java.util.EnumSet;
import java.util.Set;

import id.pulih.organisation.OrganisationType;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who does what with budgets. Programme managers set allocations, record and void costs
 * and read the budget-versus-realisation page for any organisation of their area.
 * Rehabilitation officers do the same for the BNN offices (BNN, BNNP, BNNK) of their
 * scope and read their scope's page. Health workers record (and void) the activity costs
 * of their own facility and read its page. Nobody else sees budgets. Budget data holds no
 * client data.
 */
@Configuration(proxyBeanMethods = false)
class BudgetRoles {

	static final Set<Role> READERS = EnumSet.of(Role.PROGRAMME_MANAGER, Role.HEALTH_WORKER,
			Role.REHABILITATION_OFFICER);

	static final Set<Role> ALLOCATORS = EnumSet.of(Role.PROGRAMME_MANAGER, Role.REHABILITATION_OFFICER);

	static final Set<Role> COST_RECORDERS = EnumSet.of(Role.PROGRAMME_MANAGER, Role.HEALTH_WORKER,
			Role.REHABILITATION_OFFICER);

	/**
	 * Organisations that keep no budget of their own: never offered on the budget page.
	 */
	static final Set<OrganisationType> NOT_CHOSEN = EnumSet.of(OrganisationType.IBM_UNIT,
			OrganisationType.NETWORK_PARTNER);

	/** The organisations a rehabilitation officer keeps budgets for. */
	static final Set<OrganisationType> BNN_OFFICES = EnumSet.of(OrganisationType.BNN, OrganisationType.BNNP,
			OrganisationType.BNNK);

	static boolean canAllocate(PulihUser user) {
		return ALLOCATORS.contains(user.role());
	}

	static boolean canRecordCosts(PulihUser user) {
		return COST_RECORDERS.contains(user.role());
	}

	/**
	 * Whether the user keeps the budget of an organisation of this type (its scope is
	 * checked apart): rehabilitation officers only BNN offices, others any.
	 */
	static boolean keepsBudgetOf(PulihUser user, OrganisationType type) {
		return user.role() != Role.REHABILITATION_OFFICER || BNN_OFFICES.contains(type);
	}

	@Bean
	NavigationItem budgetNavigation() {
		return new NavigationItem("budget.nav", "/budget", 60, READERS);
	}

}
