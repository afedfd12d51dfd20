package si.utility.portal.integration.clients;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import si.utility.portal.platform.security.BearerSecret;

/**
 * The administrator's door to integration clients until the back office has a screen:
 * {@code GET} lists them, {@code POST name=...} creates one and answers its key (the only time it is shown),
 * {@code POST revoke=<id>} revokes one. It answers only requests from the server's own machine (loopback) that
 * carry {@code Authorization: Bearer <management secret>}, whose SHA-256 (hex) is configured as
 * {@code portal.api.management-secret-sha256}; without that setting it does not exist (404). It works the same on
 * every server and database, also on embedded Derby, where no second process may open the database.
 */
@WebServlet("/manage/integration-clients")
public class IntegrationClientsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(IntegrationClientsServlet.class.getName());

    @Inject
    transient IntegrationClients clients;

    @Inject
    /** Optional: an empty value is "not set" to WildFly's SmallRye Config, which would refuse a plain String. */
    @ConfigProperty(name = "portal.api.management-secret-sha256")
    transient Optional<String> secretHash;

    private transient Optional<BearerSecret> secret;

    @Override
    public void init() {
        secret = BearerSecret.of("portal.api.management-secret-sha256", secretHash);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!authorised(request, response)) {
            return;
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (IntegrationClient client : clients.list()) {
            JsonObjectBuilder row = Json.createObjectBuilder().add("id", client.getId())
                    .add("name", client.getName()).add("createdAt", client.getCreatedAt().toString());
            addTime(row, "lastUsedAt", client.getLastUsedAt());
            addTime(row, "revokedAt", client.getRevokedAt());
            list.add(row);
        }
        answer(response, HttpServletResponse.SC_OK, Json.createObjectBuilder().add("clients", list).build());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!authorised(request, response)) {
            return;
        }
        String name = request.getParameter("name");
        String revoke = request.getParameter("revoke");
        if (name != null && revoke == null) {
            create(name, response);
        } else if (revoke != null && name == null) {
            revoke(revoke, response);
        } else {
            answerError(response, HttpServletResponse.SC_BAD_REQUEST,
                    "Send either name=<client name> (create) or revoke=<client id>.");
        }
    }

    private void create(String name, HttpServletResponse response) throws IOException {
        try {
            IntegrationClients.CreatedClient created = clients.create(name);
            answer(response, HttpServletResponse.SC_CREATED, Json.createObjectBuilder().add("id", created.id())
                    .add("name", created.name()).add("key", created.key())
                    .add("note", "The key is shown only now: store it in the billing system.").build());
        } catch (IllegalArgumentException e) {
            answerError(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }

    private void revoke(String id, HttpServletResponse response) throws IOException {
        long clientId;
        try {
            clientId = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            answerError(response, HttpServletResponse.SC_BAD_REQUEST, "revoke must be a client id (a number).");
            return;
        }
        if (clients.revoke(clientId)) {
            answer(response, HttpServletResponse.SC_OK,
                    Json.createObjectBuilder().add("id", clientId).add("revoked", true).build());
        } else {
            answerError(response, HttpServletResponse.SC_NOT_FOUND, "No integration client with id " + clientId + ".");
        }
    }

    /** Not configured, or not from this machine: as if there were no such URL. Wrong secret: 401. */
    private boolean authorised(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (secret.isEmpty() || !fromLoopback(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return false;
        }
        if (!secret.get().isSentWith(request)) {
            LOG.warning("Integration client management refused: wrong or missing management secret");
            response.setHeader("WWW-Authenticate", "Bearer realm=\"portal-management\"");
            answerError(response, HttpServletResponse.SC_UNAUTHORIZED,
                    "Send 'Authorization: Bearer <management secret>'.");
            return false;
        }
        return true;
    }

    private static boolean fromLoopback(HttpServletRequest request) {
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    private static void addTime(JsonObjectBuilder row, String name, Instant time) {
        if (time == null) {
            row.addNull(name);
        } else {
            row.add(name, time.toString());
        }
    }

    private static void answerError(HttpServletResponse response, int status, String message) throws IOException {
        answer(response, status, Json.createObjectBuilder().add("status", status).add("message", message).build());
    }

    private static void answer(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
