package si.utility.portal.core.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The days a consumption point was one payer's (their {@link PointOccupancy occupancies}, adjoining ones joined),
 * and so which of its readings the payer sees. A reading is dated on the day whose use it closes; the reading on
 * the day before a move-in (the move-out reading of the previous occupant, dated on their last day) is the
 * first one of the new occupant, who needs it as the start of their first interval. So a payer sees the
 * readings dated from the day before each of their periods to its last day ({@link #readingDays()}); readings of
 * two periods of one payer (a point that moved away and back) never form one interval ({@link #readingSeries}).
 */
public final class PayerPeriods {

    private final List<DatePeriod> periods;

    private PayerPeriods(List<DatePeriod> periods) {
        this.periods = periods;
    }

    public static PayerPeriods of(Collection<DatePeriod> occupancies) {
        List<DatePeriod> sorted = new ArrayList<>(occupancies);
        sorted.sort(Comparator.comparing(DatePeriod::first));
        List<DatePeriod> joined = new ArrayList<>();
        for (DatePeriod period : sorted) {
            int lastIndex = joined.size() - 1;
            if (lastIndex >= 0 && joined.get(lastIndex).joins(period)) {
                DatePeriod previous = joined.get(lastIndex);
                LocalDate end = previous.last() == null || period.last() == null ? null
                        : previous.last().isAfter(period.last()) ? previous.last() : period.last();
                joined.set(lastIndex, new DatePeriod(previous.first(), end));
            } else {
                joined.add(period);
            }
        }
        return new PayerPeriods(List.copyOf(joined));
    }

    public static PayerPeriods ofOccupancies(Collection<PointOccupancy> occupancies) {
        return of(occupancies.stream().map(PointOccupancy::period).toList());
    }

    /** Oldest first; never overlapping or adjoining. */
    public List<DatePeriod> periods() {
        return periods;
    }

    public boolean isEmpty() {
        return periods.isEmpty();
    }

    /** The point is the payer's today: only then may they report a reading. */
    public boolean isCurrent(LocalDate today) {
        return current(today).isPresent();
    }

    public Optional<DatePeriod> current(LocalDate today) {
        return periods.stream().filter(p -> p.contains(today)).findFirst();
    }

    /** The first day that was the payer's, or empty when it was theirs before the portal knew of it. */
    public Optional<LocalDate> since() {
        return periods.isEmpty() || !periods.get(0).first().isAfter(PointOccupancy.SINCE_EVER) ? Optional.empty()
                : Optional.of(periods.get(0).first());
    }

    /** The last day that was the payer's, or empty while the point still is theirs. */
    public Optional<LocalDate> until() {
        return periods.isEmpty() ? Optional.empty() : Optional.ofNullable(periods.get(periods.size() - 1).last());
    }

    /** The days whose readings the payer sees: each period with the day before it (the move-in reading). */
    public List<DatePeriod> readingDays() {
        return periods.stream().map(DatePeriod::withDayBefore).toList();
    }

    /** Which of the {@link #readingDays()} a reading of this day belongs to; empty when the payer does not see it. */
    public OptionalInt readingSeries(LocalDate day) {
        List<DatePeriod> days = readingDays();
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i).contains(day)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    public boolean seesReadingOn(LocalDate day) {
        return readingSeries(day).isPresent();
    }

    /** Something that lasted {@code period} (a meter's life) was there while the point was the payer's. */
    public boolean overlaps(DatePeriod period) {
        return readingDays().stream().anyMatch(period::overlaps);
    }

    @Override
    public String toString() {
        return periods.toString();
    }
}
