package id.pulih.activity;

/** What a cadre development did */
public enum CadreAction {

	RECRUITED, APPOINTED, REPLACED;

	public String messageKey() {
		return "activity. recruit an agent, appoint one by decree, or replace an inactive one.:cadre." + name();
	}

}
