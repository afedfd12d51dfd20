package si.utility.portal.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import si.utility.portal.core.domain.Payer;
import si.utility.portal.core.domain.UtilityService;

class InvoiceTest {

    @Test
    void linesComeInTheBillingSystemsOrderWhateverOrderTheyWereLoadedIn() throws ReflectiveOperationException {
        Invoice invoice = new Invoice("12345678", new Payer("1234", "Janez Novak", "Cesta 1", "3320", "Velenje"),
                null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 18), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28), PaymentReference.NONE);
        invoice.addLine(new UtilityService("VODA", "Voda", "m3"), BigDecimal.TEN, new BigDecimal("1.2000"),
                new BigDecimal("9.5"));
        invoice.addLine(new UtilityService("KANAL", "Odvajanje", "m3"), BigDecimal.TEN, new BigDecimal("0.8000"),
                new BigDecimal("9.5"));
        invoice.addLine(new UtilityService("SMETI", "Odpadki", "kos"), BigDecimal.ONE, new BigDecimal("9.9000"),
                new BigDecimal("9.5"));
        // What a JOIN FETCH may leave in the list: the rows in the database's order, not the line numbers'.
        Field lines = Invoice.class.getDeclaredField("lines");
        lines.setAccessible(true);
        @SuppressWarnings("unchecked")
        List<InvoiceLine> loaded = (List<InvoiceLine>) lines.get(invoice);
        Collections.reverse(loaded);

        assertThat(invoice.getLines()).extracting(InvoiceLine::getLineNumber).containsExactly(1, 2, 3);
    }
}
