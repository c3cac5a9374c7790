package id.pulih.access;

import java.util.UUID;

import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;

/**
 * A command to create or change a user account.
 *
 * @param password the initial password (ignored when editing)
 * @param scopeOrganisationId for an organisation scope
 * @param scopeAreaCode for an area scope
 * @param personId the workforce person this account belongs to, if any
 */
public record NewUser(String username, String displayName, String password, Role role, Scope.Kind scopeKind,
		UUID scopeOrganisationId, String scopeAreaCode, UUID personId) {

}
