package si.utility.portal.integration.importing.service;

import java.util.List;

/** Rolls a strict batch's transaction back; carries the rows that were rejected. */
class StrictRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ChunkTransactions.RejectedAt> rejected;

    StrictRejection(List<ChunkTransactions.RejectedAt> rejected) {
        super("strict batch: rows rejected", null, false, false);
        this.rejected = List.copyOf(rejected);
    }

    List<ChunkTransactions.RejectedAt> rejected() {
        return rejected;
    }
}
