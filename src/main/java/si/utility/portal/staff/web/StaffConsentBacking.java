package si.utility.portal.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import si.utility.portal.account.domain.ConsentText;
import si.utility.portal.account.domain.ConsentTextRules;
import si.utility.portal.account.service.ConsentTexts;
import si.utility.portal.platform.time.ClockProducer;
import si.utility.portal.platform.validation.ValidationFailedException;
import si.utility.portal.platform.web.FormMessages;
import si.utility.portal.staff.security.SignedInStaff;
import si.utility.portal.staff.service.ConsentAdministration;

/** staff/admin/consent.xhtml: the versions of the GDPR consent text, and publishing the next one. */
@Named
@ViewScoped
public class StaffConsentBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "publish";

    @Inject
    ConsentTexts texts;

    @Inject
    ConsentAdministration administration;

    @Inject
    SignedInStaff staff;

    private String textSl;
    private String textEn;
    private transient List<ConsentText> versions;

    public List<ConsentText> getVersions() {
        if (versions == null) {
            versions = texts.versions();
        }
        return versions;
    }

    public int getCurrentVersion() {
        return getVersions().isEmpty() ? 0 : getVersions().get(0).getNumber();
    }

    public void publish() {
        try {
            ConsentText published = administration.publish(staff.member(), textSl, textEn);
            textSl = null;
            textEn = null;
            FormMessages.globalInfo("staff.consent.published", published.getNumber());
        } catch (ValidationFailedException e) {
            FormMessages.show(FORM, e.violations());
        } catch (PersistenceException publishedMeanwhile) {
            FormMessages.globalError("staff.consent.publishedMeanwhile");
        }
        versions = null;
    }

    public List<String> paragraphs(String text) {
        return ConsentTextRules.paragraphs(text);
    }

    public LocalDateTime local(ConsentText text) {
        return LocalDateTime.ofInstant(text.getValidFrom(), ClockProducer.ZONE);
    }

    public int getMaxLength() {
        return ConsentTextRules.MAX_LENGTH;
    }

    public String getTextSl() {
        return textSl;
    }

    public void setTextSl(String textSl) {
        this.textSl = textSl;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }
}
