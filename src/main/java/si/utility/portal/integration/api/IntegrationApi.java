package si.utility.portal.integration.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The billing system's API (Jakarta REST) under {@code /api}: imports in, portal data out. Resources are found by
 * scanning; only integration clients with an API key reach it.
 */
@ApplicationPath("api")
public class IntegrationApi extends Application {
}
