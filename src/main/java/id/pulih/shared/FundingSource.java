package id.pulih.shared;

/**
 * Where money or commodities come from (seed 000: APBD and APBN; IBM units: village fund,
 * CSR).
 */
public enum FundingSource {

	APBD, APBN, VILLAGE_FUND, CSR, DONOR, OTHER

}
