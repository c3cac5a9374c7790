package id.pulih.budget;

import java.util.Locale;

import id.pulih.stock.Commodities;
import org.jspecify.annotations.Nullable;

/**
 * What a budget pays for. The first six are the activities seed 000 lists as paid from
 * the regional budget (APBD), some with medicines from the national budget (APBN):
 * syringes for the sterile syringe service, HIV counselling and testing, condoms,
 * prevention of sexual transmission (STI), communication, information and education
 * (KIE), and TB prevention, diagnosis and treatment.
 * <p>
 * {@link #HEPATITIS}, {@link #METHADONE} and {@link #OTHER} are additions of Pulih, not
 * in seed 000: hepatitis and methadone are harm reduction services with their own
 * commodities (DOMAIN.md), and OTHER takes whatever else a receipt or cost pays for.
 */
public enum BudgetLine {

	/** Syringes for the sterile needle and syringe service (seed 000). */
	SYRINGES,
	/** HIV counselling and testing (seed 000). */
	HIV_TESTING,
	/** Condoms (and lubricant) (seed 000). */
	CONDOMS,
	/** Prevention of sexually transmitted infections (seed 000). */
	STI_PREVENTION,
	/** Communication, information and education (seed 000). */
	KIE,
	/** TB prevention, diagnosis (GeneXpert/TCM) and treatment (seed 000). */
	TB,
	/** Hepatitis vaccination, tests and therapy: an addition, not in seed 000. */
	HEPATITIS,
	/** Methadone (opioid substitution therapy): an addition, not in seed 000. */
	METHADONE,
	/** Anything else: an addition, not in seed 000. */
	OTHER;

	/** The label's message key. */
	public String messageKey() {
		return "budget.line." + name();
	}

	/** The line a commodity's receipts count against; unknown items count as OTHER. */
	public static BudgetLine forItem(@Nullable String itemCode) {
		if (itemCode == null) {
			return OTHER;
		}
		return switch (itemCode) {
			case Commodities.SYRINGE -> SYRINGES;
			case Commodities.CONDOM, Commodities.LUBRICANT -> CONDOMS;
			case Commodities.HIV_TEST_KIT -> HIV_TESTING;
			case Commodities.STI_MEDICINE -> STI_PREVENTION;
			case Commodities.TB_MEDICINE, Commodities.GENEXPERT_CARTRIDGE -> TB;
			case Commodities.HEPATITIS_B_VACCINE, Commodities.HEPATITIS_TEST -> HEPATITIS;
			case Commodities.METHADONE -> METHADONE;
			default -> OTHER;
		};
	}

	/** The line named by its code (any case), or null when there is none by that name. */
	public static @Nullable BudgetLine parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
