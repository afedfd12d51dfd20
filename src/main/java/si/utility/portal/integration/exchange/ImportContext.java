package si.utility.portal.integration.exchange;

/** What a file type needs to know about the batch a chunk of rows belongs to. */
public record ImportContext(String batchId, FileMode mode) {
}
