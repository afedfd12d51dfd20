package si.utility.portal.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import si.utility.portal.core.domain.Payer;

class OpenBalanceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Payer PAYER = new Payer("1", "KOVAČ MARIJA", "Šaleška cesta 19", "3320", "Velenje");

    private static OpenItem item(String number, LocalDate due, String original, String open) {
        return new OpenItem(PAYER, null, number, due.minusDays(14), due, new BigDecimal(original),
                new BigDecimal(open));
    }

    @Test
    void totalIsAllThatIsOpenAndOverdueOnlyWhatIsPastItsDueDate() {
        OpenItem overdue = item("1", TODAY.minusDays(20), "50.00", "50.00");
        OpenItem dueToday = item("2", TODAY, "40.00", "40.00");
        OpenItem partlyPaid = item("3", TODAY.plusDays(5), "30.10", "15.05");

        OpenBalance balance = OpenBalance.of(List.of(overdue, dueToday, partlyPaid), TODAY);

        assertThat(balance.total()).isEqualByComparingTo("105.05");
        assertThat(balance.overdue()).isEqualByComparingTo("50.00");
        assertThat(balance.hasOverdue()).isTrue();
        assertThat(balance.paymentDeadline(TODAY)).isEqualTo(TODAY);
        assertThat(overdue.daysOverdue(TODAY)).isEqualTo(20);
        assertThat(dueToday.daysOverdue(TODAY)).isZero();
        assertThat(partlyPaid.isPartiallyPaid()).isTrue();
    }

    @Test
    void withoutOverdueItemsTheBalanceIsDueByTheFirstDueDate() {
        OpenBalance balance = OpenBalance.of(List.of(item("1", TODAY.plusDays(9), "10.00", "10.00"),
                item("2", TODAY.plusDays(3), "20.00", "20.00")), TODAY);

        assertThat(balance.hasOverdue()).isFalse();
        assertThat(balance.overdue()).isEqualByComparingTo("0");
        assertThat(balance.paymentDeadline(TODAY)).isEqualTo(TODAY.plusDays(3));
    }

    @Test
    void nothingOpenIsNothingToPay() {
        OpenBalance balance = OpenBalance.of(List.of(), TODAY);

        assertThat(balance.isPayable()).isFalse();
        assertThat(balance.total()).isEqualByComparingTo("0");
    }

    @Test
    void creditsNetAgainstDebtsAndSettleTheOverdueOnesFirst() {
        OpenItem overdue = item("1", TODAY.minusDays(20), "50.00", "50.00");
        OpenItem notDue = item("2", TODAY.plusDays(5), "40.00", "40.00");
        OpenItem overpayment = item("P", TODAY.minusDays(2), "-60.00", "-60.00");

        OpenBalance balance = OpenBalance.of(List.of(overdue, notDue, overpayment), TODAY);

        // 50 + 40 - 60 = 30 still owed; the credit pays the overdue 50 first, so only what is not due is left.
        assertThat(balance.total()).isEqualByComparingTo("30.00");
        assertThat(balance.overdue()).isEqualByComparingTo("30.00");
        assertThat(balance.isPayable()).isTrue();
        assertThat(balance.hasCredit()).isFalse();
        assertThat(balance.credit()).isEqualByComparingTo("0");
        assertThat(overpayment.isCredit()).isTrue();
        assertThat(overpayment.isOverdue(TODAY)).isFalse();
        assertThat(overpayment.daysOverdue(TODAY)).isZero();
    }

    @Test
    void creditsLargerThanTheDebtsLeaveACreditAndNothingToPay() {
        OpenItem overdue = item("1", TODAY.minusDays(20), "50.00", "50.00");
        OpenItem creditNote = item("D", TODAY, "-80.25", "-80.25");

        OpenBalance balance = OpenBalance.of(List.of(overdue, creditNote), TODAY);

        assertThat(balance.total()).isEqualByComparingTo("-30.25");
        assertThat(balance.isPayable()).isFalse();
        assertThat(balance.hasCredit()).isTrue();
        assertThat(balance.credit()).isEqualByComparingTo("30.25");
        assertThat(balance.overdue()).isEqualByComparingTo("0");
        assertThat(balance.hasOverdue()).isFalse();
    }

    @Test
    void creditsEqualToTheDebtsAreNothingToPayAndNoCredit() {
        OpenBalance balance = OpenBalance.of(List.of(item("1", TODAY.minusDays(3), "50.00", "50.00"),
                item("P", TODAY, "-50.00", "-50.00")), TODAY);

        assertThat(balance.total()).isEqualByComparingTo("0");
        assertThat(balance.isPayable()).isFalse();
        assertThat(balance.hasCredit()).isFalse();
        assertThat(balance.hasOverdue()).isFalse();
    }
}
