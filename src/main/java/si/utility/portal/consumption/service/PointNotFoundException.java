package si.utility.portal.consumption.service;

import jakarta.ejb.ApplicationException;

/**
 * The consumption point or meter does not exist or belongs to another payer; pages answer 404 for both, so
 * nobody learns which codes exist.
 */
@ApplicationException(rollback = true)
public class PointNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PointNotFoundException(String message) {
        super(message);
    }
}
