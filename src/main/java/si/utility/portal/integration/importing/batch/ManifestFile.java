package si.utility.portal.integration.importing.batch;

import si.utility.portal.integration.exchange.FileMode;

/**
 * One file the manifest lists: a CSV file by its type's name ({@code payers}, stored as {@code payers.csv}) with
 * mode and data rows, or an invoice PDF by its path ({@code pdf/<invoice number>.pdf}, no mode, no rows).
 */
public record ManifestFile(String name, FileMode mode, long rows, String sha256) {

    public static final String PDF_FOLDER = "pdf/";

    public boolean isData() {
        return !name.startsWith(PDF_FOLDER);
    }

    /** Where the file is in the archive or folder. */
    public String path() {
        return isData() ? name + ".csv" : name;
    }

    /** For a PDF, the invoice number its name gives. */
    public String invoiceNumber() {
        return name.substring(PDF_FOLDER.length(), name.length() - ".pdf".length());
    }
}
