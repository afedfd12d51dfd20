package si.utility.portal.staff.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import si.utility.portal.integration.clients.IntegrationClients;
import si.utility.portal.integration.clients.IntegrationClients.CreatedClient;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditLog;

/** Admins create and revoke the billing system's API keys; each action and its audit row in one transaction. */
@ApplicationScoped
@Transactional(dontRollbackOn = StaffActionRefusedException.class)
public class ApiKeyAdministration {

    @Inject
    IntegrationClients clients;

    @Inject
    AuditLog audit;

    @Inject
    AdminGuard guard;

    /** @return the new client with its key (shown this once), or empty when the name is not valid */
    public Optional<CreatedClient> create(StaffMember admin, String name) {
        guard.requireAdmin(admin, "API keys");
        if (!IntegrationClients.isValidName(name)) {
            return Optional.empty();
        }
        CreatedClient created = clients.create(name);
        audit.record(admin.actor(), AuditAction.API_KEY_CREATED, "integration:" + created.id());
        return Optional.of(created);
    }

    public void revoke(StaffMember admin, long clientId) {
        guard.requireAdmin(admin, "API keys");
        if (clients.revoke(clientId)) {
            audit.record(admin.actor(), AuditAction.API_KEY_REVOKED, "integration:" + clientId);
        }
    }
}
