package si.utility.portal.platform.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Hands the credential of a log-in form to the server's authentication for the current request. The forms'
 * view-scoped beans hold this rather than {@link SecurityContext}: they live in the replicated session, and
 * WildFly's SecurityContext cannot be marshalled there (Infinispan refuses its caller details resolver).
 */
@ApplicationScoped
public class FormAuthentication {

    @Inject
    SecurityContext securityContext;

    /** A new authentication with this credential, whatever the session was logged in as before. */
    public AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
            Credential credential) {
        return securityContext.authenticate(request, response,
                withParams().newAuthentication(true).credential(credential));
    }
}
