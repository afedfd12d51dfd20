package si.utility.portal.billing.domain;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * Sklic: the reference a payer quotes with a payment, either Slovenian ({@code SI} + two-digit model + number, as
 * the reference models of Združenje bank Slovenije define them) or international (ISO 11649 {@code RF}). Only a
 * valid reference can be made, so a payment code never carries one the bank would refuse.
 *
 * <p>An SI number is at most 22 characters: up to three parts of digits joined by hyphens, at most 20 digits.
 * Models 00 (no check digit), 01 (one check digit over all parts), 12 (one part, ending in its check digit) and
 * 99 (no reference) are known; the other models have check digits in other places and are refused rather than
 * let through unchecked. The check digit is the ZBS modulus 11: the digits are weighted 2, 3, 4, ... from the
 * right, and the digit is 11 minus the remainder of the sum divided by 11, or 0 when that gives 10 or 11.
 */
public final class PaymentReference {

    /** Model 99: the payment carries no reference. */
    public static final PaymentReference NONE = new PaymentReference("SI99", "");

    private static final int SI_NUMBER_LENGTH = 22;
    private static final int SI_DIGITS = 20;
    private static final int RF_LENGTH = 25;

    private final String model;
    private final String number;

    private PaymentReference(String model, String number) {
        this.model = model;
        this.number = number;
    }

    /** A reference as printed or typed ("SI12 1234123456789", "rf18 5390 0754 7034"); refuses an invalid one. */
    public static PaymentReference parse(String text) {
        String compact = text == null ? "" : text.replaceAll("\\s+", "").toUpperCase();
        if (compact.startsWith("SI") && compact.length() >= 4) {
            return si(compact.substring(0, 4), compact.substring(4));
        }
        if (compact.startsWith("RF")) {
            return rf(compact);
        }
        throw invalid(text, "not an SI or RF reference");
    }

    /** Stored references came from elsewhere (the billing system); one that is not valid is no reference. */
    public static Optional<PaymentReference> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Model 12: the digits with their check digit appended, e.g. 5678 becomes {@code SI12 56782}. */
    public static PaymentReference model12(String digits) {
        if (digits == null || !digits.matches("\\d{1," + (SI_DIGITS - 1) + "}")) {
            throw invalid(digits, "model 12 takes 1 to 19 digits before its check digit");
        }
        return new PaymentReference("SI12", digits + mod11(digits));
    }

    /**
     * The reference of an invoice: model 12 over the payer code followed by the invoice number, e.g. payer 1234
     * and invoice 12345678 give {@code SI12 1234123456789}. Invoice numbers are unique, so the reference is too.
     */
    public static PaymentReference ofInvoice(String payerCode, String invoiceNumber) {
        return model12(payerCode + invoiceNumber);
    }

    private static PaymentReference si(String model, String number) {
        if (!model.matches("SI\\d\\d")) {
            throw invalid(model + number, "the model is two digits");
        }
        if (model.equals(NONE.model)) {
            if (!number.isEmpty()) {
                throw invalid(model + number, "model 99 has no number");
            }
            return NONE;
        }
        if (number.length() > SI_NUMBER_LENGTH || !number.matches("\\d+(-\\d+){0,2}")
                || number.replace("-", "").length() > SI_DIGITS) {
            throw invalid(model + number, "at most three parts of digits, 20 digits and 22 characters");
        }
        boolean valid = switch (model) {
            case "SI00" -> true;
            case "SI01" -> hasCheckDigit(number.replace("-", ""));
            case "SI12" -> !number.contains("-") && hasCheckDigit(number);
            default -> throw invalid(model + number, "model not supported");
        };
        if (!valid) {
            throw invalid(model + number, "wrong check digit");
        }
        return new PaymentReference(model, number);
    }

    /** ISO 11649: RF, two check digits, up to 21 letters or digits; valid when the ISO 7064 MOD 97-10 gives 1. */
    private static PaymentReference rf(String compact) {
        if (compact.length() > RF_LENGTH || !compact.matches("RF\\d\\d[A-Z0-9]{1,21}")) {
            throw invalid(compact, "RF, two check digits and 1 to 21 letters or digits");
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        rearranged.chars().forEach(c -> digits.append(Character.digit(c, 36)));
        if (new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() != 1) {
            throw invalid(compact, "wrong check digits");
        }
        return new PaymentReference(compact.substring(0, 4), compact.substring(4));
    }

    private static boolean hasCheckDigit(String digits) {
        return digits.length() >= 2
                && mod11(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0';
    }

    static int mod11(String digits) {
        int sum = 0;
        int weight = 2;
        for (int i = digits.length() - 1; i >= 0; i--) {
            sum += (digits.charAt(i) - '0') * weight++;
        }
        int check = 11 - sum % 11;
        return check >= 10 ? 0 : check;
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("Not a valid payment reference (" + why + "): " + text);
    }

    /** As printed on invoices: "SI12 1234123456789", "RF18 5390 0754 7034". */
    public String printed() {
        if (number.isEmpty()) {
            return model;
        }
        return model + " " + (model.startsWith("RF") ? number.replaceAll("(.{4})(?!$)", "$1 ") : number);
    }

    /** As a UPN QR code carries it: without spaces, "SI121234123456789". */
    public String compact() {
        return model + number;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PaymentReference that && model.equals(that.model) && number.equals(that.number);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, number);
    }

    @Override
    public String toString() {
        return printed();
    }
}
