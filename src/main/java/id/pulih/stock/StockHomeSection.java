package id.pulih.stock;

import java.util.Map;
import java.util.Optional;

import id.pulih.organisation.Organisation;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;
import id.pulih.shared.web.HomeSection;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * On a health worker's home page, their facility's stock alerts (low stock, near expiry,
 * expired), only when there are any.
 */
@Component
class StockHomeSection implements HomeSection {

	static final int ORDER = 30;

	private final StockLevels levels;

	private final Facilities facilities;

	private final Catalogue catalogue;

	StockHomeSection(StockLevels levels, Facilities facilities, Catalogue catalogue) {
		this.levels = levels;
		this.facilities = facilities;
		this.catalogue = catalogue;
	}

	@Override
	public Optional<Content> contentFor(PulihUser me) {
		Scope scope = me.scope();
		if (me.role() != Role.HEALTH_WORKER || scope.kind() != Scope.Kind.ORGANISATION
				|| scope.organisationId() == null) {
			return Optional.empty();
		}
		Organisation facility;
		try {
			facility = this.facilities.get(scope.organisationId(), scope);
		}
		catch (RecordNotFound ex) {
			return Optional.empty();
		}
		StockLevels.Alerts alerts = this.levels.alerts(facility.id(), scope, this.facilities.today(me));
		if (alerts.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Content(ORDER, "stock/home", Map.of("facility", facility, "alerts", alerts, "names",
				this.catalogue.names(LocaleContextHolder.getLocale()))));
	}

}
