package si.utility.portal.account.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import si.utility.portal.platform.web.LoginRedirect;

/**
 * Form log-in of customers driven by the login page's backing bean: it hands the credential over through
 * {@code SecurityContext.authenticate}; the session keeps the customer logged in ({@code AutoApplySession}). A
 * visitor who asks for a protected page without being logged in is sent to the login page, and back to that page
 * afterwards. Called by {@link PortalAuthenticationMechanism} for every path outside the API; typed as itself
 * only, so that the server sees one authentication mechanism.
 */
@ApplicationScoped
@AutoApplySession
@Typed(CustomerLogin.class)
public class CustomerLogin implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
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

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String loginUrl = request.getContextPath() + PortalAuthenticationMechanism.LOGIN_PATH;
        if (!LoginRedirect.isAjax(request)) {
            return context.redirect(loginUrl);
        }
        LoginRedirect.sendPartialRedirect(response, loginUrl);
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
