package si.utility.portal.integration.importing.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsQuotesEscapedQuotesEmbeddedNewlinesAndCountsLinesFromTheHeader() throws IOException {
        List<CsvRecord> records = read("code,name\r\n1,\"Novak, Janez\"\r\n2,\"Cesta \"\"A\"\"\nnadstropje 2\"\n3,\n");

        assertThat(records).containsExactly(
                new CsvRecord(1, List.of("code", "name")),
                new CsvRecord(2, List.of("1", "Novak, Janez")),
                new CsvRecord(3, List.of("2", "Cesta \"A\"\nnadstropje 2")),
                new CsvRecord(5, List.of("3", "")));
    }

    @Test
    void skipsTheByteOrderMarkAndEmptyLinesAndReadsALastLineWithoutBreak() throws IOException {
        List<CsvRecord> records = read("\uFEFFcode,name\n\n1,Šaleška\r\n\r\n2,\"\"");

        assertThat(records).containsExactly(new CsvRecord(1, List.of("code", "name")),
                new CsvRecord(3, List.of("1", "Šaleška")), new CsvRecord(5, List.of("2", "")));
    }

    @Test
    void keepsCrLfInsideAQuotedField() throws IOException {
        assertThat(read("a\n\"x\r\ny\"\n")).containsExactly(new CsvRecord(1, List.of("a")),
                new CsvRecord(2, List.of("x\r\ny")));
    }

    @Test
    void refusesAnUnclosedQuoteWithTheLineWhereTheRecordStarts() {
        assertThatThrownBy(() -> read("a,b\n1,\"open\n\n")).isInstanceOfSatisfying(CsvFormatException.class,
                e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e).hasMessageContaining("not closed");
                });
    }

    @Test
    void refusesTextAfterAClosingQuoteAndAQuoteInsideAnUnquotedField() {
        assertThatThrownBy(() -> read("a,b\n\"x\"y,2\n")).isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("follows the closing quote");
        assertThatThrownBy(() -> read("a,b\nx\"y,2\n")).isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("quote inside an unquoted field");
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] latin2 = "a\n\u0161\n".getBytes(java.nio.charset.Charset.forName("ISO-8859-2"));
        assertThatThrownBy(() -> read(new ByteArrayInputStream(latin2), CsvLimits.DEFAULT))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void refusesAFieldARecordOrAFieldCountBeyondTheLimitsWithoutReadingOn() {
        CsvLimits limits = new CsvLimits(10, 30, 3);
        assertThatThrownBy(() -> read(stream("a\n" + "x".repeat(11) + "\n"), limits))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("field is longer than 10");
        assertThatThrownBy(() -> read(stream("a\n\"" + "x".repeat(9) + "\",\"" + "y".repeat(9) + "\",\""
                + "z".repeat(9) + "\"\n"), limits))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("record is longer than 30");
        assertThatThrownBy(() -> read(stream("a,b,c,d\n"), limits)).isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("more than 3 fields");
    }

    /** A record with an unclosed quote and no end would otherwise be read into memory whole. */
    @Test
    void anEndlessQuotedFieldIsRefusedAtTheLimitNotAtTheEndOfTheStream() {
        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                served++;
                if (served > 10_000_000) {
                    throw new AssertionError("read on past the limit");
                }
                return served == 1 ? '"' : 'x';
            }
        };
        assertThatThrownBy(() -> read(endless, CsvLimits.DEFAULT)).isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("longer than");
    }

    private static List<CsvRecord> read(String csv) throws IOException {
        return read(stream(csv), CsvLimits.DEFAULT);
    }

    private static InputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<CsvRecord> read(InputStream in, CsvLimits limits) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(in, limits)) {
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        return records;
    }
}
