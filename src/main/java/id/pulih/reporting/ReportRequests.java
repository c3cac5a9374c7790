package id.pulih.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import id.pulih.geography.Area;
import id.pulih.geography.Areas;
import id.pulih.organisation.Organisation;
import id.pulih.organisation.Organisations;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Reads a report request from the parameters of a page or the API: the report, the period
 * ({@code period=year|quarter|month|custom} with {@code year}, {@code quarter},
 * {@code month=2026-03}, {@code from}/{@code to=2026-01}), the area ({@code area=32.01},
 * the nation when none) or organisation ({@code org=<id>}), and {@code publish}. Without
 * an area or organisation, the user's own scope is reported. An organisation outside the
 * user's scope is not found; an area outside it is reported as published.
 */
@Component
public class ReportRequests {

	private final Areas areas;

	private final Organisations organisations;

	ReportRequests(Areas areas, Organisations organisations) {
		this.areas = areas;
		this.organisations = organisations;
	}

	/**
	 * @throws RuleViolation for an unknown report, period or area, naming the parameter
	 * @throws RecordNotFound for an organisation that is missing or outside the scope
	 */
	public ReportRequest read(String report, ReportParameters parameters, PulihUser user) {
		if (ReportKind.of(report).isEmpty()) {
			throw new RecordNotFound("report");
		}
		return new ReportRequest(report, selection(parameters.area(), parameters.org(), user),
				period(parameters.period(), parameters.year(), parameters.quarter(), parameters.month(),
						parameters.from(), parameters.to(), user),
				Boolean.TRUE.equals(parameters.publish()));
	}

	ReportPeriod period(@Nullable String period, @Nullable String year, @Nullable String quarter,
			@Nullable String month, @Nullable String from, @Nullable String to, PulihUser user) {
		LocalDate today = LocalDate.now(user.zone());
		String kind = (period == null || period.isBlank()) ? "year" : period;
		return switch (kind) {
			case "year" -> ReportPeriod.year(year(year, today));
			case "quarter" -> {
				int q = number(quarter, "quarter", (today.getMonthValue() - 1) / 3 + 1);
				if (q < 1 || q > 4) {
					throw new RuleViolation("quarter", "reporting.error.quarter");
				}
				yield ReportPeriod.quarter(year(year, today), q);
			}
			case "month" -> ReportPeriod.month(yearMonth(month, "month", YearMonth.from(today)));
			case "custom" -> {
				YearMonth first = yearMonth(from, "from", YearMonth.from(today).withMonth(1));
				YearMonth last = yearMonth(to, "to", YearMonth.from(today));
				if (last.isBefore(first)) {
					throw new RuleViolation("to", "reporting.error.toBeforeFrom");
				}
				if (first.plusYears(20).isBefore(last)) {
					throw new RuleViolation("to", "reporting.error.tooLong");
				}
				yield ReportPeriod.custom(first, last);
			}
			default -> throw new RuleViolation("period", "reporting.error.period");
		};
	}

	Selection selection(@Nullable String area, @Nullable String org, PulihUser user) {
		if (org != null && !org.isBlank()) {
			UUID id;
			try {
				id = UUID.fromString(org.trim());
			}
			catch (IllegalArgumentException ex) {
				throw new RecordNotFound("organisation");
			}
			Organisation organisation = this.organisations.get(id, user.scope());
			return new Selection(Selection.Kind.ORGANISATION, organisation.code(), organisation.name(),
					organisation.id(), organisation.path(), organisation.areaCode());
		}
		if (area != null && !area.isBlank()) {
			String code = area.trim();
			if (Selection.NATION.equals(code)) {
				return nation();
			}
			Area found = this.areas.find(code).orElseThrow(() -> new RuleViolation("area", "reporting.error.area"));
			return new Selection(Selection.Kind.AREA, found.code(), found.name(), null, null, null);
		}
		Scope scope = user.scope();
		return switch (scope.kind()) {
			case NATIONAL -> nation();
			case AREA -> selection(scope.areaCode(), null, user);
			case ORGANISATION -> selection(null, scope.organisationId().toString(), user);
		};
	}

	private static Selection nation() {
		return new Selection(Selection.Kind.NATIONAL, Selection.NATION, "Indonesia", null, null, null);
	}

	private static int year(@Nullable String value, LocalDate today) {
		int year = number(value, "year", today.getYear());
		if (year < 2000 || year > 2100) {
			throw new RuleViolation("year", "reporting.error.year");
		}
		return year;
	}

	private static int number(@Nullable String value, String field, int otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation(field, "reporting.error." + field);
		}
	}

	private static YearMonth yearMonth(@Nullable String value, String field, YearMonth otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			YearMonth month = YearMonth.parse(value.trim());
			if (month.getYear() < 2000 || month.getYear() > 2100) {
				throw new RuleViolation(field, "reporting.error.month");
			}
			return month;
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation(field, "reporting.error.month");
		}
	}

}
