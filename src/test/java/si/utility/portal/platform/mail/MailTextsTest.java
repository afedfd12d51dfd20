package si.utility.portal.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MailTextsTest {

    @Test
    void fillsInTheTextOfTheLanguage() {
        assertThat(new MailTexts(Locale.forLanguageTag("sl")).text("signature", "KPV")).contains("KPV");
        assertThat(new MailTexts(Locale.ENGLISH).text("activation.action"))
                .isNotEqualTo(new MailTexts(Locale.forLanguageTag("sl")).text("activation.action"));
    }

    @Test
    void htmlEscapesEveryParagraphAndKeepsLineBreaks() {
        String html = new MailTexts(Locale.forLanguageTag("sl")).html("Prva <b>vrstica</b>\ndruga", "a & b");

        assertThat(html).startsWith("<!DOCTYPE html><html lang=\"sl\"><body>")
                .contains("<p>Prva &lt;b&gt;vrstica&lt;/b&gt;<br>druga</p>", "<p>a &amp; b</p>")
                .endsWith("</body></html>")
                .doesNotContain("<b>");
    }
}
