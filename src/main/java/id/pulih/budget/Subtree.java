package id.pulih.budget;

import java.util.ArrayList;
import java.util.List;

import id.pulih.shared.security.Scope;
import org.jspecify.annotations.Nullable;

/**
 * The organisations a budget query covers, as SQL over the {@code organisation} table
 * aliased {@code o}: the caller's scope, narrowed to one organisation and its descendants
 * (a prefix of the materialised path) when one is chosen.
 *
 * @param path the chosen organisation's path, or null for the whole scope
 */
record Subtree(Scope scope, @Nullable String path) {

	/** The SQL condition (without WHERE). */
	String sql() {
		String condition = this.scope.organisationFilter("o").sql();
		return (this.path != null) ? condition + " AND o.path LIKE ?" : condition;
	}

	/** The condition's parameters, in order. */
	List<Object> parameters() {
		List<Object> parameters = new ArrayList<>(2);
		Scope.ScopeFilter filter = this.scope.organisationFilter("o");
		if (filter.parameter() != null) {
			parameters.add(filter.parameter());
		}
		if (this.path != null) {
			parameters.add(this.path + "%");
		}
		return parameters;
	}

}
