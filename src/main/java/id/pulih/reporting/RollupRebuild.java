package id.pulih.reporting;

import id.pulih.reporting.rollup.Rollups;

import org.springframework.stereotype.Component;

/**
 * Recomputes every report rollup at once, for a module that has just written records in
 * bulk outside the services (whose timestamps the periodic refresh does not look for).
 */
@Component
public class RollupRebuild {

	private final Rollups rollups;

	RollupRebuild(Rollups rollups) {
		this.rollups = rollups;
	}

	/** Recomputes every figure of every organisation, in one transaction. */
	public void rebuild() {
		this.rollups.rebuild();
	}

}
