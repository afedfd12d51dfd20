package si.utility.portal.integration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import si.utility.portal.integration.clients.ApiUse;
import si.utility.portal.integration.importing.service.BatchRecords;
import si.utility.portal.integration.importing.service.ImportIntake;
import si.utility.portal.integration.importing.service.ImportReport;
import si.utility.portal.integration.importing.service.ImportSettings;
import si.utility.portal.platform.audit.AuditAction;

/**
 * {@code /api/v1/import/batches}: the billing system sends a batch as a ZIP body and polls its report
 * (docs/import-api.md). Refusals answer JSON ({@link ApiProblem}), never an error page.
 */
@Path("v1/import/batches")
@RequestScoped
@RolesAllowed("integration")
@Produces(MediaType.APPLICATION_JSON)
public class ImportBatchesResource {

    static final String ZIP = "application/zip";

    @Inject
    ImportIntake intake;

    @Inject
    BatchRecords records;

    @Inject
    ImportSettings settings;

    @Inject
    ApiUse use;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    /** 202 with the report of a newly queued batch; 200 with the earlier report for the same id and content. */
    @POST
    @Consumes(ZIP)
    public Response submit(InputStream body, @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength)
            throws IOException {
        long limit = settings.limits().maxArchiveBytes();
        if (contentLength != null && contentLength > limit) {
            return ApiProblem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "archive_too_large",
                    "the archive is larger than the limit of " + limit + " bytes");
        }
        ImportIntake.Submission submission = intake.submitArchive(body);
        ImportReport report = submission.report();
        use.record(request, AuditAction.API_BATCH_SUBMITTED, "batch " + printable(report.batchId())
                + (submission.queued() ? "; queued" : "; the earlier batch of the same content"));
        URI location = uri.getBaseUriBuilder().path(ImportBatchesResource.class).path(report.batchId()).build();
        return Response.status(submission.queued() ? Response.Status.ACCEPTED : Response.Status.OK)
                .location(location).entity(report).build();
    }

    @GET
    @Path("{batchId}")
    public Response report(@PathParam("batchId") String batchId) {
        return records.report(batchId).map(report -> Response.ok(report).build())
                .orElseGet(() -> ApiProblem.response(Response.Status.NOT_FOUND, "unknown_batch",
                        "no batch has the id " + printable(batchId)));
    }

    private static String printable(String id) {
        String safe = id.replaceAll("[^A-Za-z0-9._:-]", "?");
        return safe.length() > 100 ? safe.substring(0, 100) + "..." : safe;
    }
}
