package si.utility.portal.consumption.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import si.utility.portal.consumption.domain.PeriodConsumption;
import si.utility.portal.consumption.domain.PeriodKind;

class PeriodLabelsTest {

    private static final ResourceBundle SLOVENIAN = ResourceBundle.getBundle("si.utility.portal.i18n.messages",
            Locale.forLanguageTag("sl"));
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("si.utility.portal.i18n.messages",
            Locale.ENGLISH);

    @Test
    void periodsAreNamedInSlovenian() {
        assertThat(PeriodLabels.label(period(PeriodKind.MONTH, 2025, 1, true), SLOVENIAN)).isEqualTo("jan. 2025");
        assertThat(PeriodLabels.label(period(PeriodKind.MONTH, 2025, 5, true), SLOVENIAN)).isEqualTo("maj 2025");
        assertThat(PeriodLabels.label(period(PeriodKind.QUARTER, 2025, 1, true), SLOVENIAN))
                .isEqualTo("1. četrtl. 2025");
        assertThat(PeriodLabels.label(period(PeriodKind.QUARTER, 2025, 10, true), SLOVENIAN))
                .isEqualTo("4. četrtl. 2025");
        assertThat(PeriodLabels.label(period(PeriodKind.YEAR, 2025, 1, true), SLOVENIAN)).isEqualTo("2025");
    }

    @Test
    void periodsAreNamedInEnglish() {
        assertThat(PeriodLabels.label(period(PeriodKind.MONTH, 2025, 1, true), ENGLISH)).isEqualTo("Jan 2025");
        assertThat(PeriodLabels.label(period(PeriodKind.QUARTER, 2025, 4, true), ENGLISH)).isEqualTo("Q2 2025");
        assertThat(PeriodLabels.label(period(PeriodKind.YEAR, 2025, 1, true), ENGLISH)).isEqualTo("2025");
    }

    @Test
    void anIncompletePeriodIsMarked() {
        assertThat(PeriodLabels.label(period(PeriodKind.MONTH, 2025, 3, false), SLOVENIAN)).isEqualTo("mar. 2025 *");
        assertThat(PeriodLabels.label(period(PeriodKind.YEAR, 2025, 1, false), ENGLISH)).isEqualTo("2025 *");
    }

    private static PeriodConsumption period(PeriodKind kind, int year, int month, boolean complete) {
        return new PeriodConsumption(kind, LocalDate.of(year, month, 1), BigDecimal.TEN, complete, null);
    }
}
