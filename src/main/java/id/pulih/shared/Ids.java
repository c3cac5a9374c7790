package id.pulih.shared;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered UUIDs (RFC 9562 version 7). A client may create them itself before it
 * reaches the server, so a write can be retried with the same id.
 */
public final class Ids {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Ids() {
	}

	public static UUID newId() {
		return newId(System.currentTimeMillis());
	}

	static UUID newId(long epochMillis) {
		long randA = RANDOM.nextInt(1 << 12);
		long msb = (epochMillis << 16) | (0x7L << 12) | randA;
		long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(msb, lsb);
	}

	/** Parses a UUID from user input, or returns null when it is not one. */
	public static UUID parseOrNull(String text) {
		if (text == null || text.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
