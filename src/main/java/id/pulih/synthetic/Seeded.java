package id.pulih.synthetic;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A seeded random stream with the distributions the generator needs, and record ids: UUID
 * version 7 whose time is the record's own date (07:00 WIB plus the given minutes) and
 * whose other bits come from this stream, so a seed gives the same ids on every run.
 */
final class Seeded {

	private static final ZoneOffset WIB = ZoneOffset.ofHours(7);

	private final SplittableRandom random;

	Seeded(long seed, String stream, long index) {
		long mixed = seed * 0x9E3779B97F4A7C15L + stream.hashCode() * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
		this.random = new SplittableRandom(mixed);
	}

	double uniform() {
		return this.random.nextDouble();
	}

	int nextInt(int bound) {
		return this.random.nextInt(bound);
	}

	/** A whole number between from and to, both included. */
	int between(int from, int to) {
		return from + this.random.nextInt(to - from + 1);
	}

	boolean chance(double p) {
		return this.random.nextDouble() < p;
	}

	/** Standard normal (Box–Muller, so the stream is the same on every JDK). */
	double gaussian() {
		double u = 1.0 - this.random.nextDouble();
		double v = this.random.nextDouble();
		return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
	}

	double logNormal(double sigma) {
		return Math.exp(sigma * gaussian());
	}

	int poisson(double lambda) {
		if (lambda > 30) {
			return Math.max(0, (int) Math.round(lambda + Math.sqrt(lambda) * gaussian()));
		}
		double limit = Math.exp(-lambda);
		double product = this.random.nextDouble();
		int n = 0;
		while (product > limit) {
			product *= this.random.nextDouble();
			n++;
		}
		return n;
	}

	<T> T pick(T[] values) {
		return values[this.random.nextInt(values.length)];
	}

	/** An index drawn with Zipf weights (exponent 1) over n values: 0 most often. */
	int zipf(int n) {
		double harmonic = 0;
		for (int i = 1; i <= n; i++) {
			harmonic += 1.0 / i;
		}
		double target = this.random.nextDouble() * harmonic;
		double sum = 0;
		for (int i = 1; i <= n; i++) {
			sum += 1.0 / i;
			if (sum >= target) {
				return i - 1;
			}
		}
		return n - 1;
	}

	/** An index drawn by cumulative weights (the last element is the total). */
	int weighted(double[] cumulative) {
		double target = this.random.nextDouble() * cumulative[cumulative.length - 1];
		int low = 0;
		int high = cumulative.length - 1;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (cumulative[mid] <= target) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	/** A record id of the day (the minute orders records of one day). */
	UUID id(LocalDate date, int minute) {
		long millis = date.atStartOfDay().toInstant(WIB).toEpochMilli() + (7 * 60 + minute) * 60_000L
				+ this.random.nextInt(60_000);
		long msb = (millis << 16) | (0x7L << 12) | this.random.nextInt(1 << 12);
		long lsb = (this.random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(msb, lsb);
	}

	static double[] cumulative(double[] weights) {
		double[] cumulative = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			cumulative[i] = sum;
		}
		return cumulative;
	}

}
