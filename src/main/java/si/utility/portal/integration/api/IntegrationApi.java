package si.utility.portal.integration.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The billing system's API (Jakarta REST) under {@code /api}: imports in, portal data out. Resources are found by
 * scanning; only integration clients with an API key reach it.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Portal integration API", version = "v1",
        description = "Imports from and exports to the billing system; see docs/export-api.md"))
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "Authorization: Bearer <API key of an integration client>")
public class IntegrationApi extends Application {
}
