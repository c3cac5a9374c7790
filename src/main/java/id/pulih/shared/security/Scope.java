package id.pulih.shared.security;

import java.io.Serializable;
import java.util.UUID;

/**
 * What part of the country a user may see: everything (national), an organisation with
 * all its descendants, or an area (a province, regency, district or village by Kemendagri
 * code, with everything below it). Every query that returns scoped records filters by it.
 *
 * @param organisationId the organisation at the top of the scope (organisation scope)
 * @param organisationPath that organisation's materialised path, {@code /id/id/.../}
 * @param areaCode the area code at the top of the scope (area scope)
 */
public record Scope(Kind kind, UUID organisationId, String organisationPath, String areaCode) implements Serializable {

	public enum Kind {

		NATIONAL, ORGANISATION, AREA

	}

	public static Scope national() {
		return new Scope(Kind.NATIONAL, null, null, null);
	}

	public static Scope organisation(UUID id, String path) {
		return new Scope(Kind.ORGANISATION, id, path, null);
	}

	public static Scope area(String areaCode) {
		return new Scope(Kind.AREA, null, null, areaCode);
	}

	/** Whether an organisation with this path and area lies inside the scope. */
	public boolean covers(String path, String orgAreaCode) {
		return switch (this.kind) {
			case NATIONAL -> true;
			case ORGANISATION -> path != null && path.startsWith(this.organisationPath);
			case AREA -> orgAreaCode != null && orgAreaCode.startsWith(this.areaCode);
		};
	}

	/** Whether an area lies inside the scope (organisation scopes cover no bare area). */
	public boolean coversArea(String code) {
		return switch (this.kind) {
			case NATIONAL -> true;
			case ORGANISATION -> false;
			case AREA -> code != null && code.startsWith(this.areaCode);
		};
	}

	/**
	 * A SQL condition restricting an organisation table aliased {@code alias} (columns
	 * {@code path} and {@code area_code}) to this scope, with one positional parameter or
	 * none. Portable between H2 and PostgreSQL.
	 */
	public ScopeFilter organisationFilter(String alias) {
		return switch (this.kind) {
			case NATIONAL -> new ScopeFilter("1=1", null);
			case ORGANISATION -> new ScopeFilter(alias + ".path LIKE ?", this.organisationPath + "%");
			case AREA -> new ScopeFilter(alias + ".area_code LIKE ?", this.areaCode + "%");
		};
	}

	/** A SQL condition and its single parameter (null when the condition takes none). */
	public record ScopeFilter(String sql, String parameter) {

	}

}
