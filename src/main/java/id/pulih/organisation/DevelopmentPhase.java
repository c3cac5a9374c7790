package id.pulih.organisation;

/** An IBM unit's development phase, set by periodic assessment (seed 003). */
public enum DevelopmentPhase {

	PRE_PHASE, PHASE_1_PILOT, PHASE_2_GROWTH, PHASE_3_DEVELOPMENT, PHASE_4_RESILIENCE, PHASE_5_PRIME

}
