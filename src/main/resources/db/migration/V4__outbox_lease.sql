-- Item 10 of issue 14: a node claims an outbox message before it sends it (OutgoingMail.CLAIM), so that two
-- nodes never send the same message. CLAIMED_BY names the poller, LEASE_UNTIL (UTC) when others may take over.
ALTER TABLE OUTGOING_MAIL ADD COLUMN CLAIMED_BY VARCHAR(100);
ALTER TABLE OUTGOING_MAIL ADD COLUMN LEASE_UNTIL TIMESTAMP;
