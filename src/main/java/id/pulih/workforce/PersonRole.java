package id.pulih.workforce;

/**
 * What a person does in the programmes (DOMAIN.md, "Who uses it"). Recovery agents and
 * unit chairs belong to an IBM unit; rehabilitation officers to a BNN office.
 */
public enum PersonRole {

	RECOVERY_AGENT, UNIT_CHAIR, FIELD_OFFICER, PEER_SUPPORT_OFFICER, HEALTH_WORKER, REHABILITATION_OFFICER

}
