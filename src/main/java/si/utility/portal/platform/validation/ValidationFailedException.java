package si.utility.portal.platform.validation;

import jakarta.ejb.ApplicationException;

/** A request broke business rules; nothing was written. Rolls back the surrounding transaction. */
@ApplicationException(rollback = true)
public class ValidationFailedException extends RuntimeException {

    private final transient Violations violations;

    public ValidationFailedException(Violations violations) {
        super(violations.toString());
        this.violations = violations;
    }

    public Violations violations() {
        return violations;
    }
}
