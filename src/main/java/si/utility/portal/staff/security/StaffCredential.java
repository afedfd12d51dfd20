package si.utility.portal.staff.security;

import jakarta.security.enterprise.credential.Credential;

/** What the staff log-in page hands over: e-mail, password and the authenticator app's code. */
public record StaffCredential(String email, String password, String code) implements Credential {

    @Override
    public void clear() {
        // Records cannot be cleared; the page drops its copy of the password right after the log-in.
    }
}
