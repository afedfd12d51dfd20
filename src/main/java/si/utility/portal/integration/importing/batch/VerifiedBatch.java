package si.utility.portal.integration.importing.batch;

/**
 * A batch {@link BatchInspector} found whole. Its content hash is the SHA-256 of manifest.json, which holds every
 * file's SHA-256: the same batch as a ZIP or as a folder has the same hash.
 */
public record VerifiedBatch(Manifest manifest, String contentSha256) {
}
