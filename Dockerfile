# Portal on Payara Micro 6 with its embedded Derby database kept in a volume.
# Build the WAR first (./mvnw package -DskipTests), then: docker build -t portal . && docker run -p 8080:8080 portal
# Configuration comes from environment variables (see README, "Configuration"), e.g. -e PORTAL_MAIL_SMTP_HOST=smtp.example.si
FROM payara/micro:6.2025.10-jdk17

COPY target/portal.war /opt/payara/deployments/portal.war
VOLUME /opt/payara/portal-data

# portal.data.dir is also read by the data source in web.xml, which takes system properties only.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Dportal.data.dir=/opt/payara/portal-data", \
            "-jar", "/opt/payara/payara-micro.jar", "--nocluster", "--port", "8080", \
            "--deploy", "/opt/payara/deployments/portal.war", "--contextroot", "/"]
