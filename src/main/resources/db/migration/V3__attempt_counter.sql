-- Failed log-ins and registrations counted in the database (platform/security/AttemptCounter), so the limits
-- hold on every node and after a restart. The key is a kind and the SHA-256 of its subject; LAST_AT is UTC.
-- The index serves the deletion of counters that went quiet.

CREATE TABLE ATTEMPT_COUNTER (
    COUNTER_KEY VARCHAR(90) NOT NULL,
    ATTEMPTS INTEGER NOT NULL,
    LAST_AT TIMESTAMP NOT NULL,
    CONSTRAINT PK_ATTEMPT_COUNTER PRIMARY KEY (COUNTER_KEY)
);
CREATE INDEX IX_ATTEMPT_COUNTER_LAST_AT ON ATTEMPT_COUNTER (LAST_AT);
