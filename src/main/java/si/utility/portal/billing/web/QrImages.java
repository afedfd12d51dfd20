package si.utility.portal.billing.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import si.utility.portal.billing.domain.UpnQrPayload;
import si.utility.portal.billing.service.UpnQrImage;

/**
 * UPN QR codes as PNG images. Drawing one (ZXing's mask choice, the PNG) took most of the open-items and landing
 * pages' time under load, and the same payloads come again on every view of a payer's pages: each is drawn once
 * and kept, the least recently shown given up first. A payload names payer, amount, due date and reference, so a
 * changed item is a new entry. A page shows one code inline as a data: URI (the CSP allows data: images); the
 * list of open items links each row's code ({@link OpenItemQrServlet}), so the page does not carry thirty images.
 */
@ApplicationScoped
public class QrImages {

    /** About 3 KB each: at most some 6 MB of heap, the codes of about a thousand payers' open items. */
    static final int CACHED = 2_048;

    private final Map<String, byte[]> images;

    public QrImages() {
        this(CACHED);
    }

    QrImages(int cached) {
        images = Collections.synchronizedMap(new LinkedHashMap<>(cached, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                return size() > cached;
            }
        });
    }

    public String dataUri(UpnQrPayload payload) {
        return payload == null ? null : "data:image/png;base64," + Base64.getEncoder().encodeToString(png(payload));
    }

    /** The code's PNG; the array is shared, not to be changed. Drawn outside the lock, so no page waits for it. */
    public byte[] png(UpnQrPayload payload) {
        byte[] image = images.get(payload.text());
        if (image == null) {
            image = UpnQrImage.png(payload);
            images.put(payload.text(), image);
        }
        return image;
    }

    /**
     * A short digest of the payload, for an image URL that changes when the payload does: a browser keeps the image
     * of a URL, so a paid part of an item must not show the code of the old amount.
     */
    public static String version(UpnQrPayload payload) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(payload.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
