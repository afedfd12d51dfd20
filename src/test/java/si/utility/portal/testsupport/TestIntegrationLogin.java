package si.utility.portal.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import si.utility.portal.account.security.PortalAuthenticationMechanism;

/**
 * Test deployments only, until API keys exist (the "api" work of issue 10): a request to {@code /api/} with
 * {@link IntegrationClient#TEST_CREDENTIAL} as bearer token is logged in as an integration client (role
 * {@code integration}); every other request goes to the portal's own mechanism, so the API's protection
 * ({@code @RolesAllowed}, web.xml) is the real one. Replace with an API key from the key service when it exists.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class TestIntegrationLogin extends PortalAuthenticationMechanism {

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") && ("Bearer " + IntegrationClient.TEST_CREDENTIAL)
                .equals(request.getHeader("Authorization"))) {
            return context.notifyContainerAboutLogin("test-integration-client", Set.of("integration"));
        }
        return super.validateRequest(request, response, context);
    }
}
