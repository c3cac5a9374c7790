package id.pulih.stock;

/**
 * The unit an item is counted and handed out in; its label is the message key
 * {@code stock.unit.<NAME>}.
 */
public enum UnitOfIssue {

	PIECE, SACHET, TEST, MG, ML, COURSE, PACK, CARTRIDGE, DOSE, VIAL, BOTTLE, TABLET, BOX;

	public String messageKey() {
		return "stock.unit." + name();
	}

}
