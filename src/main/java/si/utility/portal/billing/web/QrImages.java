package si.utility.portal.billing.web;

import java.util.Base64;
import si.utility.portal.billing.domain.UpnQrPayload;
import si.utility.portal.billing.service.UpnQrImage;

/** UPN QR codes as data: URIs, so a page shows them without another request (CSP leaves img-src open). */
public final class QrImages {

    private QrImages() {
    }

    public static String dataUri(UpnQrPayload payload) {
        return payload == null ? null
                : "data:image/png;base64," + Base64.getEncoder().encodeToString(UpnQrImage.png(payload));
    }
}
