package si.utility.portal.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.utility.portal.account.service.ActivationService;

/** account/resend-activation.xhtml: a new activation link for an account that has not been activated. */
@Named
@ViewScoped
public class ResendActivationBacking extends MailedLinkRequest {

    private static final long serialVersionUID = 1L;

    @Inject
    ActivationService activation;

    public void resend() {
        submit("resend", activation::resendActivation);
    }
}
