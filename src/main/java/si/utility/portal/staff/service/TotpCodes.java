package si.utility.portal.staff.service;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * RFC 6238 codes as every authenticator app makes them (SHA-1, 6 digits, 30-second steps), by the
 * {@code dev.samstevens.totp} library. A code of the step before or after the current one is accepted too (a
 * phone's clock may be off by some seconds); the caller refuses a step already used.
 */
public final class TotpCodes {

    public static final int PERIOD_SECONDS = 30;
    public static final int DIGITS = 6;
    /** 32 base32 characters: a 160-bit secret, the size RFC 4226 recommends for HMAC-SHA-1. */
    private static final int SECRET_CHARACTERS = 32;
    private static final SecretGenerator SECRETS = new DefaultSecretGenerator(SECRET_CHARACTERS);
    private static final CodeGenerator CODES = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    private TotpCodes() {
    }

    public static String newSecret() {
        return SECRETS.generate();
    }

    public static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The code of one step; tests and the verification below use it. */
    public static String code(String secret, long step) {
        try {
            return CODES.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("The stored TOTP secret cannot make codes", e);
        }
    }

    /** The step (now ± 1) whose code was typed, or empty when none matches or it is not six digits. */
    public static OptionalLong matchingStep(String secret, String typed, Instant now) {
        if (secret == null || typed == null) {
            return OptionalLong.empty();
        }
        String code = typed.replace(" ", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        OptionalLong found = OptionalLong.empty();
        // Every candidate is compared (in constant time), so the answer's timing says nothing about which matched.
        for (long step = current - 1; step <= current + 1; step++) {
            if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII)) && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    /** The {@code otpauth://} URI an authenticator app reads from the enrolment QR code. */
    public static String enrolmentUri(String issuer, String accountLabel, String secret) {
        return new QrData.Builder()
                .issuer(issuer)
                .label(accountLabel)
                .secret(secret)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS)
                .period(PERIOD_SECONDS)
                .build()
                .getUri();
    }
}
