package si.utility.portal.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import si.utility.portal.platform.mail.OutgoingMailSamples;

/**
 * The archive every integration test deploys: the real build output (target/portal.war), plus the test
 * clock, test data, mailbox reader and the fixture servlet of browser tests. Nothing of the portal is
 * hand-listed, so tests run exactly what ships.
 */
public final class Deployments {

    private Deployments() {
    }

    /** Arquillian's in-container test runner and the test fixtures must be reachable without logging in. */
    private static final String OPEN_TEST_ENDPOINTS = """
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>Arquillian test runner and test fixtures</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                        <url-pattern>/test-fixtures/*</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-app>""";

    public static WebArchive portal() {
        return portal(new File(System.getProperty("portal.war", "target/portal.war")));
    }

    /** The test archive made of this build output (target/portal.war or target/portal-wildfly.war). */
    public static WebArchive portal(File war) {
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "portal.war").importFrom(war).as(WebArchive.class)
                .addClasses(TestClock.class, TestData.class, TestData.NewPayer.class, TestData.MeteredCustomer.class,
                        TestData.InvoicedPayer.class, TestData.MovedPoint.class, TestData.Occupant.class,
                        TestData.StaffLogin.class, OutgoingMailSamples.class,
                        TestMailbox.class, TestMailbox.ReceivedMail.class,
                        TestFixtureServlet.class, BillingFixtureServlet.class,
                        ExchangeFixtures.class, ExchangeFixtureServlet.class,
                        OverviewData.class, OverviewData.OverviewCustomer.class, OverviewFixtureServlet.class,
                        SqlStatementCounter.class, SqlStatementCounter.Registration.class,
                        SqlStatementCounter.CountingFilter.class, SqlStatementCounter.CountServlet.class,
                        ServerStatsServlet.class, ServerStatsServlet.SessionCounter.class)
                .addAsLibraries(jarOf(Assertions.class));
        String webXml = read(archive.get("WEB-INF/web.xml").getAsset());
        archive.delete("WEB-INF/web.xml");
        return archive.setWebXML(new StringAsset(webXml.replace("</web-app>", OPEN_TEST_ENDPOINTS)));
    }

    /** In-container tests assert inside the server, so the assertion library travels with them. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Asset asset) {
        try (InputStream in = asset.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
