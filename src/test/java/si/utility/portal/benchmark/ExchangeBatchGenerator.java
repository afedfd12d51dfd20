package si.utility.portal.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import si.utility.portal.billing.domain.PaymentReference;

/**
 * Writes a valid exchange batch folder the size of a municipal utility times a scale factor (1.0: 100,000 payers,
 * 120,000 points, 130,000 meters, about 10 million readings, 2.4 million invoices with 2 lines each, an open item
 * for each payer's latest invoice). Every file is streamed to disk with its SHA-256 and row count computed while
 * writing, so memory stays constant at any scale; the same scale and seed give the same bytes. Dates count back
 * from the fixed day 2026-12-01. Keys and codes carry the prefix {@code B-} (payer codes start with 8), so the
 * batch does not touch the demo data.
 */
public final class ExchangeBatchGenerator {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final int INVOICES_PER_PAYER = 24;
    static final int LINES_PER_INVOICE = 2;
    private static final long SEED = 20261201L;
    private static final BigDecimal WATER_PRICE = new BigDecimal("0.8125");
    private static final BigDecimal FLAT_FEE = new BigDecimal("6.1532");
    private static final BigDecimal VAT = new BigDecimal("9.5");
    private static final String[] STREETS = {"Koroška cesta", "Šaleška cesta", "Prešernova cesta",
        "Kidričeva cesta", "Cankarjeva cesta", "Tomšičeva cesta"};
    private static final String[] NAMES = {"NOVAK", "HORVAT", "KOVAČIČ", "KRAJNC", "ZUPANČIČ", "POTOČNIK"};

    /** How many records of each kind a scale gives. */
    public record Size(int payers, int points, int meters, int readingsPerMeter) {

        public static Size of(double scale) {
            int payers = Math.max(1, (int) Math.round(100_000 * scale));
            int points = Math.max(payers, (int) Math.round(120_000 * scale));
            int meters = Math.max(points, (int) Math.round(130_000 * scale));
            return new Size(payers, points, meters, (int) Math.round(10_000_000.0 / 130_000));
        }

        public long invoices() {
            return (long) payers * INVOICES_PER_PAYER;
        }
    }

    /** A file written: its name (without .csv), rows and SHA-256. */
    public record WrittenFile(String name, long rows, String sha256) {
    }

    /** The batch written: its folder and files, in the format's order. */
    public record Batch(Path folder, String batchId, List<WrittenFile> files) {

        public long rows() {
            return files.stream().mapToLong(WrittenFile::rows).sum();
        }
    }

    private final Size size;

    public ExchangeBatchGenerator(double scale) {
        this.size = Size.of(scale);
    }

    public Size size() {
        return size;
    }

