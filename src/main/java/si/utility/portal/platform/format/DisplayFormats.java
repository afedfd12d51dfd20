package si.utility.portal.platform.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/**
 * The one rule for how measured values, units and unit prices read, on pages, in CSV, PDF and e-mail alike: a
 * reading or a consumption keeps its meter's decimals (trailing zeros too, {@code 453,120} beside
 * {@code 528,131}), a unit price always four decimals as in the utility's tariff, and a unit code is shown with
 * its typographic symbol ({@code m3} is stored, {@code m³} is shown).
 */
public final class DisplayFormats {

    /** Decimals of a unit price (cenik): the tariff's own precision, the same on the price list and invoices. */
    public static final int UNIT_PRICE_DECIMALS = 4;

    private static final Map<String, String> UNIT_SYMBOLS = Map.of("m3", "m³", "m2", "m²");

    private DisplayFormats() {
    }

    /** The value with exactly {@code decimals} decimals in the locale, grouped (1.234,500); empty for none. */
    public static String fixed(BigDecimal value, int decimals, Locale locale) {
        return value == null ? "" : format(value, decimals, locale, true);
    }

    /** The same without thousands separators, for spreadsheets (1234,500). */
    public static String plain(BigDecimal value, int decimals, Locale locale) {
        return value == null ? "" : format(value, decimals, locale, false);
    }

    public static String unitPrice(BigDecimal price, Locale locale) {
        return fixed(price, UNIT_PRICE_DECIMALS, locale);
    }

    /** The unit as people write it; an unknown code is shown as it is. */
    public static String unit(String code) {
        return code == null ? "" : UNIT_SYMBOLS.getOrDefault(code.strip(), code);
    }

    private static String format(BigDecimal value, int decimals, Locale locale, boolean grouped) {
        int scale = Math.max(0, decimals);
        DecimalFormat format = new DecimalFormat(grouped ? "#,##0" : "0", DecimalFormatSymbols.getInstance(locale));
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return format.format(value.setScale(scale, RoundingMode.HALF_UP));
    }
}
