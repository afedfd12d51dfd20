package si.utility.portal.account.domain;

import si.utility.portal.platform.validation.EmailAddresses;
import si.utility.portal.platform.validation.Violations;

/** The rules of "Moj profil": a display name, a new e-mail address, a new password (the registration rules). */
public final class ProfileRules {

    public static final String DISPLAY_NAME = "displayName";
    public static final String NEW_EMAIL = "newEmail";
    public static final String NEW_PASSWORD = "newPassword";
    public static final String REPEAT_NEW_PASSWORD = "repeatNewPassword";

    public static final int MAX_DISPLAY_NAME_LENGTH = 100;

    private ProfileRules() {
    }

    public static Violations checkDisplayName(String name) {
        Violations violations = new Violations();
        if (name == null || name.isBlank()) {
            violations.add(DISPLAY_NAME, "profile.displayNameRequired");
        } else if (name.strip().length() > MAX_DISPLAY_NAME_LENGTH) {
            violations.add(DISPLAY_NAME, "profile.displayNameTooLong");
        }
        return violations;
    }

    public static Violations checkNewEmail(String newEmail, String currentEmail) {
        Violations violations = new Violations();
        if (!EmailAddresses.isValid(newEmail)) {
            violations.add(NEW_EMAIL, "email.invalid");
        } else if (PortalAccount.normalizeEmail(newEmail).equals(PortalAccount.normalizeEmail(currentEmail))) {
            violations.add(NEW_EMAIL, "profile.emailUnchanged");
        }
        return violations;
    }

    /** The registration's {@link PasswordPolicy}, and the new password must differ from the current one. */
    public static Violations checkNewPassword(String currentPassword, String newPassword, String repeat,
            String payerCode, String email) {
        Violations violations = PasswordPolicy.check(newPassword, repeat, NEW_PASSWORD, REPEAT_NEW_PASSWORD,
                payerCode, email);
        if (newPassword != null && newPassword.equals(currentPassword)) {
            violations.addIfFieldValid(NEW_PASSWORD, "password.sameAsCurrent");
        }
        return violations;
    }
}
