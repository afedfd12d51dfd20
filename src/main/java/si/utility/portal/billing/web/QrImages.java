package si.utility.portal.billing.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import si.utility.portal.billing.domain.UpnQrPayload;
import si.utility.portal.billing.service.UpnQrImage;

/**
 * UPN QR codes as data: URIs, so a page shows them without another request (CSP leaves img-src open). Drawing
 * one (ZXing's mask choice, the PNG, base64) took most of the open-items and landing pages' time under load, and
 * the same payloads come again on every view of a payer's pages: each is drawn once and kept, the least recently
 * shown given up first. A payload names payer, amount, due date and reference, so a changed item is a new entry.
 */
@ApplicationScoped
public class QrImages {

    /** About 4 KB each: at most some 8 MB of heap, the codes of about a thousand payers' open items. */
    static final int CACHED = 2_048;

    private final Map<String, String> dataUris;

    public QrImages() {
        this(CACHED);
    }

    QrImages(int cached) {
        dataUris = Collections.synchronizedMap(new LinkedHashMap<>(cached, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > cached;
            }
        });
    }

    public String dataUri(UpnQrPayload payload) {
        if (payload == null) {
            return null;
        }
        String text = payload.text();
        String uri = dataUris.get(text);
        if (uri == null) {
            uri = "data:image/png;base64," + Base64.getEncoder().encodeToString(UpnQrImage.png(payload));
            dataUris.put(text, uri);
        }
        return uri;
    }
}
