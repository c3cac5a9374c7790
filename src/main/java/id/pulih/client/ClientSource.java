package id.pulih.client;

/**
 * How a client came to the programme (DOMAIN.md, "The IBM recovery pathway"): found by
 * outreach, came by themselves, referred by an organisation (a BNNP/BNNK clinic, a
 * Puskesmas or IPWL, an LRIP/LRKM), or referred for aftercare (bina lanjut) after
 * finishing rehabilitation at a clinic, LRIP/LRKM or prison. The last two name that
 * organisation.
 */
public enum ClientSource {

	OUTREACH, SELF_REFERRAL, REFERRAL, AFTERCARE;

	/** Whether the source names the organisation the client came from. */
	public boolean needsOrganisation() {
		return this == REFERRAL || this == AFTERCARE;
	}

}
