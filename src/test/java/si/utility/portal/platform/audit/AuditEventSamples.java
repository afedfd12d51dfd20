package si.utility.portal.platform.audit;

import java.time.Instant;

/** Gives tests outside this package an {@link AuditEvent}, which only the audit log makes. */
public final class AuditEventSamples {

    private AuditEventSamples() {
    }

    public static AuditEvent of(Instant at, Actor actor, AuditAction action, Long payerId, Long accountId,
            String detail) {
        return new AuditEvent(at, actor, action, payerId, accountId, detail);
    }
}
