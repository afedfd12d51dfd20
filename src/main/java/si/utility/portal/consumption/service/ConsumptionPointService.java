package si.utility.portal.consumption.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import si.utility.portal.consumption.domain.ConsumptionPoint;

/** The consumption points of the logged-in payer. */
@ApplicationScoped
public class ConsumptionPointService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public List<ConsumptionPoint> findForPayer(long payerId) {
        return em.createNamedQuery(ConsumptionPoint.FIND_BY_PAYER, ConsumptionPoint.class)
                .setParameter("payerId", payerId)
                .getResultList();
    }
}
