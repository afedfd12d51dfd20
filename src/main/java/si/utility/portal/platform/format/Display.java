package si.utility.portal.platform.format;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;

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
}
