package id.pulih.harmreduction;

/** The result of a GeneXpert (TCM) test for tuberculosis and rifampicin resistance. */
public enum GeneXpertResult {

	MTB_NOT_DETECTED, MTB_DETECTED_RIF_SENSITIVE, MTB_DETECTED_RIF_RESISTANT, MTB_DETECTED_RIF_INDETERMINATE, INVALID;

	public String messageKey() {
		return "harmreduction.genexpert." + name();
	}

}
