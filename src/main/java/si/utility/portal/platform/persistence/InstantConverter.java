package si.utility.portal.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} field as an SQL TIMESTAMP holding its UTC wall time, whatever the JVM's zone.
 * JPA 3.1 has no mapping for Instant (EclipseLink 4 would serialize it into a binary column no query can
 * compare), and a {@link java.sql.Timestamp} is written in the JVM's default zone: nodes in different zones
 * would then disagree on every expiry, and the hour repeated when clocks go back would be stored twice alike.
 * EclipseLink applies the converter to a query parameter compared with such a field, so queries pass Instants.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime utcWallTime) {
        return utcWallTime == null ? null : utcWallTime.toInstant(ZoneOffset.UTC);
    }
}
