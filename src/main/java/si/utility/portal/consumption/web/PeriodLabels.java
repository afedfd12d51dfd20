package si.utility.portal.consumption.web;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ResourceBundle;
import si.utility.portal.consumption.domain.PeriodConsumption;

/**
 * How a period reads on the chart's axis and in its data table, in the page's language: {@code jan. 2025},
 * {@code 1. četrtl. 2025}, {@code 2025} ({@code Jan 2025}, {@code Q1 2025}); a period readings do not fully
 * cover carries {@code *}, on the axis as in the table.
 */
final class PeriodLabels {

    private PeriodLabels() {
    }

    static String label(PeriodConsumption period, ResourceBundle texts) {
        String label = switch (period.kind()) {
            case MONTH -> DateTimeFormatter.ofPattern(texts.getString("readings.axis.month"), texts.getLocale())
                    .format(period.start());
            case QUARTER -> new MessageFormat(texts.getString("readings.axis.quarter"), texts.getLocale())
                    .format(new Object[] {String.valueOf(period.start().get(IsoFields.QUARTER_OF_YEAR)),
                            String.valueOf(period.start().getYear())});
            case YEAR -> String.valueOf(period.start().getYear());
        };
        return period.complete() ? label : label + " *";
    }
}
