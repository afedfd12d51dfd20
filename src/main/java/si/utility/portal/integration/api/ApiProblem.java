package si.utility.portal.integration.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The JSON body of every refusal of the API: a stable code a program can test and a reason a person can read. */
public record ApiProblem(String error, String reason) {

    static Response response(Response.Status status, String error, String reason) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiProblem(error, reason))
                .build();
    }
}
