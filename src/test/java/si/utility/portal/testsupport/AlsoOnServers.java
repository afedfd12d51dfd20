package si.utility.portal.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class or method that runs, besides on Payara Micro, on Payara Server and on WildFly with PostgreSQL
 * (the Failsafe executions "payara-server" and "wildfly" select the tag "servers"). Only client-side tests
 * ({@code @Deployment(testable = false)}) qualify: they see the server only through HTTP and GreenMail.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("servers")
public @interface AlsoOnServers {
}
