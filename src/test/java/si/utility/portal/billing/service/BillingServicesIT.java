package si.utility.portal.billing.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.File;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.utility.portal.billing.domain.PaymentReference;
import si.utility.portal.testsupport.Deployments;
import si.utility.portal.testsupport.TestData;
import si.utility.portal.testsupport.TestData.InvoicedPayer;

/** Invoices and open items against the real database: paging, sorting, filtering, access, PDF. */
@ExtendWith(ArquillianExtension.class)
class BillingServicesIT {

    private static final int MONTHS = 15;

    @Deployment
    static WebArchive deployment() {
        // The PDF test reads the generated document inside the server, so PDFBox travels with it.
        return Deployments.portal().addAsLibraries(jarOf(Loader.class), jarOf(org.apache.fontbox.FontBoxFont.class),
                jarOf(org.apache.pdfbox.io.RandomAccessRead.class), jarOf(org.apache.commons.logging.Log.class));
    }

    @Inject
    InvoiceService invoices;

    @Inject
    OpenItemService openItems;

    @Inject
    TestData testData;

    @Test
    void pagesComeFromTheDatabaseNewestFirstWithoutOverlap() {
        InvoicedPayer payer = testData.newInvoicedPayer(MONTHS);

        List<InvoiceRow> first = invoices.find(payer.payerId(), InvoiceFilter.NONE, null, 0, 12);
        List<InvoiceRow> second = invoices.find(payer.payerId(), InvoiceFilter.NONE, null, 12, 12);

        assertThat(invoices.count(payer.payerId(), InvoiceFilter.NONE)).isEqualTo(MONTHS);
        assertThat(first).hasSize(12);
        assertThat(second).hasSize(MONTHS - 12);
        List<String> all = new ArrayList<>(first.stream().map(InvoiceRow::number).toList());
        all.addAll(second.stream().map(InvoiceRow::number).toList());
        assertThat(all).isEqualTo(payer.invoiceNumbers());
        assertThat(first.get(0).isOpen()).isTrue();
        assertThat(first.get(0).openAmount()).isLessThan(first.get(0).grossAmount());
        assertThat(first.get(1).number()).isEqualTo(payer.overdueNumber());
        assertThat(first.get(1).openAmount()).isEqualByComparingTo(first.get(1).grossAmount());
        assertThat(first.get(2).isOpen()).isFalse();
    }

    @Test
    void sortsByAnyColumnInTheDatabase() {
        InvoicedPayer payer = testData.newInvoicedPayer(MONTHS);

        List<InvoiceRow> byGross = invoices.find(payer.payerId(), InvoiceFilter.NONE,
                new InvoiceSort(InvoiceSort.Column.GROSS, true), 0, 5);
        List<InvoiceRow> byNumberDesc = invoices.find(payer.payerId(), InvoiceFilter.NONE,
                new InvoiceSort(InvoiceSort.Column.NUMBER, false), 0, 0);
        List<InvoiceRow> byPoint = invoices.find(payer.payerId(), InvoiceFilter.NONE,
                new InvoiceSort(InvoiceSort.Column.CONSUMPTION_POINT, true), 0, 0);

        // The water quantity grows every month, so the oldest invoices are the cheapest.
        List<String> oldestFirst = new ArrayList<>(payer.invoiceNumbers());
        java.util.Collections.reverse(oldestFirst);
        assertThat(byGross).extracting(InvoiceRow::number).containsExactlyElementsOf(oldestFirst.subList(0, 5));
        assertThat(byGross).isSortedAccordingTo(Comparator.comparing(InvoiceRow::grossAmount));
        assertThat(byNumberDesc).extracting(InvoiceRow::number).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(byPoint).hasSize(MONTHS);
    }

    @Test
    void filtersByYearAndConsumptionPointInTheDatabase() {
        InvoicedPayer payer = testData.newInvoicedPayer(MONTHS);
        List<InvoiceRow> all = invoices.find(payer.payerId(), InvoiceFilter.NONE, null, 0, 0);
        int year = invoices.years(payer.payerId()).get(0);

        InvoiceFilter byYear = new InvoiceFilter(year, null);
        InvoiceFilter bySecondPoint = new InvoiceFilter(null, payer.secondPointId());

        long inYear = all.stream().filter(row -> row.issueDate().getYear() == year).count();
        assertThat(invoices.count(payer.payerId(), byYear)).isEqualTo(inYear);
        assertThat(invoices.find(payer.payerId(), byYear, null, 0, 0))
                .allSatisfy(row -> assertThat(row.issueDate().getYear()).isEqualTo(year));
        // Odd months bill the second point; the latest invoice bills both points.
        assertThat(invoices.find(payer.payerId(), bySecondPoint, null, 0, 0))
                .hasSize(MONTHS / 2 + 1)
                .allSatisfy(row -> assertThat(row.consumptionPointCode()).isIn(null, "TB-" + payer.payerCode()));
        assertThat(invoices.count(payer.payerId(), new InvoiceFilter(year, payer.firstPointId())))
                .isLessThan(inYear + 1);
    }

