package si.utility.portal.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import si.utility.portal.integration.clients.IntegrationClient;
import si.utility.portal.integration.clients.IntegrationClients;
import si.utility.portal.integration.clients.IntegrationClients.CreatedClient;
import si.utility.portal.platform.web.FormMessages;
import si.utility.portal.staff.security.SignedInStaff;
import si.utility.portal.staff.service.ApiKeyAdministration;

/** staff/admin/api-keys.xhtml: the billing system's integration clients; a new key is shown once. */
@Named
@ViewScoped
public class StaffApiKeysBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "create";

    @Inject
    IntegrationClients clients;

    @Inject
    ApiKeyAdministration administration;

    @Inject
    SignedInStaff staff;

    private String name;
    /** The key just created: on this page, this once; the database keeps only its hash. */
    private String newKey;
    private transient List<IntegrationClient> list;

    public List<IntegrationClient> getClients() {
        if (list == null) {
            list = clients.list();
        }
        return list;
    }

    public void create() {
        Optional<CreatedClient> created = administration.create(staff.member(), name);
        if (created.isEmpty()) {
            FormMessages.error(FORM + ":name", "staff.apiKeys.nameInvalid");
            return;
        }
        newKey = created.get().key();
        name = null;
        list = null;
        FormMessages.globalInfo("staff.apiKeys.created", created.get().name());
    }

    public void revoke(long clientId) {
        administration.revoke(staff.member(), clientId);
        newKey = null;
        list = null;
        FormMessages.globalInfo("staff.apiKeys.revoked");
    }

    public String getNewKey() {
        return newKey;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
