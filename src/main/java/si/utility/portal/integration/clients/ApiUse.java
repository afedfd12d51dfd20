package si.utility.portal.integration.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import si.utility.portal.platform.audit.Actor;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditLog;
import si.utility.portal.platform.web.ClientAddress;

/**
 * Audit rows of what an integration client did through the API: the client as actor ({@code integration:<id>}),
 * its name and what it did in the detail, the request's client address.
 */
@ApplicationScoped
public class ApiUse {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditLog audit;

    /** @param what ids, counts and stream names only: never a record's content */
    public void record(HttpServletRequest request, AuditAction action, String what) {
        Principal principal = request.getUserPrincipal();
        String name = principal == null ? "" : principal.getName();
        if (!name.startsWith(ApiKeyAuthentication.PRINCIPAL_PREFIX)) {
            throw new IllegalStateException("No integration client is authenticated");
        }
        long clientId = Long.parseLong(name.substring(ApiKeyAuthentication.PRINCIPAL_PREFIX.length()));
        IntegrationClient client = em.find(IntegrationClient.class, clientId);
        audit.record(Actor.integration(clientId, ClientAddress.of(request)), action,
                "client " + (client == null ? "?" : client.getName()) + "; " + what);
    }
}
