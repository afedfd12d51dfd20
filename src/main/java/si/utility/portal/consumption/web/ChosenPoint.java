package si.utility.portal.consumption.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/** The consumption point the customer chose; it stays while they move between the point's views. */
@SessionScoped
public class ChosenPoint implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;

    public String code() {
        return code;
    }

    void choose(String code) {
        this.code = code;
    }
}
