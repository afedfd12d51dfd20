package si.utility.portal.billing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.persistence.config.QueryHints;
import si.utility.portal.billing.domain.Invoice;
import si.utility.portal.billing.domain.InvoiceDocument;
import si.utility.portal.core.domain.ConsumptionPoint;
import si.utility.portal.platform.config.CompanyDetails;
import si.utility.portal.platform.logging.LogSafe;

/**
 * Izstavljeni računi: the invoices of one payer. Every method takes the payer's id (from
 * {@code SignedInCustomer.payerId()}), and every query is restricted to it, so no customer ever reads
 * another's invoice. Paging, sorting and filtering happen in the database.
 */
@ApplicationScoped
public class InvoiceService {

    private static final Logger LOG = Logger.getLogger(InvoiceService.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    OpenItemService openItems;

    @Inject
    CompanyDetails company;

    public long count(long payerId, InvoiceFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Invoice> invoice = query.from(Invoice.class);
        Join<Invoice, ConsumptionPoint> point = invoice.join("consumptionPoint", JoinType.LEFT);
        query.select(cb.count(invoice)).where(restrictions(cb, invoice, point, payerId, filter));
        return em.createQuery(query).getSingleResult();
    }

    /** One page of the list; {@code maxResults} below one means all. */
    public List<InvoiceRow> find(long payerId, InvoiceFilter filter, InvoiceSort sort, int first, int maxResults) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<InvoiceRow> query = cb.createQuery(InvoiceRow.class);
        Root<Invoice> invoice = query.from(Invoice.class);
        Join<Invoice, ConsumptionPoint> point = invoice.join("consumptionPoint", JoinType.LEFT);
        query.select(cb.construct(InvoiceRow.class, invoice.get("invoiceNumber"), invoice.get("issueDate"),
                        invoice.get("dueDate"), invoice.get("periodFrom"), invoice.get("periodTo"), point.get("code"),
                        invoice.get("netAmount"), invoice.get("vatAmount"), invoice.get("grossAmount")))
                .where(restrictions(cb, invoice, point, payerId, filter))
                .orderBy(order(cb, invoice, point, sort == null ? InvoiceSort.NEWEST_FIRST : sort));
        var typed = em.createQuery(query).setFirstResult(Math.max(first, 0));
        if (maxResults > 0) {
            typed.setMaxResults(maxResults);
        }
        return withOpenAmounts(payerId, typed.getResultList());
    }

    /** Zadnji računi, the overview's card: the payer's {@code count} newest invoices, each with what is open of it. */
    public List<InvoiceRow> newest(long payerId, int count) {
        return find(payerId, null, InvoiceSort.NEWEST_FIRST, 0, Math.max(1, count));
    }