    @Test
    void anotherPayersInvoiceIsNotFound() {
        InvoicedPayer owner = testData.newInvoicedPayer(3);
        InvoicedPayer stranger = testData.newInvoicedPayer(3);
        String number = owner.invoiceNumbers().get(0);

        assertThat(invoices.findByNumber(owner.payerId(), number)).isPresent();
        assertThat(invoices.findByNumber(stranger.payerId(), number)).isEmpty();
        assertThat(invoices.pdf(stranger.payerId(), number)).isEmpty();
        assertThat(invoices.findByNumber(stranger.payerId(), "no-such-invoice")).isEmpty();
        assertThat(invoices.find(stranger.payerId(), InvoiceFilter.NONE, null, 0, 0))
                .extracting(InvoiceRow::number).doesNotContainAnyElementsOf(owner.invoiceNumbers());
        assertThat(invoices.find(stranger.payerId(), new InvoiceFilter(null, owner.firstPointId()), null, 0, 0))
                .extracting(InvoiceRow::number).doesNotContainAnyElementsOf(owner.invoiceNumbers());
    }

    @Test
    void invoicePdfIsReadableAndNamesTheInvoiceAndThePayer() throws Exception {
        InvoicedPayer payer = testData.newInvoicedPayer(3);

        byte[] pdf = invoices.pdf(payer.payerId(), payer.notDueNumber()).orElseThrow();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(payer.notDueNumber(), payer.name(), "Oskrba s pitno vodo",
                    PaymentReference.ofInvoice(payer.payerCode(), payer.notDueNumber()).printed());
        }
    }

    @Test
    void creditsNetTheBalanceAndGetNoPaymentCode() {
        InvoicedPayer payer = testData.newInvoicedPayer(4);
        OpenItemsOverview before = openItems.overview(payer.payerId());
        BigDecimal owed = before.balance().total();
        String credit = testData.addCredit(payer.payerId(), new BigDecimal("10.00"));

        OpenItemsOverview overview = openItems.overview(payer.payerId());

        assertThat(overview.items()).extracting(OpenItemRow::documentNumber).contains(credit).hasSize(3);
        OpenItemRow creditRow = overview.items().stream().filter(row -> row.documentNumber().equals(credit))
                .findFirst().orElseThrow();
        assertThat(creditRow.isCredit()).isTrue();
        assertThat(creditRow.payment()).isNull();
        assertThat(overview.items()).filteredOn(row -> !row.isCredit()).allSatisfy(row ->
                assertThat(row.payment()).isNotNull());
        assertThat(overview.balance().total()).isEqualByComparingTo(owed.subtract(new BigDecimal("10.00")));
        assertThat(overview.balancePayment().fields().get(8)).isEqualTo("%011d".formatted(
                owed.subtract(new BigDecimal("10.00")).movePointRight(2).longValueExact()));
    }

    @Test
    void aCreditLargerThanTheDebtsIsStatedAndNothingIsToPay() {
        InvoicedPayer payer = testData.newInvoicedPayer(4);
        BigDecimal owed = openItems.overview(payer.payerId()).balance().total();
        testData.addCredit(payer.payerId(), owed.add(new BigDecimal("12.34")));

        OpenItemsOverview overview = openItems.overview(payer.payerId());

        assertThat(overview.balance().total()).isEqualByComparingTo("-12.34");
        assertThat(overview.balance().credit()).isEqualByComparingTo("12.34");
        assertThat(overview.balance().hasOverdue()).isFalse();
        assertThat(overview.balancePayment()).isNull();
    }

    @Test
    void anInvoiceWithAStoredReferenceTheBankWouldRefuseShowsNoPaymentCode() {
        InvoicedPayer payer = testData.newInvoicedPayer(4);
        testData.storeReference(payer.overdueNumber(), "SI12 " + payer.payerCode() + "-" + payer.overdueNumber());

        OpenItemsOverview overview = openItems.overview(payer.payerId());

        assertThat(overview.items().get(0).documentNumber()).isEqualTo(payer.overdueNumber());
        assertThat(overview.items().get(0).payment()).isNull();
        assertThat(overview.items().get(1).payment()).isNotNull();
        assertThat(overview.balancePayment()).isNotNull();
    }

    @Test
    void openItemsShowTheBalanceTheOverduePartAndAPaymentCodeForEach() {
        InvoicedPayer payer = testData.newInvoicedPayer(4);

        OpenItemsOverview overview = openItems.overview(payer.payerId());

        assertThat(overview.items()).extracting(OpenItemRow::documentNumber)
                .containsExactly(payer.overdueNumber(), payer.notDueNumber());
        OpenItemRow overdue = overview.items().get(0);
        OpenItemRow notDue = overview.items().get(1);
        assertThat(overdue.isOverdue()).isTrue();
        assertThat(overdue.daysOverdue()).isPositive();
        assertThat(notDue.isOverdue()).isFalse();
        assertThat(notDue.partiallyPaid()).isTrue();
        assertThat(overview.balance().total()).isEqualByComparingTo(overdue.openAmount().add(notDue.openAmount()));
        assertThat(overview.balance().overdue()).isEqualByComparingTo(overdue.openAmount());
        List<String> fields = overdue.payment().fields();
        assertThat(fields.get(8)).isEqualTo("%011d".formatted(overdue.openAmount().movePointRight(2).longValueExact()));
        assertThat(fields.get(5)).isEqualTo(payer.name());
        assertThat(fields.get(14)).isEqualTo("SI56191000000123438");
        assertThat(fields.get(15)).isEqualTo(PaymentReference.ofInvoice(payer.payerCode(), payer.overdueNumber()).compact());
        assertThat(fields.get(16)).isEqualTo("Komunalno podjetje Velenje, d. o.");
        assertThat(overview.balancePayment().fields().get(8))
                .isEqualTo("%011d".formatted(overview.balance().total().movePointRight(2).longValueExact()));
        assertThat(overview.balance().total()).isGreaterThan(BigDecimal.ZERO);
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
