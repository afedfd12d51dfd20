package si.utility.portal.billing.service;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import si.utility.portal.platform.format.DisplayFormats;

/**
 * How amounts, quantities and dates read on documents the portal generates (PDF, CSV), which are Slovenian:
 * {@code 1.234,56 €} and {@code 05. 03. 2026}. Pages format through Faces converters in the visitor's language.
 */
public final class BillingFormats {

    public static final Locale SLOVENIAN = Locale.forLanguageTag("sl-SI");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd. MM. yyyy", SLOVENIAN);
    /** Without the spaces Slovenian dates have, so spreadsheets read them as dates. */
    private static final DateTimeFormatter SPREADSHEET_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", SLOVENIAN);

    private BillingFormats() {
    }

    public static String money(BigDecimal amount) {
        return number(amount, "#,##0.00") + "\u00a0€";
    }

    /** Up to three decimals: 11 m³, 10,523 m³. */
    public static String quantity(BigDecimal quantity) {
        return number(quantity, "#,##0.###");
    }

    /** Prices per unit by the one rule of the pages ({@link DisplayFormats#unitPrice}). */
    public static String unitPrice(BigDecimal price) {
        return DisplayFormats.unitPrice(price, SLOVENIAN);
    }

    public static String percent(BigDecimal rate) {
        return number(rate, "#,##0.##") + "\u00a0%";
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A number Slovenian Excel reads as a number: decimal comma, no thousands separator. */
    public static String spreadsheetNumber(BigDecimal amount) {
        return number(amount, "0.00");
    }

    public static String spreadsheetDate(LocalDate date) {
        return date == null ? "" : SPREADSHEET_DATE.format(date);
    }

    private static String number(BigDecimal value, String pattern) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(SLOVENIAN));
        format.setParseBigDecimal(true);
        return format.format(value);
    }
}
