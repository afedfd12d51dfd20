#!/usr/bin/env bash
# Adds the PostgreSQL JDBC driver to a running Payara Server domain and runs portal.asadmin on it (the data source,
# the mail session, the system property): used by setup.sh and deployment-group.sh.
#   server-config/payara/resources.sh target/server-lib/postgresql.jar
# asadmin's multimode, unlike a post-boot command file, leaves ${ENV=NAME} and ${ENV=NAME:default} as they are,
# so they are replaced here from this shell's environment first; a variable without a default must be set.
set -euo pipefail

driver=${1:?path of the PostgreSQL JDBC driver jar}
asadmin=${ASADMIN:-asadmin}
here=$(cd "$(dirname "$0")" && pwd)
commands=$(mktemp)
trap 'rm -f "$commands"' EXIT

perl -pe '/^\s*#/ or s/\$\{ENV=(\w+)(?::([^}]*))?\}/$ENV{$1} \/\/ $2 \/\/ die "Set $1 (portal.asadmin needs it)\n"/ge' \
    "$here/portal.asadmin" > "$commands"
"$asadmin" add-library "$driver"
"$asadmin" multimode --file "$commands"
