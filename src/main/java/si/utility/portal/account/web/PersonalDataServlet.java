package si.utility.portal.account.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import si.utility.portal.account.security.SignedInCustomer;
import si.utility.portal.platform.privacy.PersonalDataExport;
import si.utility.portal.platform.web.Downloads;

/** /profile/my-data: the logged-in account's personal data as a JSON download (GDPR, right of access). */
@WebServlet("/profile/my-data")
public class PersonalDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SignedInCustomer customer;

    @Inject
    transient PersonalDataExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(json)) {
            writer.writeObject(export.export(customer.accountId(), customer.payerId()));
        }
        Downloads.send(response, "application/json;charset=UTF-8",
                "osebni-podatki-" + customer.getPayerCode() + ".json", json.toByteArray());
    }
}
