package id.pulih.synthetic;

/**
 * The sizes of the synthetic data set, in one table. {@code areaPrefix} selects the areas
 * (a Kemendagri code prefix; empty for the whole country). Service events (visit
 * services, methadone doses, recovery sessions) follow from the visits and clients: about
 * twice the visits.
 *
 * <pre>
 * size  area                       IBM units  agents  clients    Puskesmas  visits
 * T     Kabupaten Bogor (32.01)            4      12        300          2     1,500   (tests only)
 * S     Kabupaten Bogor (32.01)           40     120     10,000         20    50,000
 * M     Jawa Barat (32)                1,000   3,000    100,000        300   500,000
 * L     Indonesia (all provinces)     10,000  30,000  1,000,000      3,000 5,000,000
 * </pre>
 */
public enum SyntheticSize {

	/** A tiny data set for tests. */
	T("32.01", 4, 12, 300, 2, 1_500),

	S("32.01", 40, 120, 10_000, 20, 50_000),

	M("32", 1_000, 3_000, 100_000, 300, 500_000),

	L("", 10_000, 30_000, 1_000_000, 3_000, 5_000_000);

	/** Share of the clients registered at IBM units; the rest come to Puskesmas. */
	public static final double IBM_SHARE = 0.3;

	private final String areaPrefix;

	private final int units;

	private final int agents;

	private final int clients;

	private final int puskesmas;

	private final int visits;

	SyntheticSize(String areaPrefix, int units, int agents, int clients, int puskesmas, int visits) {
		this.areaPrefix = areaPrefix;
		this.units = units;
		this.agents = agents;
		this.clients = clients;
		this.puskesmas = puskesmas;
		this.visits = visits;
	}

	public String areaPrefix() {
		return this.areaPrefix;
	}

	public int units() {
		return this.units;
	}

	public int agents() {
		return this.agents;
	}

	public int clients() {
		return this.clients;
	}

	public int puskesmas() {
		return this.puskesmas;
	}

	public int visits() {
		return this.visits;
	}

	/** Clients registered at IBM units. */
	public int ibmClients() {
		return (int) Math.round(this.clients * IBM_SHARE);
	}

	/** Clients registered at Puskesmas. */
	public int puskesmasClients() {
		return this.clients - ibmClients();
	}

}
