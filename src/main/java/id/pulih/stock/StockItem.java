package id.pulih.stock;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One item of the catalogue. The items services draw (see {@link Commodities}) are named
 * by the message keys {@code stock.item.<CODE>}; an item an administrator adds carries
 * its own Indonesian and English names.
 *
 * @param lowStockWeeks a facility's stock of the item is low when it would last fewer
 * weeks than this at its average use
 * @param active whether the item may still be received (stock already held may still be
 * issued)
 */
public record StockItem(String code, UnitOfIssue unitOfIssue, @Nullable String nameId, @Nullable String nameEn,
		int lowStockWeeks, boolean active) {

	/** The message key of a catalogue item's name. */
	public static String nameKey(String code) {
		return "stock.item." + code;
	}

	/** Whether the item was added by an administrator (named in its own columns). */
	public boolean custom() {
		return this.nameId != null;
	}

	/** The administrator's name in the language asked for (Indonesian by default). */
	public @Nullable String customName(Locale locale) {
		if (this.nameEn != null && "en".equals(locale.getLanguage())) {
			return this.nameEn;
		}
		return this.nameId;
	}

}
