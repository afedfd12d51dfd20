package si.utility.portal.testsupport;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/** Reads QR codes back from images, as a mobile bank would. */
public final class QrCodes {

    private QrCodes() {
    }

    public static Result decode(byte[] image) {
        try {
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(image));
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(picture)));
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("No readable QR code in the image", e);
        }
    }

    /** The image of an img element's {@code data:image/png;base64,...} source. */
    public static Result decodeDataUri(String dataUri) {
        String prefix = "data:image/png;base64,";
        if (dataUri == null || !dataUri.startsWith(prefix)) {
            throw new AssertionError("Not a PNG data URI: " + dataUri);
        }
        return decode(Base64.getDecoder().decode(dataUri.substring(prefix.length())));
    }
}
