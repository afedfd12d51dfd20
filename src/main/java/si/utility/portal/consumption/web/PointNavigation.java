package si.utility.portal.consumption.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import si.utility.portal.account.security.SignedInCustomer;
import si.utility.portal.consumption.service.ConsumptionPointService;
import si.utility.portal.consumption.service.PointNotFoundException;
import si.utility.portal.core.domain.PayerPoint;

/**
 * The toolbar of the consumption views: which point is chosen and what applies to it. A {@code ?code=} in
 * the URL chooses a point (404 when it is not the payer's); otherwise the session's choice, or the only point.
 */
@Named
@RequestScoped
public class PointNavigation {

    @Inject
    SignedInCustomer customer;

    @Inject
    ConsumptionPointService points;

    @Inject
    ChosenPoint chosen;

    private List<PayerPoint> payerPoints;
    private PayerPoint point;
    private boolean resolved;
    private String selectedCode;

    /** f:viewAction of every consumption page. */
    public void init() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        String requested = faces.getExternalContext().getRequestParameterMap().get("code");
        if (requested != null) {
            try {
                point = points.require(customer.payerId(), requested);
                chosen.choose(point.getCode());
                resolved = true;
            } catch (PointNotFoundException e) {
                notFound(faces);
            }
        }
    }

    static void notFound(FacesContext faces) throws IOException {
        faces.getExternalContext().responseSendError(404, "Not found");
        faces.responseComplete();
    }

    public List<PayerPoint> getPoints() {
        if (payerPoints == null) {
            payerPoints = points.findForPayer(customer.payerId());
        }
        return payerPoints;
    }

    /** The chosen point, or {@code null} while a payer with several points has not chosen one. */
    public PayerPoint getPoint() {
        if (!resolved) {
            resolved = true;
            String code = chosen.code();
            point = getPoints().stream().filter(p -> p.getCode().equals(code)).findFirst()
                    .orElse(getPoints().size() == 1 ? getPoints().get(0) : null);
            if (point != null) {
                chosen.choose(point.getCode());
            }
        }
        return point;
    }

    public String getCode() {
        return getPoint() == null ? null : getPoint().getCode();
    }

    /** Reading entry needs a meter and the point to be the payer's today; the toolbar disables it and says why. */
    public boolean isReadingEntryPossible() {
        return getPoint() != null && getPoint().isMetered() && isCurrent();
    }

    /** A past occupant sees the point read-only. */
    public boolean isCurrent() {
        return getPoint() != null && points.isCurrent(getPoint());
    }

    public String getSelectedCode() {
        return selectedCode == null ? getCode() : selectedCode;
    }

    public void setSelectedCode(String selectedCode) {
        this.selectedCode = selectedCode;
    }

    /** Chooses the point from the toolbar's list and shows the same view for it. */
    public void choose() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId().replace(".xhtml", "");
        external.redirect(external.getRequestContextPath() + view + "?code="
                + java.net.URLEncoder.encode(selectedCode == null ? "" : selectedCode,
                        java.nio.charset.StandardCharsets.UTF_8));
    }
}
