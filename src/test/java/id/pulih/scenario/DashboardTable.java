package id.pulih.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.jspecify.annotations.Nullable;

/**
 * The figures table of a reports page ({@code table#report-table}) as the browser shows
 * it: the column headers, then every row in order (the area rows, then the totals row of
 * the footer) with each cell's figure (its {@code data-value}, none when hidden) and the
 * text shown.
 */
record DashboardTable(List<String> columns, List<Line> lines) {

	private static final String READ = """
			table => ({
			  columns: [...table.querySelectorAll('thead th[data-code]')].map(th => th.innerText.trim()),
			  lines: [...table.querySelectorAll('tbody tr, tfoot tr')].map(tr => ({
			    label: tr.querySelector('th').innerText.trim(),
			    total: tr.parentElement.tagName === 'TFOOT',
			    values: [...tr.querySelectorAll('td')].map(td => td.getAttribute('data-value')),
			    shown: [...tr.querySelectorAll('td')].map(td => { const c = td.cloneNode(true); c.querySelectorAll('.skip').forEach(e => e.remove()); return c.textContent.trim(); })
			  }))
			})""";

	/**
	 * @param values each cell's figure, null when none is given (hidden)
	 * @param shown each cell's text as shown
	 */
	record Line(String label, boolean total, List<@Nullable BigDecimal> values, List<String> shown) {

	}

	@SuppressWarnings("unchecked")
	static DashboardTable read(Page page) {
		Map<String, Object> table = (Map<String, Object>) page.locator("table#report-table").evaluate(READ);
		List<Line> lines = new ArrayList<>();
		for (Map<String, Object> line : (List<Map<String, Object>>) table.get("lines")) {
			List<@Nullable BigDecimal> values = new ArrayList<>();
			for (Object value : (List<Object>) line.get("values")) {
				values.add((value == null || value.toString().isEmpty()) ? null : new BigDecimal(value.toString()));
			}
			lines.add(new Line((String) line.get("label"), (Boolean) line.get("total"), values,
					List.copyOf((List<String>) line.get("shown"))));
		}
		return new DashboardTable(List.copyOf((List<String>) table.get("columns")), List.copyOf(lines));
	}

	/** The rows of areas, without the totals. */
	List<Line> body() {
		return this.lines.stream().filter((line) -> !line.total()).toList();
	}

	Line totals() {
		return this.lines.stream()
			.filter(Line::total)
			.findFirst()
			.orElseThrow(() -> new AssertionError("The table has no totals row"));
	}

	Line line(String label) {
		return this.lines.stream()
			.filter((line) -> line.label().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("The table has no row " + label + ": " + this.lines));
	}

}
