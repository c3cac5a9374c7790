package id.pulih.evaluation;

/** Who answered an INSANI component. */
public enum InsaniRespondent {

	RECOVERY_AGENT, REHABILITATION_OFFICER, CLIENT, OTHER

}
