package si.utility.portal.platform.security;

import java.time.LocalDateTime;

/** Gives tests outside this package an {@link AttemptCount}, whose constructor the counter keeps to itself. */
public final class AttemptCountSamples {

    private AttemptCountSamples() {
    }

    public static AttemptCount of(String key, LocalDateTime lastAt) {
        return new AttemptCount(key, lastAt);
    }
}
