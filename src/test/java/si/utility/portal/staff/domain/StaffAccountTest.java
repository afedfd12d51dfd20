package si.utility.portal.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StaffAccountTest {

    private static StaffAccount enrolled(long step) {
        StaffAccount staff = new StaffAccount(" Ana@KPV.si ", "Ana", StaffRole.CLERK, Locale.forLanguageTag("sl"),
                Instant.EPOCH);
        staff.startSetup("hash", "SECRET");
        staff.confirmSecondFactor(step);
        return staff;
    }

    @Test
    void aCodesStepIsTakenOnceAndNoEarlierStepAfterIt() {
        StaffAccount staff = enrolled(100);

        assertThat(staff.useTotpStep(100)).isFalse();
        assertThat(staff.useTotpStep(99)).isFalse();
        assertThat(staff.useTotpStep(101)).isTrue();
        assertThat(staff.useTotpStep(101)).isFalse();
        assertThat(staff.useTotpStep(100)).isFalse();
    }

    @Test
    void onlyASetUpEnabledAccountCanLogIn() {
        StaffAccount staff = enrolled(1);
        assertThat(staff.canLogIn()).isTrue();
        assertThat(staff.getEmail()).isEqualTo("ana@kpv.si");

        staff.setDisabled(true);
        assertThat(staff.canLogIn()).isFalse();
        staff.setDisabled(false);

        staff.resetSecondFactor();
        assertThat(staff.canLogIn()).isFalse();
        assertThat(staff.getTotpSecret()).isNull();
    }

    @Test
    void aNewAccountCannotLogInBeforeItsSetup() {
        StaffAccount staff = new StaffAccount("b@kpv.si", "B", StaffRole.ADMIN, Locale.ENGLISH, Instant.EPOCH);
        assertThat(staff.canLogIn()).isFalse();
    }
}
