package si.utility.portal.consumption.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import si.utility.portal.consumption.domain.ConsumptionInterval;
import si.utility.portal.consumption.domain.LeakWarning;
import si.utility.portal.consumption.domain.MeterReading;
import si.utility.portal.consumption.domain.YearToDate;
import si.utility.portal.consumption.service.ConsumptionPointService.MeterSummary;
import si.utility.portal.consumption.service.ConsumptionPointService.PointDetails;
import si.utility.portal.core.domain.Medium;
import si.utility.portal.core.domain.Meter;
import si.utility.portal.core.domain.PayerPoint;
import si.utility.portal.core.domain.UtilityService;

/**
 * The overview's card per consumption point: address, services, the latest reading, this year's use beside the
 * same days last year, and the leak warning. The points' meters, services and latest readings are one statement
 * each for all points; a point's medium costs one more (two years of readings), however long its history.
 */
@ApplicationScoped
public class PointOverviewService {

    @Inject
    ConsumptionPointService points;

    @Inject
    ReadingService readings;

    @Inject
    ConsumptionSettings settings;

    @Inject
    Clock clock;

    /** What one medium of the point used this year, and whether its latest interval looks like a leak. */
    public record MediumUse(Medium medium, Optional<YearToDate> yearToDate, Optional<LeakWarning> leakWarning) {
    }

    /** The point as the payer has it (with their period, for a point that is no longer theirs). */
    public record PointCard(PayerPoint point, List<String> services, boolean readingEntryPossible,
            Optional<MeterReading> lastReading, List<MediumUse> media) {

        public boolean leakSuspected() {
            return media.stream().anyMatch(use -> use.leakWarning().isPresent());
        }
    }

    @Transactional
    public List<PointCard> cards(long payerId) {
        LocalDate today = LocalDate.now(clock);
        return points.details(points.findForPayer(payerId)).stream().map(details -> card(details, today)).toList();
    }

    private PointCard card(PointDetails details, LocalDate today) {
        PayerPoint point = details.point();
        List<MeterSummary> installed = details.meters().stream().filter(MeterSummary::isActive).toList();
        Optional<MeterReading> lastReading = installed.stream()
                .flatMap(meter -> meter.lastReading().stream())
                .max(Comparator.comparing(MeterReading::getReadingDate).thenComparing(MeterReading::getId));
        List<Meter> meters = details.meters().stream().map(MeterSummary::meter).toList();
        List<MediumUse> media = installed.stream().map(meter -> meter.meter().getMedium()).distinct().sorted()
                .map(medium -> use(point, meters, medium, today))
                .toList();
        return new PointCard(point, details.services().stream().map(UtilityService::getName).toList(),
                details.readingEntryPossible(), lastReading, media);
    }

    /** Two years of intervals: the leak warning needs them for "usual", this year's comparison the year before. */
    private MediumUse use(PayerPoint point, List<Meter> meters, Medium medium, LocalDate today) {
        List<ConsumptionInterval> intervals = readings.intervals(point, meters, medium, today.minusYears(2), today);
        return new MediumUse(medium, YearToDate.of(intervals, today),
                LeakWarning.check(intervals, today, settings.leakFactor()));
    }
}
