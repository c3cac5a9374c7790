package id.pulih.instrument;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.pulih.shared.security.PulihUser;
import org.jspecify.annotations.Nullable;

/**
 * Administrator-defined instruments: drafted, published as immutable versions, retired,
 * and scored. Implemented by the instrument module.
 */
public interface CustomInstruments {

	/** The newest published version of the instrument with this code. */
	Optional<CustomInstrument> published(String code);

	/**
	 * A version by id, whatever its status (old responses are shown with their version).
	 */
	Optional<CustomInstrument> version(UUID versionId);

	/** Every version of every instrument, newest first per code. */
	List<CustomInstrument> all();

	/**
	 * Scores answers (item code to value) against a published or retired version.
	 * @throws id.pulih.shared.RuleViolation for an unknown item code or a value outside
	 * the item's range (field: the item code), or a draft version
	 */
	CustomScore score(UUID versionId, Map<String, Integer> answers);

	/**
	 * Publishes a complete definition as a new version (the next number for its code),
	 * for a module that ships a default: does nothing and answers the existing version
	 * when the newest published version of that code has the same content.
	 * @param definition id, version and status are ignored
	 * @param by an administrator, or null for what Pulih ships at start-up
	 */
	CustomInstrument publishShipped(CustomInstrument definition, @Nullable PulihUser by);

}
