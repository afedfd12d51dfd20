package si.utility.portal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagingParametersTest {

    private static Map<String, String[]> paging(String first, String rows) {
        return Map.of("invoices:table_pagination", new String[] {"true"}, "invoices:table_first",
                new String[] {first}, "invoices:table_rows", new String[] {rows}, "invoices", new String[] {"invoices"});
    }

    @ParameterizedTest
    @CsvSource({"0,12", "12,12", "168,12", "100000000,1000"})
    void whatAPaginatorSendsIsValid(String first, String rows) {
        assertThat(PagingParameters.areValid(paging(first, rows))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"-12,12", "0,-1", "0,0", "abc,12", "0,abc", "'',12", "' 12',12", "12.0,12", "+12,12",
            "99999999999,12", "100000001,12", "0,1001", "0,2147483647"})
    void whatNoPaginatorSendsIsRefused(String first, String rows) {
        assertThat(PagingParameters.areValid(paging(first, rows))).isFalse();
    }

    @Test
    void aRepeatedPagingParameterIsRefusedAndOtherParametersAreLeftAlone() {
        assertThat(PagingParameters.areValid(Map.of("t_first", new String[] {"0", "-12"}))).isFalse();
        assertThat(PagingParameters.areValid(Map.of("contact:body", new String[] {"-12"}, "year",
                new String[] {"abc"}))).isTrue();
        assertThat(PagingParameters.areValid(Map.of())).isTrue();
    }
}
