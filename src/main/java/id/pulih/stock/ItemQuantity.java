package id.pulih.stock;

/**
 * A quantity of one catalogue item, in the item's unit of issue.
 *
 * @param itemCode a catalogue code (see {@link Commodities})
 * @param quantity how many, more than zero
 */
public record ItemQuantity(String itemCode, long quantity) {

}
