package si.utility.portal.integration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.integration.clients.ApiUse;
import si.utility.portal.integration.export.ExportCursor;
import si.utility.portal.integration.export.ExportKind;
import si.utility.portal.integration.export.ExportPage;
import si.utility.portal.integration.export.ExportRecord;
import si.utility.portal.integration.export.ExportService;

/**
 * {@code GET /api/v1/export/{readings|messages|account-events}?after=<cursor>&limit=<n>}: what customers entered,
 * for the billing system, as JSON or (with {@code Accept: text/csv}) as RFC 4180 CSV with the next cursor in the
 * header {@code X-Next-Cursor}. See docs/export-api.md.
 */
@Path("v1/export/{stream}")
@RolesAllowed("integration")
@SecurityRequirement(name = "apiKey")
public class ExportResource {

    static final String CSV = "text/csv";
    static final String NEXT_CURSOR_HEADER = "X-Next-Cursor";

    @Inject
    ExportService export;

    @Inject
    ApiUse use;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records after the cursor, oldest first, with the next cursor (JSON)")
    @APIResponse(responseCode = "200", description = "a page of records; empty when nothing is new")
    @APIResponse(responseCode = "400", description = "after or limit is no valid value")
    @APIResponse(responseCode = "401", description = "no valid API key")
    @APIResponse(responseCode = "404", description = "no such stream")
    public Response json(
            @Parameter(description = "readings, messages or account-events") @PathParam("stream") String stream,
            @Parameter(description = "nextCursor of the previous answer; absent or 0 = from the start")
            @QueryParam("after") String after,
            @Parameter(description = "at most this many records, 1 to 1000, default 100")
            @QueryParam("limit") String limit) {
        return page(stream, after, limit, false);
    }

    @GET
    @Produces(CSV)
    @Operation(summary = "The same page as CSV (RFC 4180, header row, UTF-8); next cursor in X-Next-Cursor")
    public Response csv(@PathParam("stream") String stream, @QueryParam("after") String after,
            @QueryParam("limit") String limit) {
        return page(stream, after, limit, true);
    }

    private Response page(String stream, String after, String limit, boolean csv) {
        Optional<ExportKind> kind = ExportKind.ofStreamName(stream);
        if (kind.isEmpty()) {
            return ApiErrors.of(Response.Status.NOT_FOUND,
                    "No export stream '" + stream + "': use readings, messages or account-events.");
        }
        ExportCursor cursor;
        try {
            cursor = ExportCursor.of(after, limit);
        } catch (IllegalArgumentException e) {
            return ApiErrors.of(Response.Status.BAD_REQUEST, e.getMessage());
        }
        ExportPage page = export.page(kind.get(), cursor);
        if (!page.records().isEmpty()) {
            // Only pages that delivered records: the billing system polls every stream all day long.
            use.record(request, AuditAction.API_EXPORT_READ, "stream " + kind.get().streamName() + "; after "
                    + cursor.after() + "; " + page.records().size() + " records; next " + page.nextCursor());
        }
        String cursorText = String.valueOf(page.nextCursor());
        return Response.ok(csv ? csvOf(page) : jsonOf(page, cursor), csv ? CSV + ";charset=UTF-8"
                : MediaType.APPLICATION_JSON + ";charset=UTF-8")
                .header(NEXT_CURSOR_HEADER, cursorText)
                .header("Cache-Control", "no-store")
                .build();
    }

    private static String jsonOf(ExportPage page, ExportCursor cursor) {
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (ExportRecord record : page.records()) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            record.values().forEach((name, value) -> add(object, name, value));
            records.add(object);
        }
        return Json.createObjectBuilder()
                .add("formatVersion", "v1")
                .add("stream", page.kind().streamName())
                .add("records", records)
                .add("nextCursor", String.valueOf(page.nextCursor()))
                .add("more", page.records().size() == cursor.limit())
                .build().toString();
    }

    private static void add(JsonObjectBuilder object, String name, Object value) {
        if (value == null) {
            object.addNull(name);
        } else if (value instanceof Long number) {
            object.add(name, number);
        } else if (value instanceof BigDecimal number) {
            object.add(name, number);
        } else {
            object.add(name, value.toString());
        }
    }

    private static String csvOf(ExportPage page) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(page.kind().columns().toArray(String[]::new)).build();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (ExportRecord record : page.records()) {
                Map<String, Object> values = record.values();
                for (String column : page.kind().columns()) {
                    Object value = values.get(column);
                    printer.print(value instanceof BigDecimal number ? number.toPlainString() : value);
                }
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
