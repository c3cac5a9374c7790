package id.pulih.geography;

import java.util.List;

import jakarta.annotation.security.PermitAll;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Kemendagri areas for integrations and offline clients. */
@RestController
@RequestMapping("/api/v1/areas")
@Tag(name = "Areas")
class AreaApi {

	private final Areas areas;

	AreaApi(Areas areas) {
		this.areas = areas;
	}

	@PermitAll
	@GetMapping
	@Operation(summary = "Search areas by name or code prefix")
	List<AreaView> search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) AreaLevel level,
			@RequestParam(required = false) String within, @RequestParam(defaultValue = "20") int limit) {
		return this.areas.search(q, level, within, Math.clamp(limit, 1, 100)).stream().map(AreaView::of).toList();
	}

	@PermitAll
	@GetMapping("/{code}")
	@Operation(summary = "One area, with its time zone")
	AreaView get(@PathVariable String code) {
		return AreaView.of(this.areas.get(code));
	}

	@PermitAll
	@GetMapping("/{code}/children")
	@Operation(summary = "The areas directly below one")
	List<AreaView> children(@PathVariable String code) {
		this.areas.get(code);
		return this.areas.children(code).stream().map(AreaView::of).toList();
	}

	record AreaView(String code, AreaLevel level, String name, String parentCode, String label, String timeZone) {

		static AreaView of(Area area) {
			return new AreaView(area.code(), area.level(), area.name(), area.parentCode(), area.label(),
					area.timeZone().name());
		}

	}

}
