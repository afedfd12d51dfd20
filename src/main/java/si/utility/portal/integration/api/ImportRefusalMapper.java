package si.utility.portal.integration.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import si.utility.portal.integration.importing.batch.BatchRefusedException;

/** A batch that is not read at all (archive, manifest, hash, row count, limits): 400 with the reason. */
@Provider
public class ImportRefusalMapper implements ExceptionMapper<BatchRefusedException> {

    @Override
    public Response toResponse(BatchRefusedException refused) {
        return ApiProblem.response(Response.Status.BAD_REQUEST, "bad_batch", refused.getMessage());
    }
}
