package si.utility.portal.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestTimingTest {

    private static final Set<String> PAGES = Set.of("/index", "/account/login", "/staff/index", "/billing/invoice");

    @Test
    void aPageOfThePortalIsItsOwnTagWithOrWithoutItsFileExtension() {
        assertThat(RequestTiming.page(PAGES, "/account/login")).isEqualTo("/account/login");
        assertThat(RequestTiming.page(PAGES, "/account/login.xhtml")).isEqualTo("/account/login");
        assertThat(RequestTiming.page(PAGES, "/")).isEqualTo("/index");
        assertThat(RequestTiming.page(PAGES, "/staff/")).isEqualTo("/staff/index");
    }

    @Test
    void everythingElseFallsIntoAFewGroupsSoMadeUpUrlsAddNoSeries() {
        assertThat(RequestTiming.page(PAGES, "/jakarta.faces.resource/core.js.xhtml")).isEqualTo("resource");
        assertThat(RequestTiming.page(PAGES, "/api/v1/export/readings")).isEqualTo("api");
        assertThat(RequestTiming.page(PAGES, "/billing/invoice/../../etc")).isEqualTo("other");
        assertThat(RequestTiming.page(PAGES, "/x" + "a".repeat(10_000))).isEqualTo("other");
    }
}
