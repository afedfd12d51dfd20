#!/usr/bin/env bash
# Sets up Portal on a running Payara Server 6 domain and deploys it:
#   server-config/payara/setup.sh target/portal.war target/server-lib/postgresql.jar
# The domain must be started with the PORTAL_* environment variables set (README, "Administrators"); run this
# with the same variables exported, since portal.asadmin reads them (resources.sh). asadmin options such as
# --port or --user go in AS_ADMIN_* variables or ~/.gfclient (see asadmin's manual).
set -euo pipefail

war=${1:?path of portal.war}
driver=${2:?path of the PostgreSQL JDBC driver jar}
asadmin=${ASADMIN:-asadmin}
here=$(cd "$(dirname "$0")" && pwd)

"$here/resources.sh" "$driver"
# The driver joins the class path and the resources their pools only after a restart.
"$asadmin" restart-domain
"$asadmin" deploy --name portal --contextroot / "$war"
