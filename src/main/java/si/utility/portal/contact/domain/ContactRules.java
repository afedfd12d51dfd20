package si.utility.portal.contact.domain;

import si.utility.portal.platform.validation.EmailAddresses;
import si.utility.portal.platform.validation.Violations;

/** What a "Stik z nami" message must be: a name, a reply address and a text of limited length. */
public final class ContactRules {

    public static final String NAME = "name";
    public static final String EMAIL = "email";
    public static final String BODY = "body";

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_BODY_LENGTH = 2000;

    private ContactRules() {
    }

    public static Violations check(String name, String email, String body) {
        Violations violations = new Violations();
        if (isBlank(name)) {
            violations.add(NAME, "contact.nameRequired");
        } else if (name.strip().length() > MAX_NAME_LENGTH) {
            violations.add(NAME, "contact.nameTooLong");
        }
        if (!EmailAddresses.isValid(email)) {
            violations.add(EMAIL, "email.invalid");
        }
        if (isBlank(body)) {
            violations.add(BODY, "contact.bodyRequired");
        } else if (body.strip().length() > MAX_BODY_LENGTH) {
            violations.add(BODY, "contact.bodyTooLong");
        }
        return violations;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
