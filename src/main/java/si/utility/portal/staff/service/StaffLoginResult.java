package si.utility.portal.staff.service;

import java.time.Duration;
import si.utility.portal.staff.domain.StaffRole;

/** The outcome of one staff log-in attempt, for the log-in page to explain. */
public record StaffLoginResult(Outcome outcome, Long staffId, StaffRole role, Duration retryAfter,
        String enrolmentSecret) {

    public enum Outcome {
        SUCCESS,
        /** Wrong e-mail, password or code, or a disabled account: the page does not say which. */
        INVALID,
        /** Too many failures: wait {@link #retryAfter()}. */
        THROTTLED,
        /**
         * Password right, no authenticator app enrolled yet: the page shows {@link #enrolmentSecret()} as a QR code
         * and asks for the password again with the app's first code.
         */
        ENROLMENT_NEEDED
    }

    static StaffLoginResult success(long staffId, StaffRole role) {
        return new StaffLoginResult(Outcome.SUCCESS, staffId, role, Duration.ZERO, null);
    }

    static StaffLoginResult invalid() {
        return new StaffLoginResult(Outcome.INVALID, null, null, Duration.ZERO, null);
    }

    static StaffLoginResult throttled(Duration retryAfter) {
        return new StaffLoginResult(Outcome.THROTTLED, null, null, retryAfter, null);
    }

    static StaffLoginResult enrolmentNeeded(String secret) {
        return new StaffLoginResult(Outcome.ENROLMENT_NEEDED, null, null, Duration.ZERO, secret);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
