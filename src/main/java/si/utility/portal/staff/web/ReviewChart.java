package si.utility.portal.staff.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import si.utility.portal.consumption.domain.ReadingStatus;
import si.utility.portal.consumption.service.ReadingReview.HistoryRow;

/**
 * The meter's recent readings as a line chart (Chart.js configuration for {@code p:chart}), oldest first, so that
 * a clerk sees at a glance whether the reading under review (its point drawn in another colour) breaks the line.
 */
final class ReviewChart {

    private static final String READING = "#005a8c";
    private static final String UNDER_REVIEW = "#b35900";

    private ReviewChart() {
    }

    static String json(List<HistoryRow> history, DateTimeFormatter dates, String seriesLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        JsonArrayBuilder radii = Json.createArrayBuilder();
        for (HistoryRow row : history.stream().sorted(Comparator.comparing(HistoryRow::date)).toList()) {
            boolean underReview = row.status() == ReadingStatus.PENDING_REVIEW;
            labels.add(dates.format(row.date()));
            values.add(row.value());
            colours.add(underReview ? UNDER_REVIEW : READING);
            radii.add(underReview ? 7 : 3);
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", seriesLabel).add("data", values).add("borderColor", READING)
                                .add("pointBackgroundColor", colours).add("pointBorderColor", colours)
                                .add("pointRadius", radii))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false))
                .build().toString();
    }
}
