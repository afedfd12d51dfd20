package si.utility.portal.billing.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import si.utility.portal.account.security.SignedInCustomer;
import si.utility.portal.billing.domain.UpnQrPayload;
import si.utility.portal.billing.service.OpenItemRow;
import si.utility.portal.billing.service.OpenItemService;
import si.utility.portal.platform.logging.LogSafe;

/**
 * /billing/open-item-qr?document=...&amp;v=...: the UPN QR code of one of the payer's open items, as a PNG the
 * browser keeps. Protected like every page (web.xml); another payer's document, a paid one and an unknown one
 * answer 404 alike. {@code v} ({@link QrImages#version}) only makes the URL change with the payload.
 */
@WebServlet("/billing/open-item-qr")
public class OpenItemQrServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OpenItemQrServlet.class.getName());

    @Inject
    transient SignedInCustomer customer;

    @Inject
    transient OpenItemService openItems;

    @Inject
    transient QrImages qrImages;

    /** The page that links a code shows the current one; a day in the browser's cache is then safe. */
    static String url(String contextPath, OpenItemRow item) {
        return contextPath + "/billing/open-item-qr?document="
                + URLEncoder.encode(item.documentNumber(), StandardCharsets.UTF_8)
                + "&v=" + QrImages.version(item.payment());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String document = request.getParameter("document");
        Optional<UpnQrPayload> payment = document == null ? Optional.empty()
                : openItems.overview(customer.payerId()).items().stream()
                        .filter(item -> item.documentNumber().equals(document) && item.payment() != null)
                        .map(OpenItemRow::payment)
                        .findFirst();
        if (payment.isEmpty()) {
            LOG.warning(() -> "Payer " + customer.payerId() + " asked for the QR code of open item "
                    + LogSafe.quote(document) + ", which is not theirs, not owed or does not exist");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] png = qrImages.png(payment.get());
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "private, max-age=86400");
        response.setContentLength(png.length);
        response.getOutputStream().write(png);
    }
}
