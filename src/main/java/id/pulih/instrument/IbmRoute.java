package id.pulih.instrument;

/**
 * Where a screened client goes in the IBM pathway: low overall risk stays with the IBM
 * unit's services; moderate or high risk is referred to a clinic, IPWL or rehabilitation
 * institution (the unit still follows the referral).
 */
public enum IbmRoute {

	IBM_SERVICES, REFERRAL;

	static IbmRoute forRisk(RiskLevel overallRisk) {
		return (overallRisk == RiskLevel.LOW) ? IBM_SERVICES : REFERRAL;
	}

	public String messageKey() {
		return "instrument.assist.route." + name();
	}

}
