package id.pulih.organisation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import id.pulih.shared.TransactionScoped;

/**
 * Organisations already read in the current transaction, so that a command touching the
 * same facility many times (a batch of visits: the visit's facility, then its stock)
 * reads it once. Outside a transaction nothing is kept. Forgotten whenever an
 * organisation is written and when the transaction ends; an inner transaction reads
 * afresh ({@link TransactionScoped}), so no reader sees another transaction's state.
 */
final class TransactionMemo {

	private final TransactionScoped<Map<UUID, Optional<Organisation>>> read = new TransactionScoped<>(HashMap::new,
			read -> {
			});

	Optional<Organisation> find(UUID id, Function<UUID, Optional<Organisation>> loader) {
		Map<UUID, Optional<Organisation>> memo = this.read.current();
		if (memo == null) {
			return loader.apply(id);
		}
		Optional<Organisation> known = memo.get(id);
		if (known == null) {
			known = loader.apply(id);
			memo.put(id, known);
		}
		return known;
	}

	void forget() {
		Map<UUID, Optional<Organisation>> memo = this.read.existing();
		if (memo != null) {
			memo.clear();
		}
	}

}
