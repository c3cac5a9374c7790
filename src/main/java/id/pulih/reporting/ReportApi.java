package id.pulih.reporting;

import java.util.Locale;

import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports as JSON: {@code GET /api/v1/reports/{id}} with the same parameters as the
 * pages; the figures, exact within the caller's scope and suppressed beyond it or when
 * {@code publish=true}. An unknown report or an organisation outside the scope answers
 * 404, a bad period or area 422.
 */
@RestController
class ReportApi {

	private final Reports reports;

	private final ReportRequests requests;

	ReportApi(Reports reports, ReportRequests requests) {
		this.reports = reports;
		this.requests = requests;
	}

	@GetMapping("/api/v1/reports/{report}")
	@RolesAllowed({ Roles.UNIT_CHAIR, Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER, Roles.PROGRAMME_MANAGER })
	ReportTable report(@PathVariable String report, @ParameterObject ReportParameters parameters) {
		PulihUser user = CurrentUser.get();
		Locale locale = LocaleContextHolder.getLocale();
		return this.reports.build(this.requests.read(report, parameters, user), user, locale);
	}

}
