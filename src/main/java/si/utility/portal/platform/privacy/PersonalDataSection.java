package si.utility.portal.platform.privacy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One feature's part of the GDPR export: every feature that stores personal data about a portal account
 * contributes a CDI bean of this type, so the export grows with the features instead of knowing them all.
 */
public interface PersonalDataSection {

    /** The section's key in the exported JSON object, e.g. "contactMessages". */
    String key();

    /** Only this account's data; {@code payerId} is the account's payer, for data kept per payer. */
    JsonValue export(long accountId, long payerId);

    /** A JSON array with one object per row. */
    static <T> JsonArray arrayOf(Stream<T> rows, Function<T, JsonObjectBuilder> row) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        rows.forEach(r -> array.add(row.apply(r)));
        return array.build();
    }

    /** Dates, times, codes and texts as JSON strings; a missing value as JSON null. */
    static JsonValue text(Object value) {
        return value == null ? JsonValue.NULL : Json.createValue(value.toString());
    }
}
