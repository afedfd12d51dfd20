#!/bin/sh
# Starts one node of a Payara Micro cluster of the portal on PostgreSQL: the nodes form one Domain Data Grid
# (Hazelcast) found by TCP/IP (no multicast), which holds the HTTP sessions, so a customer whose node dies keeps
# working on another (web.xml is <distributable/>). Put the load balancer of ../haproxy/portal.cfg in front.
#
#   cluster-node.sh <node name> <HTTP port> <data grid port> <data grid members>
#   e.g. on two hosts:   cluster-node.sh node-a 8080 6900 10.0.0.1:6900,10.0.0.2:6900
#        on one host:    cluster-node.sh node-b 8082 6902 127.0.0.1:6901,127.0.0.1:6902
#
# The node name is also the server name and cookie in portal.cfg. Environment: PORTAL_DB_HOST, _PORT, _NAME, _USER,
# _PASSWORD (postgresql.asadmin), the portal's own settings as PORTAL_* variables (README "Configuration"), and
#   PAYARA_MICRO_JAR   payara-micro.jar of the build's Payara version (default ./payara-micro.jar)
#   PORTAL_WAR         the WAR (default ./portal.war)
#   PORTAL_JDBC_DRIVER PostgreSQL's JDBC driver jar (default ./postgresql.jar)
#   PORTAL_CLUSTER     the data grid's name, the same on every node (default portal)
#   PORTAL_GRID_INTERFACE  the address the data grid listens on (default: every interface)
#   PORTAL_JSON_LOGS   true: one JSON object per log line (json-logging.properties)
#   JAVA_OPTS          the JVM's options (default -Xmx1g)
#
# --nohostaware: Payara keeps a session's backup off members of the same address by default, so on one host the
# backups would be nowhere; with one node per host the only other member holds them anyway.
set -eu
[ $# -eq 4 ] || { echo "Usage: $0 <node name> <HTTP port> <data grid port> <data grid members>" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
name=$1 http_port=$2 grid_port=$3 members=$4
set -- --deploy "${PORTAL_WAR:-portal.war}" --contextroot / --name "$name" --port "$http_port" \
    --clustername "${PORTAL_CLUSTER:-portal}" --clustermode "tcpip:$members" --startport "$grid_port" --nohostaware \
    --addLibs "${PORTAL_JDBC_DRIVER:-postgresql.jar}" --postbootcommandfile "$here/postgresql.asadmin"
if [ -n "${PORTAL_GRID_INTERFACE:-}" ]; then
    set -- "$@" --interfaces "$PORTAL_GRID_INTERFACE"
fi
if [ "${PORTAL_JSON_LOGS:-false}" = true ]; then
    set -- "$@" --logproperties "$here/json-logging.properties"
fi
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java ${JAVA_OPTS:--Xmx1g} -jar "${PAYARA_MICRO_JAR:-payara-micro.jar}" "$@"
