package si.utility.portal.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import si.utility.portal.account.service.AccountAdministration;
import si.utility.portal.platform.validation.Violations;
import si.utility.portal.platform.web.FormMessages;
import si.utility.portal.staff.security.SignedInStaff;
import si.utility.portal.staff.service.CustomerCards;
import si.utility.portal.staff.service.CustomerCards.Card;

/** staff/customer.xhtml?id=: the customer card, opened (and audited) once per view. */
@Named
@ViewScoped
public class StaffCustomerBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String BLOCK_FORM = "block";
    static final String DETACH_FORM = "detach";
    static final String EMAIL_FORM = "email";

    @Inject
    CustomerCards cards;

    @Inject
    SignedInStaff staff;

    @Inject
    AccountAdministration accounts;

    private Long id;
    private String blockReason;
    private boolean detachConfirmed;
    private transient Optional<Card> card;

    public Card getCard() {
        if (card == null) {
            card = id == null ? Optional.empty() : cards.open(staff.member(), id);
        }
        return card.orElse(null);
    }

    /** f:viewAction: a payer id that is unknown or no number is a 404 (the id is read raw, see StaffPages). */
    public void open() throws IOException {
        id = StaffPages.numberParameter("id").orElse(null);
        if (getCard() == null) {
            StaffPages.notFound();
        }
    }

    public void resendActivation() {
        if (id != null && cards.resendActivation(staff.member(), id)) {
            FormMessages.globalInfo("staff.customer.activationResent");
        } else {
            FormMessages.globalError("staff.customer.activationNotPending");
        }
    }

    public void block() {
        Violations violations = accounts.block(staff.member().actor(), accountId(), blockReason);
        if (violations.has("account")) {
            goneMeanwhile();
        } else if (!violations.isEmpty()) {
            FormMessages.show(BLOCK_FORM, violations);
        } else {
            blockReason = null;
            reopen("staff.customer.blocked");
        }
    }

    public void unblock() {
        if (accounts.unblock(staff.member().actor(), accountId())) {
            reopen("staff.customer.unblocked");
        } else {
            goneMeanwhile();
        }
    }

    /** Needs the confirmation box: the account is deleted and its owner told. */
    public void detach() {
        if (!detachConfirmed) {
            FormMessages.error(DETACH_FORM + ":confirm", "staff.customer.detachConfirmRequired");
            return;
        }
        detachConfirmed = false;
        if (accounts.detach(staff.member().actor(), accountId())) {
            reopen("staff.customer.detached");
        } else {
            goneMeanwhile();
        }
    }

    // E-mail change on a verified request: the new address gets the confirmation link, the old one the notice.
    private String newEmail;
    private String emailReason;

    public void requestEmailChange() {
        Violations violations = accounts.requestEmailChange(staff.member().actor(), accountId(), newEmail,
                emailReason);
        if (violations.has("account")) {
            goneMeanwhile();
        } else if (!violations.isEmpty()) {
            FormMessages.show(EMAIL_FORM, violations);
        } else {
            FormMessages.globalInfo("staff.customer.emailChangeRequested", newEmail.strip());
            newEmail = null;
            emailReason = null;
        }
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getEmailReason() {
        return emailReason;
    }

    public void setEmailReason(String emailReason) {
        this.emailReason = emailReason;
    }

    /** Another clerk changed the account since this card was shown (detached it, unblocked it). */
    private void goneMeanwhile() {
        card = null;
        FormMessages.globalError("common.changedMeanwhile");
    }

    private long accountId() {
        return getCard().account().orElseThrow().id();
    }

    /** Reads the card again after an action (and audits that view like any other). */
    private void reopen(String doneKey) {
        card = null;
        FormMessages.globalInfo(doneKey);
    }

    public String getBlockReason() {
        return blockReason;
    }

    public void setBlockReason(String blockReason) {
        this.blockReason = blockReason;
    }

    public boolean isDetachConfirmed() {
        return detachConfirmed;
    }

    public void setDetachConfirmed(boolean detachConfirmed) {
        this.detachConfirmed = detachConfirmed;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
