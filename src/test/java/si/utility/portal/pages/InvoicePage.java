package si.utility.portal.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** billing/invoice: one invoice with its lines, payment data and PDF download. */
public class InvoicePage extends PortalPage {

    @FindBy(id = "invoice-number")
    private WebElement number;

    @FindBy(id = "pdf")
    private WebElement pdf;

    @FindBy(css = "[id='lines'] tbody tr")
    private List<WebElement> lines;

    @FindBy(id = "payment-reference")
    private WebElement reference;

    @FindBy(id = "payment-iban")
    private WebElement iban;

    public InvoicePage(WebDriver driver) {
        super(driver, By.id("invoice-number"));
    }

    public String number() {
        return number.getText();
    }

    public int lineCount() {
        return lines.size();
    }

    /** The cells of each invoice line as shown: service, quantity, unit, unit price, VAT rate, amount. */
    public List<List<String>> lines() {
        return lines.stream().map(line -> line.findElements(By.tagName("td")).stream().map(WebElement::getText)
                .toList()).toList();
    }

    /** Sklic, as printed on the invoice. */
    public String reference() {
        return reference.getText();
    }

    public String iban() {
        return iban.getText();
    }

    public String pdfUrl() {
        return pdf.getDomProperty("href");
    }
}
