package id.pulih.reporting;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.pulih.geography.Area;
import id.pulih.geography.Areas;
import id.pulih.reporting.export.ReportExports;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Roles;
import id.pulih.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reports' pages: the dashboard ({@code /reports}: key figures of the chosen area or
 * organisation per child area, with a chart, drill-down and links to every report), each
 * report ({@code /reports/{id}}: chart, table, definitions) and its exports (CSV, XLSX,
 * PDF, DHIS2 data value set, ADX).
 */
@Controller
class ReportController {

	private final Reports reports;

	private final ReportRequests requests;

	private final ReportExports exports;

	private final Areas areas;

	private final MessageSource messages;

	ReportController(Reports reports, ReportRequests requests, ReportExports exports, Areas areas,
			MessageSource messages) {
		this.reports = reports;
		this.requests = requests;
		this.exports = exports;
		this.areas = areas;
		this.messages = messages;
	}

	@GetMapping("/reports")
	@RolesAllowed({ Roles.UNIT_CHAIR, Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER, Roles.PROGRAMME_MANAGER })
	String dashboard(ReportParameters parameters, Model model) {
		return page(ReportKind.OVERVIEW.id(), parameters, model, "reporting/dashboard");
	}

	@GetMapping("/reports/{report}")
	@RolesAllowed({ Roles.UNIT_CHAIR, Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER, Roles.PROGRAMME_MANAGER })
	String report(@PathVariable String report, ReportParameters parameters, Model model) {
		return page(report, parameters, model, "reporting/report");
	}

	@GetMapping("/reports/{report}/export")
	@RolesAllowed({ Roles.UNIT_CHAIR, Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER, Roles.PROGRAMME_MANAGER })
	ResponseEntity<byte[]> export(@PathVariable String report, @RequestParam String format,
			ReportParameters parameters) {
		PulihUser user = CurrentUser.get();
		Locale locale = LocaleContextHolder.getLocale();
		ReportRequest request = this.requests.read(report, parameters, user);
		ReportTable table = this.reports.build(request, user, locale);
		String name = "pulih-" + table.report() + "-" + request.selection().code().replace('.', '-') + "-"
				+ request.period().start() + (table.published() ? "-publikasi" : "");
		return switch (format) {
			case "csv" -> file(this.exports.csv(table, locale, user.zone()), name + ".csv", "text/csv;charset=UTF-8");
			case "xlsx" -> file(this.exports.xlsx(table, locale, user.zone()), name + ".xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			case "pdf" ->
				file(this.exports.pdf(table, locale, user.zone()), name + ".pdf", MediaType.APPLICATION_PDF_VALUE);
			case "dhis2" -> file(this.exports.dhis2DataValueSet(table).getBytes(StandardCharsets.UTF_8),
					name + "-dhis2.json", MediaType.APPLICATION_JSON_VALUE);
			case "adx" -> file(this.exports.adx(table).getBytes(StandardCharsets.UTF_8), name + "-adx.xml",
					MediaType.APPLICATION_XML_VALUE);
			default -> throw new RuleViolation("format", "reporting.error.format");
		};
	}

	private String page(String report, ReportParameters parameters, Model model, String view) {
		PulihUser user = CurrentUser.get();
		Locale locale = LocaleContextHolder.getLocale();
		ReportRequest request;
		try {
			request = this.requests.read(report, parameters, user);
		}
		catch (RuleViolation ex) {
			model.addAttribute("error", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			request = this.requests.read(report, ReportParameters.NONE, user);
		}
		ReportTable table = this.reports.build(request, user, locale);
		model.addAttribute("table", table);
		model.addAttribute("request", request);
		model.addAttribute("reportKinds", ReportKind.values());
		model.addAttribute("breadcrumb", breadcrumb(request.selection()));
		model.addAttribute("query", query(request));
		model.addAttribute("periodQuery", periodQuery(request));
		model.addAttribute("suppressUpTo", this.reports.suppressUpTo());
		model.addAttribute("managesEstimates", user.role() == Role.PROGRAMME_MANAGER);
		return view;
	}

	/** The areas above the selection, for drilling back up. */
	private List<Area> breadcrumb(Selection selection) {
		if (selection.kind() == Selection.Kind.AREA) {
			return this.areas.lineage(selection.code());
		}
		if (selection.kind() == Selection.Kind.ORGANISATION && selection.areaCode() != null) {
			return this.areas.lineage(selection.areaCode());
		}
		return List.of();
	}

	/** The request's parameters, to carry into exports and links. */
	static String query(ReportRequest request) {
		List<String> parts = new ArrayList<>();
		parts.add(periodQuery(request));
		Selection selection = request.selection();
		switch (selection.kind()) {
			case NATIONAL -> parts.add("area=ID");
			case AREA -> parts.add("area=" + selection.code());
			case ORGANISATION -> parts.add("org=" + selection.organisationId());
		}
		return String.join("&", parts);
	}

	/** The period and publication of a request, for links to other areas. */
	static String periodQuery(ReportRequest request) {
		List<String> parts = new ArrayList<>();
		ReportPeriod period = request.period();
		switch (period.kind()) {
			case YEAR -> parts.add("period=year&year=" + period.start().getYear());
			case QUARTER -> parts.add("period=quarter&year=" + period.start().getYear() + "&quarter="
					+ ((period.start().getMonthValue() - 1) / 3 + 1));
			case MONTH -> parts.add("period=month&month=" + period.start().toString().substring(0, 7));
			case CUSTOM -> parts.add("period=custom&from=" + period.start().toString().substring(0, 7) + "&to="
					+ period.end().toString().substring(0, 7));
		}
		if (request.publish()) {
			parts.add("publish=true");
		}
		return String.join("&", parts);
	}

	private static ResponseEntity<byte[]> file(byte[] body, String name, String type) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(body);
	}

}
