package si.utility.portal.account.service;

import java.time.Duration;

/** The outcome of one log-in attempt, for the login page to explain. */
public record LoginResult(Outcome outcome, Long accountId, Duration retryAfter) {

    public enum Outcome {
        SUCCESS,
        /** Wrong login name or password: the page must not say which. */
        INVALID,
        /** The password was right, but the account waits for activation. */
        NOT_ACTIVATED,
        /** Too many failures: wait {@link #retryAfter()} before the next attempt. */
        THROTTLED,
        /** The password was right, but the utility blocked the account: the customer is to call the office. */
        BLOCKED
    }

    static LoginResult success(long accountId) {
        return new LoginResult(Outcome.SUCCESS, accountId, Duration.ZERO);
    }

    static LoginResult of(Outcome outcome) {
        return new LoginResult(outcome, null, Duration.ZERO);
    }

    static LoginResult throttled(Duration retryAfter) {
        return new LoginResult(Outcome.THROTTLED, null, retryAfter);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
