package id.pulih.stock;

/**
 * Codes of the catalogue items that services draw automatically (DOMAIN.md, "Commodities
 * and budgets"). The catalogue itself holds these and any item an administrator adds;
 * these codes never change.
 */
public final class Commodities {

	/** Sterile needle and syringe, unit: piece. */
	public static final String SYRINGE = "SYRINGE";

	/** Condom, unit: piece. */
	public static final String CONDOM = "CONDOM";

	/** Lubricant sachet, unit: sachet. */
	public static final String LUBRICANT = "LUBRICANT";

	/** HIV rapid test kit, unit: test. */
	public static final String HIV_TEST_KIT = "HIV_TEST_KIT";

	/** Methadone oral solution, unit: mg. */
	public static final String METHADONE = "METHADONE";

	/** STI treatment course, unit: course. */
	public static final String STI_MEDICINE = "STI_MEDICINE";

	/** TB treatment (one month's supply), unit: pack. */
	public static final String TB_MEDICINE = "TB_MEDICINE";

	/** GeneXpert (TCM) cartridge, unit: cartridge. */
	public static final String GENEXPERT_CARTRIDGE = "GENEXPERT_CARTRIDGE";

	/** Hepatitis B vaccine, unit: dose. */
	public static final String HEPATITIS_B_VACCINE = "HEPATITIS_B_VACCINE";

	/** Hepatitis B or C rapid test, unit: test. */
	public static final String HEPATITIS_TEST = "HEPATITIS_TEST";

	private Commodities() {
	}

}
