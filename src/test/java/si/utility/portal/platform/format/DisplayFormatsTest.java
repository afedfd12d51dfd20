package si.utility.portal.platform.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayFormatsTest {

    private static final Locale SL = Locale.forLanguageTag("sl");

    @Test
    void aReadingKeepsItsMetersDecimalsTrailingZerosIncluded() {
        assertThat(DisplayFormats.fixed(new BigDecimal("453.12"), 3, SL)).isEqualTo("453,120");
        assertThat(DisplayFormats.fixed(new BigDecimal("13.3"), 3, SL)).isEqualTo("13,300");
        assertThat(DisplayFormats.fixed(new BigDecimal("528.131"), 3, SL)).isEqualTo("528,131");
        assertThat(DisplayFormats.fixed(new BigDecimal("1234.5"), 2, Locale.ENGLISH)).isEqualTo("1,234.50");
        assertThat(DisplayFormats.fixed(new BigDecimal("17"), 0, SL)).isEqualTo("17");
        assertThat(DisplayFormats.plain(new BigDecimal("1234.5"), 3, SL)).isEqualTo("1234,500");
        assertThat(DisplayFormats.fixed(null, 3, SL)).isEmpty();
    }

    @Test
    void aUnitPriceHasFourDecimalsWhereverItIsShown() {
        assertThat(DisplayFormats.unitPrice(new BigDecimal("2.187"), SL)).isEqualTo("2,1870");
        assertThat(DisplayFormats.unitPrice(new BigDecimal("2.1870"), SL)).isEqualTo("2,1870");
        assertThat(DisplayFormats.unitPrice(new BigDecimal("1234.5"), Locale.ENGLISH)).isEqualTo("1,234.5000");
    }

    @Test
    void unitCodesAreShownWithTheirSymbols() {
        assertThat(DisplayFormats.unit("m3")).isEqualTo("m³");
        assertThat(DisplayFormats.unit("m2")).isEqualTo("m²");
        assertThat(DisplayFormats.unit("kWh")).isEqualTo("kWh");
        assertThat(DisplayFormats.unit(null)).isEmpty();
    }
}
