package si.utility.portal.billing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The text of a UPN QR code (univerzalni plačilni nalog), as the technical standard of Združenje bank Slovenije
 * defines it: 19 fields, each ended by a line feed, then the three-digit length check and a line feed. Mobile
 * banks read it to prefill a payment. Every field is cut to its maximum length; letters that ISO-8859-2 (the
 * code's character set) lacks lose their accents, so the length check always matches what is encoded.
 */
public final class UpnQrPayload {

    public static final Charset CHARSET = Charset.forName("ISO-8859-2");
    /** The standard fixes QR version 15 and error correction level M. */
    public static final int QR_VERSION = 15;

    static final int NAME_LENGTH = 33;
    static final int PURPOSE_LENGTH = 42;
    static final int IBAN_LENGTH = 34;
    private static final int AMOUNT_DIGITS = 11;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Who pays; the portal knows the name and address of the payer but never their bank account. */
    public record Party(String name, String street, String city) {
    }

    private final String text;

    private UpnQrPayload(String text) {
        this.text = text;
    }

    /**
     * @param purposeCode four capital letters of ISO 20022, e.g. "OTHR"
     * @param reference valid by construction; the code carries it without spaces, e.g. "SI121234123456789"
     */
    public static UpnQrPayload of(Party payer, BigDecimal amount, String purposeCode, String purpose,
            LocalDate deadline, String recipientIban, PaymentReference reference, Party recipient) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
        if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            throw new IllegalArgumentException("A UPN amount must be between 0,01 and 999.999.999,99: " + amount);
        }
        if (purposeCode == null || !purposeCode.matches("[A-Z]{4}")) {
            throw new IllegalArgumentException("A purpose code is four capital letters: " + purposeCode);
        }
        List<String> fields = new ArrayList<>(19);
        fields.add("UPNQR");
        fields.add("");                                     // payer's IBAN: the payer's bank fills it in
        fields.add("");                                     // deposit
        fields.add("");                                     // withdrawal
        fields.add("");                                     // payer's reference
        fields.add(field(payer.name(), NAME_LENGTH));
        fields.add(field(payer.street(), NAME_LENGTH));
        fields.add(field(payer.city(), NAME_LENGTH));
        fields.add(cents(amount));
        fields.add("");                                     // payment date: the payer chooses
        fields.add("");                                     // urgent
        fields.add(purposeCode);
        fields.add(field(purpose, PURPOSE_LENGTH));
        fields.add(deadline == null ? "" : DEADLINE.format(deadline));
        fields.add(field(compact(recipientIban), IBAN_LENGTH));
        fields.add(reference.compact());                    // at most 26 characters, the field's maximum
        fields.add(field(recipient.name(), NAME_LENGTH));
        fields.add(field(recipient.street(), NAME_LENGTH));
        fields.add(field(recipient.city(), NAME_LENGTH));
        StringBuilder text = new StringBuilder();
        fields.forEach(value -> text.append(value).append('\n'));
        // The length check counts the 19 fields and their 19 line feeds: exactly what precedes it.
        text.append("%03d".formatted(text.length())).append('\n');
        return new UpnQrPayload(text.toString());
    }

    /** "SI56 1910 0000 0123 438" becomes "SI56191000000123438". */
    static String compact(String value) {
        return value == null ? "" : value.replaceAll("\\s+", "").toUpperCase();
    }

    static String cents(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2);
        String digits = cents.toBigIntegerExact().toString();
        return "0".repeat(AMOUNT_DIGITS - digits.length()) + digits;
    }

    /** Line breaks would end the field early; letters outside ISO-8859-2 lose their accents or become '?'. */
    static String field(String value, int maxLength) {
        if (value == null) {
            return "";
        }
        String single = value.replaceAll("[\\r\\n\\t]+", " ").strip();
        CharsetEncoder encoder = CHARSET.newEncoder();
        StringBuilder out = new StringBuilder(single.length());
        single.codePoints().forEach(codePoint -> {
            String letter = Character.toString(codePoint);
            if (!encoder.canEncode(letter)) {
                letter = Normalizer.normalize(letter, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                if (letter.isEmpty() || !encoder.canEncode(letter)) {
                    letter = "?";
                }
            }
            out.append(letter);
        });
        return out.length() <= maxLength ? out.toString() : out.substring(0, maxLength).stripTrailing();
    }

    /** The text to encode, as Java characters; encode it with {@link #CHARSET}. */
    public String text() {
        return text;
    }

    public byte[] bytes() {
        return text.getBytes(CHARSET);
    }

    /** The 20 fields, without their line feeds. */
    public List<String> fields() {
        return List.of(text.split("\n", -1)).subList(0, 20);
    }

    @Override
    public String toString() {
        return text;
    }
}
