package si.utility.portal.staff.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditEvent;
import si.utility.portal.platform.audit.AuditSearch;
import si.utility.portal.platform.time.ClockProducer;
import si.utility.portal.platform.web.FormMessages;

/**
 * staff/admin/audit.xhtml: the audit log for admins, searched by day, action, actor and payer, newest first, a
 * page at a time; the search is a plain GET form, so the URL is the search (and the CSV export's link).
 */
@Named
@RequestScoped
public class StaffAuditBacking {

    static final int PAGE_SIZE = 50;

    @Inject
    AuditSearch search;

    private AuditParameters parameters;
    private List<AuditEvent> events;
    private Long total;

    private AuditParameters parameters() {
        if (parameters == null) {
            Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap();
            parameters = AuditParameters.of(request::get);
            parameters.invalid().forEach(field -> FormMessages.globalError("staff.audit.invalid",
                    FormMessages.text("staff.audit." + field)));
        }
        return parameters;
    }

    public List<AuditEvent> getEvents() {
        if (events == null) {
            events = search.page(parameters().filter(), Pager.first(getPage(), PAGE_SIZE), PAGE_SIZE);
        }
        return events;
    }

    public long getTotal() {
        if (total == null) {
            total = search.count(parameters().filter());
        }
        return total;
    }

    public int getPage() {
        String page = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("page");
        return page != null && page.matches("\\d{1,5}") ? Math.max(1, Integer.parseInt(page)) : 1;
    }

    public int getPageCount() {
        return Pager.pageCount(getTotal(), PAGE_SIZE);
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    /** The action's name in the page's language; its code while a new action has no label yet. */
    public String label(AuditAction action) {
        String key = "staff.audit.action." + action.name();
        return FormMessages.hasText(key) ? FormMessages.text(key) : action.name();
    }

    public LocalDateTime local(AuditEvent event) {
        return LocalDateTime.ofInstant(event.getOccurredAt(), ClockProducer.ZONE);
    }
}
