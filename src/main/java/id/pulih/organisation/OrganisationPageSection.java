package id.pulih.organisation;

import java.util.Optional;

import id.pulih.shared.security.PulihUser;
import id.pulih.shared.web.HomeSection;

/**
 * A part of an organisation's page contributed by another module as a bean: a unit's
 * community activities, its assessments and survey results. The page asks every section
 * for the organisation shown and the signed-in user, and renders those that answer, by
 * order, each through its template's fragment {@code section(model)}.
 */
public interface OrganisationPageSection {

	/** What to show, or empty when the section is not for this organisation or user. */
	Optional<HomeSection.Content> contentFor(Organisation organisation, PulihUser me);

}
