package si.utility.portal.integration.exchange;

/** The outcome of one row; a rejected row names the column at fault (or none) and the reason, in English. */
public record RowResult(long line, RowOutcome outcome, String column, String reason) {

    public static RowResult of(ExchangeRow row, RowOutcome outcome) {
        return new RowResult(row.line(), outcome, null, null);
    }

    public static RowResult rejected(ExchangeRow row, String column, String reason) {
        return new RowResult(row.line(), RowOutcome.REJECTED, column, reason);
    }
}
