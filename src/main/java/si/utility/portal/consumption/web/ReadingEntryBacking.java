package si.utility.portal.consumption.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import si.utility.portal.account.security.SignedInCustomer;
import si.utility.portal.consumption.domain.ReadingRules;
import si.utility.portal.consumption.domain.ReadingRules.Doubt;
import si.utility.portal.consumption.service.PointNotFoundException;
import si.utility.portal.consumption.service.ReadingEntryService;
import si.utility.portal.consumption.service.ReadingEntryService.MeterForEntry;
import si.utility.portal.consumption.service.ReadingEntryService.Result;
import si.utility.portal.platform.validation.ValidationFailedException;
import si.utility.portal.platform.web.FormMessages;

/** consumption/reading-entry.xhtml: Vnos števčnega stanja for one of the point's installed meters. */
@Named
@ViewScoped
public class ReadingEntryBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "entry";

    @Inject
    SignedInCustomer customer;

    @Inject
    ReadingEntryService entries;

    @Inject
    PointNavigation navigation;

    @Inject
    Clock clock;

    private String code;
    private transient List<MeterForEntry> meters;
    private Long meterId;
    private String value;
    private String date;
    /** Doubts shown to the customer; ticking the box confirms exactly these. */
    private Set<Doubt> doubts = EnumSet.noneOf(Doubt.class);
    private boolean confirmed;

    private String code() {
        if (code == null) {
            code = navigation.getCode();
        }
        return code;
    }

    public List<MeterForEntry> getMeters() {
        if (meters == null) {
            meters = code() == null || !navigation.isReadingEntryPossible() ? List.of()
                    : entries.meters(customer.payerId(), code());
            if (meterId == null && !meters.isEmpty()) {
                meterId = meters.get(0).meterId();
            }
            if (date == null) {
                date = LocalDate.now(clock).toString();
            }
        }
        return meters;
    }

    public MeterForEntry getMeter() {
        return getMeters().stream().filter(m -> meterId != null && m.meterId() == meterId).findFirst().orElse(null);
    }

    public void submit() throws IOException {
        if (getMeters().isEmpty()) {
            return;
        }
        ReadingRules.Entry entry = new ReadingRules.Entry(value, date,
                confirmed && doubts.contains(Doubt.IMPLAUSIBLE), confirmed && doubts.contains(Doubt.REPLACES_EARLIER));
        Result result;
        try {
            result = entries.submit(customer.payerId(), customer.accountId(), code(), meterId, entry);
        } catch (ValidationFailedException e) {
            doubts = EnumSet.noneOf(Doubt.class);
            confirmed = false;
            FormMessages.show(FORM, e.violations());
            return;
        } catch (PointNotFoundException e) {
            PointNavigation.notFound(FacesContext.getCurrentInstance());
            return;
        }
        switch (result.outcome()) {
            case NEEDS_CONFIRMATION -> {
                doubts = EnumSet.copyOf(result.doubts());
                confirmed = false;
                for (Doubt doubt : doubts) {
                    FormMessages.error(FORM + ":value", doubt == Doubt.IMPLAUSIBLE
                            ? "reading.confirmImplausible" : "reading.confirmReplace");
                }
            }
            case ALREADY_STORED -> {
                FormMessages.flashInfo("reading.alreadyStoredInfo");
                redirectToReadings();
            }
            case STORED -> {
                FormMessages.flashInfo("reading.stored");
                redirectToReadings();
            }
        }
    }

    private void redirectToReadings() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/consumption/readings?code="
                + java.net.URLEncoder.encode(code(), java.nio.charset.StandardCharsets.UTF_8));
    }

    public boolean isConfirmationNeeded() {
        return !doubts.isEmpty();
    }

    public String getConfirmLabel() {
        return FormMessages.text(doubts.contains(Doubt.IMPLAUSIBLE) ? "reading.confirmImplausibleBox"
                : "reading.confirmReplaceBox");
    }

    public Long getMeterId() {
        return meterId;
    }

    public void setMeterId(Long meterId) {
        if (meterId != null && !meterId.equals(this.meterId)) {
            doubts = EnumSet.noneOf(Doubt.class);
        }
        this.meterId = meterId;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        if (value != null && !value.equals(this.value)) {
            // A corrected value must be confirmed again if it is still doubtful.
            doubts = EnumSet.noneOf(Doubt.class);
        }
        this.value = value;
    }

    public String getDate() {
        getMeters();
        return date;
    }

    public void setDate(String date) {
        if (date != null && !date.equals(this.date)) {
            doubts = EnumSet.noneOf(Doubt.class);
        }
        this.date = date;
    }

    public String getToday() {
        return LocalDate.now(clock).toString();
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
