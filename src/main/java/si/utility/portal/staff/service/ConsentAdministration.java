package si.utility.portal.staff.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import si.utility.portal.account.domain.ConsentText;
import si.utility.portal.account.service.ConsentTexts;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditLog;

/** Admins publish a new version of the GDPR consent text; the version and its audit row in one transaction. */
@ApplicationScoped
@Transactional(dontRollbackOn = StaffActionRefusedException.class)
public class ConsentAdministration {

    @Inject
    ConsentTexts texts;

    @Inject
    AuditLog audit;

    @Inject
    AdminGuard guard;

    /** @throws si.utility.portal.platform.validation.ValidationFailedException when a text is missing or too long */
    public ConsentText publish(StaffMember admin, String textSl, String textEn) {
        guard.requireAdmin(admin, "consent texts");
        ConsentText published = texts.publish(textSl, textEn);
        audit.record(admin.actor(), AuditAction.CONSENT_VERSION_PUBLISHED, "version " + published.getNumber());
        return published;
    }
}
