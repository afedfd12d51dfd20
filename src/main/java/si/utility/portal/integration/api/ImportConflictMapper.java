package si.utility.portal.integration.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import si.utility.portal.integration.importing.service.BatchConflictException;

/** The same batch id with other content: 409, since a batch id names one content for ever. */
@Provider
public class ImportConflictMapper implements ExceptionMapper<BatchConflictException> {

    @Override
    public Response toResponse(BatchConflictException conflict) {
        return ApiProblem.response(Response.Status.CONFLICT, "batch_id_taken", conflict.getMessage());
    }
}
