package si.utility.portal.staff.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditFilter;

class AuditParametersTest {

    private static AuditParameters of(Map<String, String> parameters) {
        return AuditParameters.of(parameters::get);
    }

    @Test
    void readableParametersMakeTheFilter() {
        AuditParameters read = of(Map.of("from", "2026-12-01", "to", "2026-12-02", "action", "STAFF_LOGIN",
                "actor", " staff:3 ", "payer", "42"));

        assertThat(read.invalid()).isEmpty();
        assertThat(read.filter()).isEqualTo(new AuditFilter(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2),
                AuditAction.STAFF_LOGIN, "staff:3", 42L));
    }

    @Test
    void whatCannotBeReadIsLeftOutAndNamed() {
        AuditParameters read = of(Map.of("from", "0000-01-01", "to", "9999-12-31", "action", "DROP TABLE",
                "actor", "x".repeat(41), "payer", "-1"));

        assertThat(read.invalid()).containsExactly("from", "to", "action", "actor", "payer");
        assertThat(read.filter()).isEqualTo(new AuditFilter(null, null, null, null, null));
        assertThat(of(Map.of("from", "+99999-01-01", "to", "2026-02-30", "payer", "9".repeat(19))).invalid())
                .containsExactly("from", "to", "payer");
    }
}
