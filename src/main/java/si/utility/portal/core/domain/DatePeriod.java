package si.utility.portal.core.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The days from {@code first} to {@code last}, both inclusive; {@code last} is {@code null} for a period that has
 * not ended. The one place that computes overlaps of date ranges (occupancies, meter lives, consumption
 * intervals, chart periods).
 */
public record DatePeriod(LocalDate first, LocalDate last) {

    public DatePeriod {
        Objects.requireNonNull(first, "first");
        if (last != null && last.isBefore(first)) {
            throw new IllegalArgumentException("Period ends " + last + " before it starts " + first);
        }
    }

    /** The days {@code [start, end)}; empty when {@code end} is not after {@code start}. */
    public static Optional<DatePeriod> halfOpen(LocalDate start, LocalDate end) {
        return end.isAfter(start) ? Optional.of(new DatePeriod(start, end.minusDays(1))) : Optional.empty();
    }

    public boolean isOpen() {
        return last == null;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && (last == null || !day.isAfter(last));
    }

    public Optional<DatePeriod> intersection(DatePeriod other) {
        LocalDate start = first.isAfter(other.first) ? first : other.first;
        LocalDate end = last == null ? other.last
                : other.last == null || last.isBefore(other.last) ? last : other.last;
        return end != null && end.isBefore(start) ? Optional.empty() : Optional.of(new DatePeriod(start, end));
    }

    public boolean overlaps(DatePeriod other) {
        return intersection(other).isPresent();
    }

    /** How many days this period and {@code other} share; at least one of them must have ended. */
    public long overlapDays(DatePeriod other) {
        return intersection(other).map(DatePeriod::days).orElse(0L);
    }

    /** The number of days; only for a period that has ended. */
    public long days() {
        if (last == null) {
            throw new IllegalStateException("An open period has no number of days");
        }
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** This period and the day before it. */
    public DatePeriod withDayBefore() {
        return new DatePeriod(first.minusDays(1), last);
    }

    /** The two periods overlap or one starts the day after the other ends: together they are one period. */
    public boolean joins(DatePeriod later) {
        return last == null || !later.first.isAfter(last.plusDays(1));
    }
}
