package si.utility.portal.platform.format;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import si.utility.portal.platform.time.ClockProducer;

/** {@link DisplayFormats} for pages, in the page's language: {@code #{display.fixed(row.value(), row.decimals())}}. */
@Named
@ApplicationScoped
public class Display {

    public String fixed(BigDecimal value, int decimals) {
        return DisplayFormats.fixed(value, decimals, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String unitPrice(BigDecimal price) {
        return DisplayFormats.unitPrice(price, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String unit(String code) {
        return DisplayFormats.unit(code);
    }

    /** An instant (stored in UTC) as the portal's local time, for {@code f:convertDateTime type="localDateTime"}. */
    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ClockProducer.ZONE);
    }
}
