package si.utility.portal.billing.service;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import si.utility.portal.billing.domain.UpnQrPayload;
import si.utility.portal.platform.format.QrCodePng;

/**
 * Draws a UPN QR code as the standard wants it: byte mode with ECI 4 (ISO-8859-2), version 15, error
 * correction M, and the quiet zone of four modules around it.
 */
public final class UpnQrImage {

    /** Pixels per module: 85 modules with the quiet zone make a 255-pixel square, sharp on screen and paper. */
    public static final int SCALE = 3;

    private UpnQrImage() {
    }

    public static BitMatrix matrix(UpnQrPayload payload) {
        Map<EncodeHintType, Object> hints = Map.of(
                EncodeHintType.CHARACTER_SET, UpnQrPayload.CHARSET.name(),
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.QR_VERSION, UpnQrPayload.QR_VERSION,
                EncodeHintType.MARGIN, 4);
        try {
            // Size 0: one pixel per module, scaled below without blurring.
            return new QRCodeWriter().encode(payload.text(), com.google.zxing.BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("The payload does not fit a version 15 QR code", e);
        }
    }

    public static byte[] png(UpnQrPayload payload) {
        return QrCodePng.png(matrix(payload), SCALE);
    }
}
