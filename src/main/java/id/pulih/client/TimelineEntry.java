package id.pulih.client;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One thing that happened to a client.
 *
 * @param messageKey the text's message key, in the contributing module's bundle
 * @param arguments the message's arguments, already formatted
 * @param link where the entry's record is shown, or null
 */
public record TimelineEntry(LocalDate date, String messageKey, List<String> arguments, @Nullable String link) {

}
