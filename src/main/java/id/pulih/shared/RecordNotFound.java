package id.pulih.shared;

/**
 * A record that does not exist, or that exists outside the caller's scope: both answer
 * the same 404, so nobody learns that an out-of-scope record is there.
 */
public class RecordNotFound extends RuntimeException {

	public RecordNotFound(String what) {
		super(what + " not found");
	}

}
