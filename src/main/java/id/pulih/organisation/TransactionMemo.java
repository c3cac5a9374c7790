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
 * same facility many times (a batch of visits: the visit's facility, then its stock)
 * reads it once. Outside a transaction nothing is kept. Forgotten whenever an
 * organisation is written and when the transaction ends; a transaction suspended for an
 * inner one keeps its memo to itself (the inner one reads afresh), so no reader sees
 * another transaction's state and nothing outlives its transaction.
 */
final class TransactionMemo {

	private final Object key = new Object();

	Optional<Organisation> find(UUID id, Function<UUID, Optional<Organisation>> loader) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			return loader.apply(id);
		}
		Memo memo = (Memo) TransactionSynchronizationManager.getResource(this.key);
		if (memo == null) {
			memo = new Memo();
			TransactionSynchronizationManager.bindResource(this.key, memo);
			TransactionSynchronizationManager.registerSynchronization(memo);
		}
		Optional<Organisation> known = memo.read.get(id);
		if (known == null) {
			known = loader.apply(id);
			memo.read.put(id, known);
		}
		return known;
	}

	void forget() {
		if (TransactionSynchronizationManager.getResource(this.key) instanceof Memo memo) {
			memo.read.clear();
		}
	}

	private final class Memo implements TransactionSynchronization {

		private final Map<UUID, Optional<Organisation>> read = new HashMap<>();

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this.key);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(TransactionMemo.this.key, this);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this.key);
		}

	}

}
