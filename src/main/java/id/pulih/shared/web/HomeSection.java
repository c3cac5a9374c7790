package id.pulih.shared.web;

import java.util.Map;
import java.util.Optional;

import id.pulih.shared.security.PulihUser;

/**
 * A part of the home page contributed by a module as a bean: overdue referrals, PLHIV due
 * for a peer contact, low stock. The home page asks every section for the signed-in user
 * and renders those that answer, by order, each through its template's fragment
 * {@code section(model)}.
 */
public interface HomeSection {

	/** What to show this user, or empty when the section is not for them. */
	Optional<Content> contentFor(PulihUser me);

	/**
	 * @param order position on the page, lower first (the recovery worklist is 0)
	 * @param template the Thymeleaf template holding a fragment {@code section(model)}
	 * @param model what the fragment shows
	 */
	record Content(int order, String template, Map<String, Object> model) {

	}

}
