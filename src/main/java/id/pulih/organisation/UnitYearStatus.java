package id.pulih.organisation;

/** Whether a unit was newly formed in a year or developed (supervised further). */
public enum UnitYearStatus {

	FORMED, DEVELOPED

}
