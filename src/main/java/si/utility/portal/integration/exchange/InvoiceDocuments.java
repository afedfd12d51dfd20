package si.utility.portal.integration.exchange;

import java.io.InputStream;

/** The billing system's own invoice PDFs of a batch ({@code pdf/<invoice number>.pdf}), the legal documents. */
public interface InvoiceDocuments {

    /**
     * Stores the PDF as the document customers download for that invoice, in the caller's transaction, reading
     * the stream once. The same bytes again are {@link RowOutcome#UNCHANGED}; an unknown invoice or a file that
     * is not a PDF is rejected (line 0, the path as the file).
     */
    RowResult store(String invoiceNumber, InputStream pdf, ImportContext context);
}
