package si.utility.portal.integration.exchange;

import java.util.List;

/** Constants of the exchange format, version 1 (docs/exchange-format.md). */
public final class ExchangeFormat {

    public static final String VERSION = "1";

    /** Files are applied in this order, so that every row finds the records it refers to. */
    public static final List<String> FILE_ORDER = List.of("services", "prices", "payers", "consumption_points",
            "point_payers", "point_services", "meters", "readings", "reading_results", "invoices", "invoice_lines",
            "open_items");

    private ExchangeFormat() {
    }
}
