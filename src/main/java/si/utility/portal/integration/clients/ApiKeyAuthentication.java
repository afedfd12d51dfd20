package si.utility.portal.integration.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import si.utility.portal.integration.clients.IntegrationClients.Verdict;
import si.utility.portal.platform.security.BearerSecret;
import si.utility.portal.platform.security.MachineAuthentication;
import si.utility.portal.platform.web.ClientAddress;

/**
 * {@code Authorization: Bearer <API key>} at the API. Stateless: the container is told about the client for
 * this request only, no session is registered or created. Anything but a valid key is answered here with a JSON
 * body (401 with {@code WWW-Authenticate: Bearer}, 429 for an address that sent too many wrong keys), never with
 * the login page.
 */
@ApplicationScoped
public class ApiKeyAuthentication implements MachineAuthentication {

    public static final String ROLE = "integration";
    /** The caller's name for the request: this and the client's id. */
    static final String PRINCIPAL_PREFIX = "integration-client-";
    private static final String CHALLENGE = "Bearer realm=\"portal-api\"";

    @Inject
    IntegrationClients clients;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String key = BearerSecret.fromAuthorizationHeader(request.getHeader("Authorization"));
        if (key == null) {
            return refuse(response, HttpServletResponse.SC_UNAUTHORIZED, CHALLENGE, "unauthorized",
                    "An API key is required: send the header 'Authorization: Bearer <key>'.");
        }
        Verdict verdict = clients.verify(key, ClientAddress.of(request));
        if (verdict instanceof Verdict.Admitted admitted) {
            return context.notifyContainerAboutLogin(PRINCIPAL_PREFIX + admitted.clientId(), Set.of(ROLE));
        }
        if (verdict instanceof Verdict.Throttled throttled) {
            response.setHeader("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
            return refuse(response, 429, null, "too_many_attempts",
                    "Too many wrong API keys from this address; try again after the time in Retry-After.");
        }
        return refuse(response, HttpServletResponse.SC_UNAUTHORIZED, CHALLENGE + ", error=\"invalid_token\"",
                "invalid_token", "The API key is not valid or has been revoked.");
    }

    /** Written and flushed here, so that no server replaces the body with its error page. */
    private static AuthenticationStatus refuse(HttpServletResponse response, int status, String challenge,
            String error, String message) {
        try {
            response.setStatus(status);
            if (challenge != null) {
                response.setHeader("WWW-Authenticate", challenge);
            }
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("status", status).add("error", error)
                    .add("message", message).build().toString());
            response.flushBuffer();
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
