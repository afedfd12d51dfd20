package si.utility.portal.consumption.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void fieldsWithSeparatorQuoteOrLineBreakAreQuoted() {
        assertThat(Csv.quote("Dunajska cesta 1")).isEqualTo("Dunajska cesta 1");
        assertThat(Csv.quote("1;2")).isEqualTo("\"1;2\"");
        assertThat(Csv.quote("a \"b\"")).isEqualTo("\"a \"\"b\"\"\"");
        assertThat(Csv.quote("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(Csv.quote(null)).isEmpty();
    }
}