    public Batch write(Path folder, String batchId) throws IOException {
        Files.createDirectories(folder);
        List<WrittenFile> files = new ArrayList<>();
        files.add(csv(folder, "services", "external_id,code,name,unit,version", out -> {
            out.row("B-VODA,B-VODA,Oskrba s pitno vodo,m3,1");
            out.row("B-VODARINA,B-VODARINA,Vodarina omrežnina,mesec,1");
        }));
        files.add(csv(folder, "prices", "external_id,service_external_id,valid_from,price,vat_rate,version", out -> {
            out.row("B-VODA-2015-01-01,B-VODA,2015-01-01," + WATER_PRICE + "," + VAT + ",1");
            out.row("B-VODARINA-2015-01-01,B-VODARINA,2015-01-01," + FLAT_FEE + "," + VAT + ",1");
        }));
        files.add(csv(folder, "payers", "external_id,code,name,street,post_code,city,version", out -> {
            for (int p = 0; p < size.payers; p++) {
                out.row(payer(p) + "," + payerCode(p) + "," + NAMES[p % NAMES.length] + " " + p + ","
                        + STREETS[p % STREETS.length] + " " + (p % 200 + 1) + ",3320,Velenje,1");
            }
        }));
        files.add(csv(folder, "consumption_points", "external_id,code,street,post_code,city,metered,version", out -> {
            for (int i = 0; i < size.points; i++) {
                out.row(point(i) + "," + point(i) + "," + STREETS[i % STREETS.length] + " " + (i % 200 + 1)
                        + ",3320,Velenje,true,1");
            }
        }));
        files.add(csv(folder, "point_payers",
                "external_id,point_external_id,payer_external_id,valid_from,valid_to,version", out -> {
                    for (int i = 0; i < size.points; i++) {
                        out.row("B-OCC-" + i + "," + point(i) + "," + payer(i % size.payers) + ",2015-01-01,,1");
                    }
                }));
        files.add(csv(folder, "point_services", "point_external_id,service_external_id", out -> {
            for (int i = 0; i < size.points; i++) {
                out.row(point(i) + ",B-VODA");
                out.row(point(i) + ",B-VODARINA");
            }
        }));
        LocalDate installed = YearMonth.from(TODAY).minusMonths(size.readingsPerMeter).atDay(1);
        files.add(csv(folder, "meters", "external_id,serial_number,point_external_id,medium,unit,digits,decimals,"
                + "installed_on,removed_on,calibration_due,version", out -> {
                    for (int m = 0; m < size.meters; m++) {
                        // A point's second meter measures hot water, so no point has two meters of one medium.
                        String medium = m < size.points ? "cold_water" : "hot_water";
                        out.row(meter(m) + ",B-SN-" + m + "," + point(m % size.points) + "," + medium + ",m3,6,3,"
                                + installed + ",," + installed.plusYears(10) + ",1");
                    }
                }));
        files.add(csv(folder, "readings", "external_id,meter_external_id,reading_date,value,status,version", out -> {
            SplittableRandom random = new SplittableRandom(SEED);
            for (int m = 0; m < size.meters; m++) {
                long thousandths = 0;
                for (int k = 0; k < size.readingsPerMeter; k++) {
                    LocalDate day = YearMonth.from(installed).plusMonths(k).atEndOfMonth();
                    thousandths += random.nextLong(2_000, 25_000);
                    out.row("B-R-" + m + "-" + k + "," + meter(m) + "," + day + ","
                            + BigDecimal.valueOf(thousandths, 3) + ",accepted,1");
                }
            }
        }));
        files.add(csv(folder, "reading_results", "reading_id,result,reason", out -> {
        }));
        writeInvoices(folder, files);
        Files.writeString(folder.resolve("manifest.json"), manifest(batchId, files), StandardCharsets.UTF_8);
        return new Batch(folder, batchId, List.copyOf(files));
    }

