package si.utility.portal.integration.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportCursorTest {

    @Test
    void withoutParametersAPageStartsAtTheBeginningWithTheDefaultSize() {
        assertThat(ExportCursor.of(null, null)).isEqualTo(new ExportCursor(0, 100));
        assertThat(ExportCursor.of("", " ")).isEqualTo(new ExportCursor(0, 100));
    }

    @Test
    void aCursorAndALimitAreTaken() {
        assertThat(ExportCursor.of("42", "1")).isEqualTo(new ExportCursor(42, 1));
        assertThat(ExportCursor.of(" 0 ", "1000")).isEqualTo(new ExportCursor(0, 1000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "abc", "1.5", "99999999999999999999", "0x10"})
    void aCursorThatNoAnswerGaveIsRefusedWithAMessage(String after) {
        assertThatIllegalArgumentException().isThrownBy(() -> ExportCursor.of(after, null))
                .withMessageContaining("after");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "1001", "ten", "2147483648"})
    void aLimitOutsideOneToAThousandIsRefusedWithAMessage(String limit) {
        assertThatIllegalArgumentException().isThrownBy(() -> ExportCursor.of(null, limit))
                .withMessageContaining("limit");
    }

    @Test
    void theNextCursorIsTheLastPositionOrTheSameCursorAfterAnEmptyPage() {
        ExportCursor cursor = new ExportCursor(7, 10);

        assertThat(cursor.next(12L)).isEqualTo(12);
        assertThat(cursor.next(null)).isEqualTo(7);
    }

    @Test
    void everyStreamHasItsUrlNameAndAnIdColumnFirst() {
        assertThat(ExportKind.ofStreamName("readings")).contains(ExportKind.READINGS);
        assertThat(ExportKind.ofStreamName("messages")).contains(ExportKind.MESSAGES);
        assertThat(ExportKind.ofStreamName("account-events")).contains(ExportKind.ACCOUNT_EVENTS);
        assertThat(ExportKind.ofStreamName("payers")).isEmpty();
        for (ExportKind kind : ExportKind.values()) {
            assertThat(kind.columns()).first().isEqualTo("id");
        }
    }
}
