package si.utility.portal.integration.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.utility.portal.account.service.ConsentService;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditEvent;
import si.utility.portal.platform.audit.AuditFilter;
import si.utility.portal.platform.audit.AuditSearch;
import si.utility.portal.testsupport.IntegrationClient;
import si.utility.portal.testsupport.TestBatch;
import si.utility.portal.testsupport.TestData;
import si.utility.portal.testsupport.TestData.NewPayer;

/**
 * What an integration client does through the API is audited once per request that sends or delivers something
 * (not for status polls or empty pages), and wrong or revoked keys as refusals that keep nothing of the key.
 */
@ExtendWith(ArquillianExtension.class)
class ApiUseAuditIT {

    @Deployment
    static WebArchive deployment() {
        return IntegrationClient.deployment().addClasses(IntegrationClient.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    AuditSearch auditSearch;

    @Inject
    ConsentService consents;

    @Inject
    TestData testData;

    @Test
    void aSubmittedBatchAndAnExportPageWithRecordsAreAuditedButStatusPollsAndEmptyPagesAreNot() {
        IntegrationClient api = new IntegrationClient(base);
        String batchId = TestBatch.randomId("audit");
        byte[] zip = new TestBatch(batchId).csv("services", "delta", "external_id,code,name,unit,version",
                "S-" + batchId + ",W" + batchId.hashCode() + ",Voda,m3,1").zip();
        NewPayer payer = testData.newActiveAccount("Zelenje-42-Velenje", false);
        consents.accept(testData.accountOf(payer.payerCode()).orElseThrow().getId());

        assertThat(api.submit(zip, "application/zip").statusCode()).isEqualTo(202);
        assertThat(api.submit(zip, "application/zip").statusCode()).as("the same batch again").isEqualTo(200);
        assertThat(api.report(batchId).statusCode()).isEqualTo(200);
        JsonObject page = IntegrationClient.json(api.export("account-events", 0, 1));
        assertThat(page.getJsonArray("records")).hasSize(1);
        assertThat(IntegrationClient.json(api.export("account-events", Long.MAX_VALUE / 2, 10))
                .getJsonArray("records")).as("beyond the end").isEmpty();

        List<AuditEvent> rows = rowsOf("integration:" + api.id());
        String name = "client Test billing system ";
        assertThat(rows).extracting(AuditEvent::getAction).containsExactly(AuditAction.API_EXPORT_READ,
                AuditAction.API_BATCH_SUBMITTED, AuditAction.API_BATCH_SUBMITTED);
        assertThat(rows.get(0).getDetail()).startsWith(name)
                .endsWith("; stream account-events; after 0; 1 records; next " + page.getString("nextCursor"));
        assertThat(rows.get(1).getDetail()).startsWith(name)
                .endsWith("; batch " + batchId + "; the earlier batch of the same content");
        assertThat(rows.get(2).getDetail()).startsWith(name).endsWith("; batch " + batchId + "; queued");
        assertThat(rows).allSatisfy(row -> assertThat(row.getClientAddress()).isNotBlank());
        assertThat(rows).allSatisfy(row -> assertThat(row.getDetail()).doesNotContain(api.key()));
    }

    @Test
    void aWrongKeyIsRefusedAsAnonymousAndARevokedOneAsItsClientNeitherKeepingTheKey() {
        IntegrationClient api = new IntegrationClient(base);
        String wrongKey = ApiKeys.newKey();
        long anonymousBefore = refusedAnonymously();

        assertThat(api.exportWithKey(wrongKey).statusCode()).isEqualTo(401);
        api.revoke();
        assertThat(api.export("readings", 0, 1).statusCode()).isEqualTo(401);

        assertThat(refusedAnonymously()).isEqualTo(anonymousBefore + 1);
        AuditEvent wrong = auditSearch.page(new AuditFilter(null, null, AuditAction.API_KEY_REFUSED, "anonymous",
                null), 0, 1).get(0);
        assertThat(wrong.getDetail()).isEqualTo("unknown key");
        assertThat(rowsOf("integration:" + api.id())).extracting(AuditEvent::getAction, AuditEvent::getDetail)
                .containsExactly(tuple(AuditAction.API_KEY_REFUSED, "revoked key"));
    }

    private long refusedAnonymously() {
        return auditSearch.count(new AuditFilter(null, null, AuditAction.API_KEY_REFUSED, "anonymous", null));
    }

    private List<AuditEvent> rowsOf(String actor) {
        return auditSearch.page(new AuditFilter(null, null, null, actor, null), 0, 100);
    }
}
