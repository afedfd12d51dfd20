package si.utility.portal.account.service;

import jakarta.enterprise.context.RequestScoped;
import java.util.function.IntSupplier;

/**
 * The current consent text version, read once per request: the consent gate and the page's menu both ask, and
 * a version published on any node counts from the next request on.
 */
@RequestScoped
class ConsentVersionOfRequest {

    private Integer number;

    int get(IntSupplier read) {
        if (number == null) {
            number = read.getAsInt();
        }
        return number;
    }

    void forget() {
        number = null;
    }
}