    /** Invoices, their lines and the open items, all from one seeded sequence of monthly water quantities. */
    private void writeInvoices(Path folder, List<WrittenFile> files) throws IOException {
        Csv invoices = new Csv(folder, "invoices", "external_id,invoice_number,payer_external_id,point_external_id,"
                + "issue_date,due_date,period_from,period_to,payment_reference,net_amount,vat_amount,gross_amount,"
                + "version");
        Csv lines = new Csv(folder, "invoice_lines", "external_id,invoice_external_id,line_number,"
                + "service_external_id,quantity,unit_price,vat_rate,net_amount,version");
        Csv openItems = new Csv(folder, "open_items", "external_id,payer_external_id,invoice_external_id,"
                + "document_number,issue_date,due_date,original_amount,open_amount,version");
        try (invoices; lines; openItems) {
            SplittableRandom random = new SplittableRandom(SEED + 1);
            YearMonth lastPeriod = YearMonth.from(TODAY).minusMonths(1);
            for (int p = 0; p < size.payers; p++) {
                for (int k = 0; k < INVOICES_PER_PAYER; k++) {
                    YearMonth period = lastPeriod.minusMonths(INVOICES_PER_PAYER - 1 - k);
                    LocalDate issued = period.plusMonths(1).atDay(1);
                    LocalDate due = issued.plusDays(15);
                    String number = "3" + "%09d".formatted((long) p * INVOICES_PER_PAYER + k);
                    String invoice = "B-INV-" + number;
                    BigDecimal quantity = BigDecimal.valueOf(random.nextLong(2_000, 25_000), 3);
                    BigDecimal water = quantity.multiply(WATER_PRICE).setScale(2, RoundingMode.HALF_UP);
                    BigDecimal fee = FLAT_FEE.setScale(2, RoundingMode.HALF_UP);
                    BigDecimal net = water.add(fee);
                    BigDecimal vat = net.multiply(VAT).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
                    BigDecimal gross = net.add(vat);
                    invoices.row(invoice + "," + number + "," + payer(p) + "," + point(p) + "," + issued + "," + due
                            + "," + period.atDay(1) + "," + period.atEndOfMonth() + ","
                            + PaymentReference.ofInvoice(payerCode(p), number).printed() + "," + net + "," + vat
                            + "," + gross + ",1");
                    lines.row(invoice + "-1," + invoice + ",1,B-VODA," + quantity + "," + WATER_PRICE + "," + VAT + ","
                            + water + ",1");
                    lines.row(invoice + "-2," + invoice + ",2,B-VODARINA,1.000," + FLAT_FEE + "," + VAT + "," + fee
                            + ",1");
                    if (k == INVOICES_PER_PAYER - 1) {
                        openItems.row("B-OI-" + number + "," + payer(p) + "," + invoice + "," + number + "," + issued
                                + "," + due + "," + gross + "," + gross + ",1");
                    }
                }
            }
        }
        files.add(invoices.written());
        files.add(lines.written());
        files.add(openItems.written());
    }

    private static String payer(int p) {
        return "B-P-" + p;
    }

    /** Digits only: the payment reference (model 12) is made of the payer code and the invoice number. */
    private static String payerCode(int p) {
        return String.valueOf(8_000_000 + p);
    }

    private static String point(int i) {
        return "B-OM-" + i;
    }

    private static String meter(int m) {
        return "B-M-" + m;
    }

    private static String manifest(String batchId, List<WrittenFile> files) {
        StringJoiner listed = new StringJoiner(",\n    ", "[\n    ", "\n  ]");
        for (WrittenFile file : files) {
            listed.add("{\"name\": \"" + file.name() + "\", \"mode\": \"delta\", \"rows\": " + file.rows()
                    + ", \"sha256\": \"" + file.sha256() + "\"}");
        }
        return "{\n  \"batch_id\": \"" + batchId + "\",\n  \"created_at\": \"" + TODAY.atStartOfDay() + ":00Z\",\n"
                + "  \"producer\": \"Portal benchmark generator\",\n  \"format_version\": \"1\",\n"
                + "  \"strict\": false,\n  \"files\": " + listed + "\n}\n";
    }

    interface Rows {
        void write(Csv out) throws IOException;
    }

    private static WrittenFile csv(Path folder, String name, String header, Rows rows) throws IOException {
        Csv out = new Csv(folder, name, header);
        try (out) {
            rows.write(out);
        }
        return out.written();
    }

    /** One CSV file being written: CRLF lines, counted and hashed on the way to disk. */
    static final class Csv implements AutoCloseable {

        private final String name;
        private final MessageDigest digest;
        private final BufferedWriter writer;
        private long rows;

        Csv(Path folder, String name, String header) throws IOException {
            this.name = name;
            this.digest = sha256();
            OutputStream file = Files.newOutputStream(folder.resolve(name + ".csv"));
            this.writer = new BufferedWriter(new OutputStreamWriter(new DigestOutputStream(file, digest),
                    StandardCharsets.UTF_8), 1 << 16);
            writer.write(header);
            writer.write("\r\n");
        }

        void row(String line) throws IOException {
            writer.write(line);
            writer.write("\r\n");
            rows++;
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }

        WrittenFile written() {
            return new WrittenFile(name, rows, HexFormat.of().formatHex(digest.digest()));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
