package id.pulih.reporting;

import java.util.Arrays;
import java.util.Optional;

/** The published reports, by the id in their address. */
public enum ReportKind {

	/** Key figures of the selection, per child area: the dashboard's table. */
	OVERVIEW("overview"),
	/** Seed 003: IBM unit distribution per year. */
	IBM_UNITS("ibm-units"),
	/** Seed 003: IBM activities and services per year, with totals. */
	IBM_ACTIVITIES("ibm-activities"),
	/** WHOQOL-BREF mean change per domain. */
	WHOQOL("whoqol"),
	/** Units per development phase at the end of the period. */
	PHASES("phases"),
	/** INSANI compliance categories. */
	COMPLIANCE("compliance"),
	/** Community benefit survey means. */
	BENEFIT("benefit"),
	/** WHO/UNODC/UNAIDS harm reduction indicators. */
	HARM_REDUCTION_INDICATORS("hr-indicators"),
	/** The monthly Puskesmas harm reduction report. */
	HARM_REDUCTION_MONTHLY("hr-monthly"),
	/** Commodities issued by item and funding source. */
	COMMODITIES("commodities"),
	/** Budget allocated and realised by funding source. */
	BUDGET("budget");

	private final String id;

	ReportKind(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

	public static Optional<ReportKind> of(String id) {
		return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
	}

}
