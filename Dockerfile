# Portal on Payara Server 6 with PostgreSQL, configured entirely by environment variables.
# Build the WAR first (./mvnw package -DskipTests), then:
#   docker build -t portal .
#   docker run -p 8080:8080 -e PORTAL_DB_HOST=db -e PORTAL_DB_PORT=5432 -e PORTAL_DB_NAME=portal \
#     -e PORTAL_DB_USER=portal -e PORTAL_DB_PASSWORD=... -e PORTAL_MAIL_SMTP_HOST=smtp.example.si \
#     -e PORTAL_BASE_URL=https://portal.example.si portal
# Every variable is listed in the README ("Administrators"). The image's start script runs
# server-config/payara/portal.asadmin as its post-boot command file, the same file the Payara Server tests use,
# and then deploys what is in /opt/payara/deployments with DEPLOY_PROPS.
FROM payara/server-full:6.2025.10-jdk17

ENV DEPLOY_PROPS="--name=portal --contextroot=/"

COPY --chown=payara:payara target/server-lib/postgresql.jar ${PAYARA_DIR}/glassfish/domains/domain1/lib/
COPY --chown=payara:payara server-config/payara/portal.asadmin ${POSTBOOT_COMMANDS}
COPY --chown=payara:payara target/portal.war ${DEPLOY_DIR}/portal.war
