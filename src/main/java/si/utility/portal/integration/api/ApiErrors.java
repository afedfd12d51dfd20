package si.utility.portal.integration.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The API's error answers: a JSON body that says what is wrong, {@code {"status":400,"message":"..."}}. */
final class ApiErrors {

    private ApiErrors() {
    }

    static Response of(Response.Status status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
                .entity(Json.createObjectBuilder().add("status", status.getStatusCode()).add("message", message)
                        .build().toString())
                .build();
    }
}
