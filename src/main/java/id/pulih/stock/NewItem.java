package id.pulih.stock;

import org.jspecify.annotations.Nullable;

/**
 * A catalogue item an administrator adds.
 *
 * @param code upper-case letters, digits and underscores, e.g. {@code NALOXONE}
 * @param lowStockWeeks null for the default of 4
 */
public record NewItem(@Nullable String code, @Nullable String nameId, @Nullable String nameEn,
		@Nullable UnitOfIssue unitOfIssue, @Nullable Integer lowStockWeeks) {

}
