package si.utility.portal.platform.retention;

import java.time.Instant;

/**
 * One kind of data the portal keeps only for a while. Features implement it as a CDI bean in their own package
 * (platform knows none of them); {@link RetentionJob} runs every task on its schedule.
 */
public interface RetentionTask {

    /**
     * Deletes what is kept no longer at {@code now}, in a transaction of its own.
     *
     * @return how many rows were deleted, for the log
     */
    int deleteExpired(Instant now);
}
