package si.utility.portal.billing.service;

import java.io.Serializable;

/**
 * What the customer narrowed the invoice list to; empty values do not filter. An invoice without a
 * consumption point bills all of the payer's points, so it matches every point.
 */
public record InvoiceFilter(Integer year, Long consumptionPointId) implements Serializable {

    public static final InvoiceFilter NONE = new InvoiceFilter(null, null);
}
