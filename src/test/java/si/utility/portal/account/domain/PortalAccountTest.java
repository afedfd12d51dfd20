package si.utility.portal.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import si.utility.portal.core.domain.Payer;

class PortalAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    private final PortalAccount account = new PortalAccount(
            new Payer("1234", "NOVAK JANEZ", "Dunajska cesta bb", "3320", "Velenje"), " Janez.Novak@Example.COM ",
            "hash", Locale.forLanguageTag("sl"), NOW);

    @Test
    void newAccountWaitsForActivationGreetsWithThePayerNameAndStoresTheEmailLowerCase() {
        assertThat(account.isActive()).isFalse();
        assertThat(account.getDisplayName()).isEqualTo("NOVAK JANEZ");
        assertThat(account.getEmail()).isEqualTo("janez.novak@example.com");
        assertThat(account.getLocale().getLanguage()).isEqualTo("sl");
    }

    @Test
    void consentCountsOnlyForTheVersionThatWasAccepted() {
        assertThat(account.hasConsented(1)).isFalse();

        account.recordConsent(1);

        assertThat(account.hasConsented(1)).isTrue();
        assertThat(account.hasConsented(2)).as("a new consent text asks again").isFalse();
        account.withdrawConsent();
        assertThat(account.hasConsented(1)).isFalse();
    }

    @Test
    void activationHappensOnce() {
        account.activate(NOW);
        account.activate(NOW.plusSeconds(60));

        assertThat(account.isActive()).isTrue();
        assertThat(account.getActivatedAt()).isEqualTo(NOW);
    }

    @Test
    void aNewPasswordOrAnExplicitEndRaisesTheSessionVersionSoEveryOpenSessionEnds() {
        int before = account.getSessionVersion();

        account.changePassword("new-hash", NOW.plusSeconds(60));
        assertThat(account.getSessionVersion()).isEqualTo(before + 1);
        assertThat(account.getPasswordHash()).isEqualTo("new-hash");

        account.endAllSessions();
        assertThat(account.getSessionVersion()).isEqualTo(before + 2);
    }

    @Test
    void aChangedEmailIsStoredLikeARegisteredOne() {
        account.changeEmail(" Nova.Novak@Example.SI ");

        assertThat(account.getEmail()).isEqualTo("nova.novak@example.si");
    }
}
