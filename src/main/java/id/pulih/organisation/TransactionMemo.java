package id.pulih.organisation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Organisations already read in the current transaction, so that a command touching the
 * same facility many times (a batch of visits: the visit's facility, then its stock) reads
 * it once. Outside a transaction nothing is kept. Forgotten whenever an organisation is
 * written and when the transaction ends, so no reader sees a stale organisation and nothing
 * outlives its transaction.
 */
final class TransactionMemo {

	private final Object key = new Object();

	@SuppressWarnings("unchecked")
	Optional<Organisation> find(UUID id, Function<UUID, Optional<Organisation>> loader) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return loader.apply(id);
		}
		Map<UUID, Optional<Organisation>> memo = (Map<UUID, Optional<Organisation>>) TransactionSynchronizationManager
			.getResource(this.key);
		if (memo == null) {
			memo = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this.key, memo);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this.key);
				}

			});
		}
		Optional<Organisation> known = memo.get(id);
		if (known == null) {
			known = loader.apply(id);
			memo.put(id, known);
		}
		return known;
	}

	void forget() {
		Object memo = TransactionSynchronizationManager.getResource(this.key);
		if (memo instanceof Map<?, ?> map) {
			map.clear();
		}
	}

}
