package id.pulih.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.pulih.shared.security.Scope;
import org.jspecify.annotations.Nullable;

/**
 * What a report is about: the nation, an area (province, regency, district or village, by
 * Kemendagri code) or an organisation with everything below it.
 *
 * @param code {@code ID} for the nation, the area code, or the organisation's code
 * @param name the area's or organisation's name
 * @param organisationId the organisation (organisation selections only)
 * @param path the organisation's materialised path (organisation selections only)
 * @param areaCode the organisation's own area (organisation selections only)
 */
public record Selection(Kind kind, String code, String name, @Nullable UUID organisationId, @Nullable String path,
		@Nullable String areaCode) {

	public enum Kind {

		NATIONAL, AREA, ORGANISATION

	}

	/** The code DHIS2 mappings and exports use for the nation. */
	public static final String NATION = "ID";

	/**
	 * A SQL condition on {@code organisation o} selecting the organisations covered
	 * (voided organisations, registered in error, count for nothing).
	 */
	public String condition() {
		return switch (this.kind) {
			case NATIONAL -> "o.voided_at IS NULL";
			case AREA -> "o.voided_at IS NULL AND (o.area_code = ? OR o.area_code LIKE ?)";
			case ORGANISATION -> "o.voided_at IS NULL AND o.path LIKE ?";
		};
	}

	/** The condition's parameters. */
	public List<Object> parameters() {
		List<Object> parameters = new ArrayList<>(2);
		switch (this.kind) {
			case NATIONAL -> {
			}
			case AREA -> {
				parameters.add(this.code);
				parameters.add(this.code + ".%");
			}
			case ORGANISATION -> parameters.add(this.path + "%");
		}
		return parameters;
	}

	/** Whether a user with this scope may see exact figures of the selection. */
	public boolean within(Scope scope) {
		return switch (this.kind) {
			case NATIONAL -> scope.kind() == Scope.Kind.NATIONAL;
			case AREA -> scope.coversArea(this.code);
			case ORGANISATION -> scope.covers(this.path, this.areaCode);
		};
	}

	/**
	 * The scope that covers exactly this selection, for reports that other modules
	 * compute over a scope.
	 */
	public Scope asScope() {
		return switch (this.kind) {
			case NATIONAL -> Scope.national();
			case AREA -> Scope.area(this.code);
			case ORGANISATION -> Scope.organisation(this.organisationId, this.path);
		};
	}

	/** The area whose population estimates apply: the nation, the area, or none. */
	public @Nullable String estimateArea() {
		return switch (this.kind) {
			case NATIONAL -> NATION;
			case AREA -> this.code;
			case ORGANISATION -> null;
		};
	}

}
