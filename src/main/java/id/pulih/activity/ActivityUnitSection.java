package id.pulih.activity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.pulih.organisation.Organisation;
import id.pulih.organisation.OrganisationPageSection;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.web.HomeSection;

/**
 * On an organisation's page: its activities this year by kind (sessions, people reached)
 * and the latest five, with a link to record one for those who may.
 */
@Component
class ActivityUnitSection implements OrganisationPageSection {

	static final int ORDER = 20;

	private static final int LATEST = 5;

	private final Activities activities;

	private final ActivityCounts counts;

	ActivityUnitSection(Activities activities, ActivityCounts counts) {
		this.activities = activities;
		this.counts = counts;
	}

	@Override
	public Optional<HomeSection.Content> contentFor(Organisation organisation, PulihUser me) {
		if (!Activities.READERS.contains(me.role())
				|| !me.scope().covers(organisation.path(), organisation.areaCode())) {
			return Optional.empty();
		}
		int year = this.activities.today(me).getYear();
		List<ActivityCounts.KindTotal> totals = this.counts.perYear(me.scope(), year, organisation.id());
		List<ActivityLine> latest = this.activities.list(me.scope(), null, null, organisation.id(), LATEST);
		List<ActivityKind> writable = organisation.isVoided() ? List.of()
				: this.activities.writableKinds(organisation, me);
		if (latest.isEmpty() && writable.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new HomeSection.Content(ORDER, "activity/unit", Map.of("organisation", organisation, "year",
				year, "totals", totals, "latest", latest, "writable", writable)));
	}

}
