package si.utility.portal.billing.service;

import java.util.List;
import si.utility.portal.billing.domain.OpenBalance;
import si.utility.portal.billing.domain.UpnQrPayload;

/** Stanje odprtih postavk: the open items, their balance and, when something is owed, the code that pays it all. */
public record OpenItemsOverview(List<OpenItemRow> items, OpenBalance balance, UpnQrPayload balancePayment) {
}
