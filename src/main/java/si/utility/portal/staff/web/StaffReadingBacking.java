package si.utility.portal.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import si.utility.portal.consumption.service.ReadingReview;
import si.utility.portal.consumption.service.ReadingReview.ReviewCase;
import si.utility.portal.platform.format.DisplayFormats;
import si.utility.portal.platform.validation.Violations;
import si.utility.portal.platform.web.FormMessages;
import si.utility.portal.staff.security.SignedInStaff;

/** staff/reading.xhtml?id=: a reading under review with its meter's history; the clerk accepts or rejects it. */
@Named
@ViewScoped
public class StaffReadingBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "decision";

    @Inject
    ReadingReview review;

    @Inject
    SignedInStaff staff;

    private Long id;
    private String reason;
    private transient Optional<ReviewCase> reviewCase;

    public ReviewCase getReviewCase() {
        if (reviewCase == null) {
            reviewCase = id == null ? Optional.empty() : review.find(id);
        }
        return reviewCase.orElse(null);
    }

    /** The meter's recent readings as a chart, the reading under review marked; "{}" when there is none. */
    public String getChartJson() {
        ReviewCase found = getReviewCase();
        if (found == null) {
            return "{}";
        }
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(FormMessages.text("common.datePattern"));
        return ReviewChart.json(found.history(), dates,
                FormMessages.text("staff.reading.chartSeries", DisplayFormats.unit(found.reading().unit())));
    }

    public void accept() {
        decide(true, "staff.readings.accepted");
    }

    public void reject() {
        decide(false, "staff.readings.rejected");
    }

    private void decide(boolean accept, String doneKey) {
        if (getReviewCase() == null) {
            return;
        }
        Violations violations = review.decide(id, accept, reason, staff.member().actor());
        if (violations.has("decision")) {
            FormMessages.globalError("staff.readings.alreadyDecided");
        } else if (!violations.isEmpty()) {
            FormMessages.show(FORM, violations);
            return;
        } else {
            FormMessages.globalInfo(doneKey);
        }
        reason = null;
        reviewCase = null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
