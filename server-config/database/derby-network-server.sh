#!/bin/sh
# Apache Derby network server for Portal: one database "portal", reachable by the application server at
#   jdbc:derby://<DERBY_HOST>:<DERBY_PORT>/portal;create=true   (user and password: PORTAL_DB_USER / _PASSWORD)
#
#   derby-network-server.sh start    runs the server in the foreground (put it under systemd or similar)
#   derby-network-server.sh stop     shuts a running server down
#
# Settings (environment):
#   DERBY_LIB           folder with derby.jar, derbynet.jar, derbyshared.jar, derbytools.jar of Derby 10.16
#                       (names with or without version)                                       [./derby-lib]
#   DERBY_DATA          folder of the databases (derby.system.home), owned by the user running this
#                                                                                               [./derby-data]
#   DERBY_HOST          address to listen on; 0.0.0.0 for all (then firewall it)                [127.0.0.1]
#   DERBY_PORT          port                                                                    [1527]
#   PORTAL_DB_USER      the database user Portal connects as                                    [portal]
#   PORTAL_DB_PASSWORD  its password; needed by "stop", and by Portal's first connection, which creates the
#                       database and so becomes its owner with this password
#
# Authentication: Derby's NATIVE users, stored hashed in the database "portal" itself, which also guards
# server-wide operations (shutdown, creating other databases). The first connection that creates "portal"
# (normally Portal's own first start, create=true) stores its user and password; no other user exists until that
# owner adds one (CALL SYSCS_UTIL.SYSCS_CREATE_USER). Portal creates its tables itself (versioned migrations).
set -eu

DERBY_LIB=${DERBY_LIB:-./derby-lib}
DERBY_DATA=${DERBY_DATA:-./derby-data}
DERBY_HOST=${DERBY_HOST:-127.0.0.1}
DERBY_PORT=${DERBY_PORT:-1527}
PORTAL_DB_USER=${PORTAL_DB_USER:-portal}

if ! ls "$DERBY_LIB"/derbynet*.jar >/dev/null 2>&1; then
    echo "No derbynet jar in DERBY_LIB=$DERBY_LIB; see README, \"Derby network server\"." >&2
    exit 1
fi
mkdir -p "$DERBY_DATA"
if [ ! -f "$DERBY_DATA/derby.properties" ]; then
    # NATIVE:portal:LOCAL: the users of the database "portal" authenticate every connection and server command.
    umask 077
    cat > "$DERBY_DATA/derby.properties" <<PROPERTIES
derby.authentication.provider=NATIVE:portal:LOCAL
derby.connection.requireAuthentication=true
derby.database.sqlAuthorization=true
PROPERTIES
fi

java_derby() {
    exec java -Dderby.system.home="$DERBY_DATA" -cp "$DERBY_LIB/*" org.apache.derby.drda.NetworkServerControl "$@"
}

case "${1:-start}" in
    start)
        java_derby start -h "$DERBY_HOST" -p "$DERBY_PORT"
        ;;
    stop)
        java_derby shutdown -h "$DERBY_HOST" -p "$DERBY_PORT" -user "$PORTAL_DB_USER" \
            -password "${PORTAL_DB_PASSWORD:?set PORTAL_DB_PASSWORD}"
        ;;
    *)
        echo "usage: $0 [start|stop]" >&2
        exit 2
        ;;
esac
