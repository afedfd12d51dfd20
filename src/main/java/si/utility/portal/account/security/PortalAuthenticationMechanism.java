package si.utility.portal.account.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import si.utility.portal.platform.web.HttpHardening;

/**
 * Form log-in driven by the login page's backing bean: it hands the credential over through
 * {@code SecurityContext.authenticate}. A visitor who asks for a protected page without being logged in is
 * sent to the login page, and back to that page afterwards.
 */
@ApplicationScoped
@AutoApplySession
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PATH = "/account/login";

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Inject
    HttpHardening hardening;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (!admitted(request, response)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStoreHandler.validate(credential));
        }
        if (context.isProtected()) {
            ReturnUrl.remember(request);
            return redirectToLogin(request, response, context);
        }
        return context.doNothing();
    }

    /** This runs before any filter, so the responses made here (the redirect to login) get the headers here. */
    private boolean admitted(HttpServletRequest request, HttpServletResponse response) {
        try {
            return hardening.admit(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String loginUrl = request.getContextPath() + LOGIN_PATH;
        if (!LoginRedirect.isAjax(request)) {
            return context.redirect(loginUrl);
        }
        LoginRedirect.sendPartialRedirect(response, loginUrl);
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
