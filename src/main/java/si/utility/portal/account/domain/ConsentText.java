package si.utility.portal.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of the GDPR consent text (besedilo soglasja), in Slovenian and English. The newest version is the
 * one customers must accept; versions are never changed, so a customer's consent record names the text they read.
 */
@Entity
@Table(name = "CONSENT_TEXT")
@NamedQuery(name = ConsentText.FIND_ALL, query = "SELECT t FROM ConsentText t ORDER BY t.number DESC")
@NamedQuery(name = ConsentText.CURRENT_NUMBER, query = "SELECT MAX(t.number) FROM ConsentText t")
public class ConsentText {

    public static final String FIND_ALL = "ConsentText.findAll";
    public static final String CURRENT_NUMBER = "ConsentText.currentNumber";

    /** Assigned as the highest number plus one; the primary key lets only one of two simultaneous publishers win. */
    @Id
    @Column(name = "VERSION_NUMBER")
    private int number;

    @Column(name = "VALID_FROM", nullable = false)
    private Instant validFrom;

    @Column(name = "TEXT_SL", nullable = false, length = ConsentTextRules.MAX_LENGTH)
    private String textSl;

    @Column(name = "TEXT_EN", nullable = false, length = ConsentTextRules.MAX_LENGTH)
    private String textEn;

    protected ConsentText() {
    }

    public ConsentText(int number, Instant validFrom, String textSl, String textEn) {
        this.number = number;
        this.validFrom = validFrom;
        this.textSl = textSl;
        this.textEn = textEn;
    }

    public int getNumber() {
        return number;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public String getTextSl() {
        return textSl;
    }

    public String getTextEn() {
        return textEn;
    }

    /** The text in the language of the page: Slovenian unless the page is English. */
    public String text(String language) {
        return "en".equals(language) ? textEn : textSl;
    }
}
