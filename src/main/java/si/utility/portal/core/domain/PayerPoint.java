package si.utility.portal.core.domain;

import java.time.LocalDate;

/**
 * A consumption point as one payer may see it: the point and the days it was theirs. Services take this, not a
 * bare point, so every query of the point's readings has the periods at hand. The getters serve the pages.
 */
public record PayerPoint(long payerId, ConsumptionPoint point, PayerPeriods periods) {

    public Long getId() {
        return point.getId();
    }

    public String getCode() {
        return point.getCode();
    }

    public String getStreet() {
        return point.getStreet();
    }

    public String getPostCode() {
        return point.getPostCode();
    }

    public String getCity() {
        return point.getCity();
    }

    public boolean isMetered() {
        return point.isMetered();
    }

    /** The first day that was the payer's, or {@code null} when it was theirs since before the portal. */
    public LocalDate getSince() {
        return periods.since().orElse(null);
    }

    /** The last day that was the payer's, or {@code null} while it still is. */
    public LocalDate getUntil() {
        return periods.until().orElse(null);
    }
}
