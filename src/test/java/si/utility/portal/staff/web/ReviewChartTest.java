package si.utility.portal.staff.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import si.utility.portal.consumption.domain.ReadingSource;
import si.utility.portal.consumption.domain.ReadingStatus;
import si.utility.portal.consumption.service.ReadingReview.HistoryRow;

class ReviewChartTest {

    @Test
    void theReadingsRunOldestFirstAndTheOneUnderReviewIsMarked() {
        List<HistoryRow> newestFirst = List.of(
                new HistoryRow(LocalDate.of(2026, 11, 30), new BigDecimal("990.5"), ReadingSource.PORTAL,
                        ReadingStatus.PENDING_REVIEW),
                new HistoryRow(LocalDate.of(2026, 10, 31), new BigDecimal("131.2"), ReadingSource.UTILITY,
                        ReadingStatus.ACCEPTED));

        JsonObject chart = Json.createReader(new StringReader(ReviewChart.json(newestFirst,
                DateTimeFormatter.ofPattern("dd. MM. yyyy"), "Stanje (m³)"))).readObject();

        JsonObject data = chart.getJsonObject("data");
        assertThat(data.getJsonArray("labels").getValuesAs(JsonString::getString))
                .containsExactly("31. 10. 2026", "30. 11. 2026");
        JsonObject series = data.getJsonArray("datasets").getJsonObject(0);
        assertThat(series.getString("label")).isEqualTo("Stanje (m³)");
        assertThat(series.getJsonArray("data").getJsonNumber(1).bigDecimalValue()).isEqualByComparingTo("990.5");
        assertThat(series.getJsonArray("pointRadius").getInt(0)).isLessThan(series.getJsonArray("pointRadius").getInt(1));
        assertThat(series.getJsonArray("pointBackgroundColor").getString(0))
                .isNotEqualTo(series.getJsonArray("pointBackgroundColor").getString(1));
    }
}