    /** The invoice with its lines, only if it belongs to the payer; an attempt at another's is logged. */
    public Optional<Invoice> findByNumber(long payerId, String number) {
        Optional<Invoice> found = number == null || number.isBlank() ? Optional.empty() : em.createQuery("""
                        SELECT DISTINCT i FROM Invoice i JOIN FETCH i.payer LEFT JOIN FETCH i.lines
                        LEFT JOIN FETCH i.consumptionPoint
                        WHERE i.payer.id = :payerId AND i.invoiceNumber = :number""", Invoice.class)
                // The lines' services in the same statement (JPQL cannot fetch through a collection).
                .setHint(QueryHints.LEFT_FETCH, "i.lines.service")
                .setParameter("payerId", payerId)
                .setParameter("number", number.strip())
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            LOG.warning(() -> "Payer " + payerId + " asked for invoice " + LogSafe.quote(number)
                    + ", which does not exist or belongs to another payer");
        }
        return found;
    }

    /**
     * The invoice as a PDF: the billing system's own when a batch brought one, else rendered with the UPN QR code of
     * what is still open of it; empty if it is not the payer's.
     */
    public Optional<byte[]> pdf(long payerId, String number) {
        return findByNumber(payerId, number).map(invoice -> billingSystemPdf(invoice).orElseGet(() -> {
            BigDecimal open = openAmount(payerId, invoice.getInvoiceNumber());
            return InvoicePdf.write(invoice, PaymentRecipient.of(company),
                    openItems.invoicePayment(invoice, open).orElse(null));
        }));
    }

    /** The billing system's own PDF (the legal document) when a batch brought one. */
    private Optional<byte[]> billingSystemPdf(Invoice invoice) {
        return em.createNamedQuery(InvoiceDocument.FIND_CONTENT_BY_INVOICE, byte[].class)
                .setParameter("invoiceId", invoice.getId()).getResultStream().findFirst();
    }

    /** What is still to be paid of the payer's invoice, net of its credits; zero or less when it is paid. */
    public BigDecimal openAmount(long payerId, String number) {
        BigDecimal open = em.createQuery("""
                        SELECT SUM(o.openAmount) FROM OpenItem o
                        WHERE o.payer.id = :payerId AND o.invoice.invoiceNumber = :number""",
                        BigDecimal.class)
                .setParameter("payerId", payerId)
                .setParameter("number", number)
                .getSingleResult();
        return open == null ? BigDecimal.ZERO.setScale(2) : open;
    }

    /** The years the payer has invoices from, the latest first: the choices of the year filter. */
    public List<Integer> years(long payerId) {
        return em.createQuery("SELECT DISTINCT i.issueDate FROM Invoice i WHERE i.payer.id = :payerId",
                        LocalDate.class)
                .setParameter("payerId", payerId)
                .getResultStream()
                .map(LocalDate::getYear)
                .distinct()
                .sorted((a, b) -> b - a)
                .toList();
    }

    private List<InvoiceRow> withOpenAmounts(long payerId, List<InvoiceRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, BigDecimal> open = new HashMap<>();
        em.createQuery("""
                        SELECT o.invoice.invoiceNumber, SUM(o.openAmount) FROM OpenItem o
                        WHERE o.payer.id = :payerId AND o.invoice.invoiceNumber IN :numbers
                        GROUP BY o.invoice.invoiceNumber""", Object[].class)
                .setParameter("payerId", payerId)
                .setParameter("numbers", rows.stream().map(InvoiceRow::number).toList())
                .getResultList()
                .forEach(row -> open.put((String) row[0], (BigDecimal) row[1]));
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return rows.stream().map(row -> row.withOpenAmount(open.getOrDefault(row.number(), zero))).toList();
    }

    private static Predicate[] restrictions(CriteriaBuilder cb, Root<Invoice> invoice,
            Join<Invoice, ConsumptionPoint> point, long payerId, InvoiceFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        predicates.add(cb.equal(invoice.get("payer").get("id"), payerId));
        if (filter != null && filter.year() != null) {
            predicates.add(cb.between(invoice.get("issueDate"), LocalDate.of(filter.year(), 1, 1),
                    LocalDate.of(filter.year(), 12, 31)));
        }
        if (filter != null && filter.consumptionPointId() != null) {
            predicates.add(cb.or(cb.isNull(point.get("id")),
                    cb.equal(point.get("id"), filter.consumptionPointId())));
        }
        return predicates.toArray(Predicate[]::new);
    }

    /** The number breaks ties, so pages never overlap or skip an invoice. */
    private static List<Order> order(CriteriaBuilder cb, Root<Invoice> invoice, Join<Invoice, ConsumptionPoint> point,
            InvoiceSort sort) {
        Expression<?> key = switch (sort.column()) {
            case NUMBER -> invoice.get("invoiceNumber");
            case ISSUE_DATE -> invoice.get("issueDate");
            case DUE_DATE -> invoice.get("dueDate");
            case PERIOD -> invoice.get("periodFrom");
            case CONSUMPTION_POINT -> point.get("code");
            case NET -> invoice.get("netAmount");
            case VAT -> invoice.get("vatAmount");
            case GROSS -> invoice.get("grossAmount");
        };
        Expression<?> tieBreaker = invoice.get("invoiceNumber");
        List<Order> orders = new ArrayList<>();
        orders.add(sort.ascending() ? cb.asc(key) : cb.desc(key));
        if (sort.column() != InvoiceSort.Column.NUMBER) {
            orders.add(sort.ascending() ? cb.asc(tieBreaker) : cb.desc(tieBreaker));
        }
        return orders;
    }

    /** A number from a URL goes to the log; it must not forge log lines. */}
