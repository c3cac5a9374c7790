package id.pulih.client;

/**
 * Why a worker opens a client's identifying details; recorded with every view. OTHER
 * needs a short explanation.
 */
enum RevealReason {

	SERVICE, REFERRAL, FOLLOW_UP, OTHER

}
