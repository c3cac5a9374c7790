package id.pulih.client;

import java.util.List;
import java.util.Optional;

import id.pulih.shared.security.PulihUser;

/**
 * Narrows which clients of their scope some users see. Implemented by the module that
 * knows the narrower rule: a peer support officer sees only the clients assigned to them
 * (harm reduction). The registry adds every restriction for the signed-in user to each of
 * its scoped queries, so lists, counts, client pages and the identity vault all follow
 * it.
 */
public interface ClientVisibility {

	/**
	 * The condition for this user, or empty when this rule does not narrow their view.
	 */
	Optional<Restriction> restrictionFor(PulihUser user);

	/**
	 * A SQL condition on the {@code client} table aliased {@code c}, portable between H2
	 * and PostgreSQL, with its positional parameters.
	 */
	record Restriction(String sql, List<Object> parameters) {

	}

}
