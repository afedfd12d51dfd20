package si.utility.portal.account.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import si.utility.portal.platform.validation.Violations;

/**
 * The password rules of registration, reset and change: the manual's (at least 8 characters, one capital
 * letter) plus what keeps accounts safe (at most 128, not a well-known password, not the login name).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = loadCommonPasswords();

    private PasswordPolicy() {
    }

    /**
     * @param field       form field the password messages belong to
     * @param repeatField form field of the repeated password
     * @param loginNames  the payer code and e-mail address, which the password must not equal
     */
    public static Violations check(String password, String repeat, String field, String repeatField,
            String... loginNames) {
        Violations violations = new Violations();
        if (password == null || password.isEmpty()) {
            return violations.add(field, "password.required");
        }
        if (password.length() < MIN_LENGTH) {
            violations.add(field, "password.tooShort");
        } else if (password.length() > MAX_LENGTH) {
            violations.add(field, "password.tooLong");
        } else if (password.chars().noneMatch(Character::isUpperCase)) {
            violations.add(field, "password.noCapital");
        } else if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            violations.add(field, "password.common");
        } else if (equalsAnyIgnoringCase(password, loginNames)) {
            violations.add(field, "password.sameAsLogin");
        }
        if (!password.equals(repeat)) {
            violations.add(repeatField, "password.repeatMismatch");
        }
        return violations;
    }

    private static boolean equalsAnyIgnoringCase(String password, String... names) {
        for (String name : names) {
            if (name != null && password.strip().equalsIgnoreCase(name.strip())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> loadCommonPasswords() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
