#!/usr/bin/env bash
# Portal on Payara Server instances of one deployment group, on a running domain (the DAS):
#   server-config/payara/deployment-group.sh target/portal.war target/server-lib/postgresql.jar portal-a:28000 portal-b:28100
# Each NAME:PORTBASE makes a local instance (HTTP port = PORTBASE + 80) on one shared configuration, its folder
# under PORTAL_NODE_DIR if set (default: the installation's glassfish/nodes). The instances replicate sessions
# through the Domain Data Grid (Hazelcast, found through the DAS; nothing to configure on one network), so the
# portal is deployed to the group with availability on.
# Run it with the PORTAL_* variables exported, as for setup.sh: portal.asadmin reads them as it runs and makes
# the domain's jdbc/portal and mail/portal, which the group then references. The instances read the portal's
# other settings (PORTAL_BASE_URL, ...) from the environment they are started in:
#   asadmin start-deployment-group portal     (or, one by one: asadmin start-local-instance portal-a)
# Readiness for the load balancer: GET /health/ready on each instance's HTTP port (server-config/haproxy).
# With PORTAL_JSON_LOGS=true the instances write one JSON object per log line (Payara's JSONLogFormatter), in
# server.log and on the console.
# Instances on other hosts: create-node-ssh on the DAS, then create-instance --node ... instead of
# create-local-instance (Payara's manual, "Administering Payara Server Instances").
set -euo pipefail

war=${1:?path of portal.war}
driver=${2:?path of the PostgreSQL JDBC driver jar}
shift 2
[ $# -gt 0 ] || { echo "Give at least one instance as NAME:PORTBASE" >&2; exit 2; }
asadmin=${ASADMIN:-asadmin}
group=${PORTAL_DEPLOYMENT_GROUP:-portal}
config=$group-config
here=$(cd "$(dirname "$0")" && pwd)

# The driver goes to the domain's lib folder, which the instances receive when they synchronise at start.
"$here/resources.sh" "$driver"

"$asadmin" copy-config default-config "$config"
"$asadmin" create-system-properties --target "$config" portal.mail.session-jndi=mail/portal
"$asadmin" set "configs.config.$config.availability-service.web-container-availability.availability-enabled=true"
if [ "${PORTAL_JSON_LOGS:-false}" = true ]; then
    json=fish.payara.enterprise.server.logging.JSONLogFormatter
    "$asadmin" set-log-attributes --target "$config" \
        "com.sun.enterprise.server.logging.GFFileHandler.formatter=$json:java.util.logging.ConsoleHandler.formatter=$json"
fi

"$asadmin" create-deployment-group "$group"
for instance in "$@"; do
    "$asadmin" create-local-instance ${PORTAL_NODE_DIR:+--nodedir "$PORTAL_NODE_DIR"} --config "$config" \
        --deploymentgroup "$group" --portbase "${instance#*:}" "${instance%%:*}"
done
"$asadmin" create-resource-ref --target "$group" jdbc/portal
"$asadmin" create-resource-ref --target "$group" mail/portal
"$asadmin" deploy --target "$group" --name portal --contextroot / --availabilityenabled=true "$war"
