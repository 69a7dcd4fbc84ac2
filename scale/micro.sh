#!/usr/bin/env bash
# Two Koppel nodes on Payara Micro: the one WAR in two Micro processes, node-a and node-b (HTTP on
# 31080 and 32080), which form one Hazelcast cluster, "koppel-scale", by listing each other (data
# grid on 31900 and 32900; no multicast). Both use the topology's PostgreSQL and the standalone
# Artemis broker (scale/artemis.sh, port 27616), through the ActiveMQ resource adapter, which
# speaks OpenWire to it. The WAR is the one the build produced; only the post-boot commands and
# start options differ from a single instance (micro/src/main/server).
# Usage: scale/micro.sh up WAR | down | kill-node NAME | stop-node NAME | restart-node NAME | broker start|stop
set -euo pipefail
source "$(dirname "$0")/lib.sh"

payara_version=$(pom_property payara.version)
rar_version=$(pom_property activemq-rar.version)
micro_home="$SCALE_DIR/micro"
micro_jar="$micro_home/payara-micro-$payara_version.jar"
rar="$micro_home/activemq-rar-$rar_version.rar"
driver="$micro_home/postgresql-$(pom_property postgresql.version).jar"
server="$PROJECT_HOME/micro/src/main/server"
# The adapter's broker: plain TCP, so that a send fails at once while the broker is down (the
# failover transport would hold it); the adapter reconnects its consumers by itself. No advisory
# topics: Artemis does not keep them.
BROKER_URL="tcp://127.0.0.1:$ARTEMIS_PORT?jms.watchTopicAdvisories=false"

http_port() { case $1 in node-a) echo "$NODE_A_HTTP" ;; node-b) echo "$NODE_B_HTTP" ;; esac; }
grid_port() { echo $(($(http_port "$1") - 80 + 900)); }
NODE_PIDS=micro

install() {
    mkdir -p "$micro_home"
    [[ -f $micro_jar ]] || { log "Fetching Payara Micro $payara_version"; fetch_artifact "fish.payara.extras:payara-micro:$payara_version" "$micro_home"; }
    [[ -f $rar ]] || fetch_artifact "org.apache.activemq:activemq-rar:$rar_version:rar" "$micro_home"
    [[ -f $driver ]] || fetch_artifact "org.postgresql:postgresql:$(pom_property postgresql.version)" "$micro_home"
}

# Both nodes' post-boot commands and system properties: the single instance's, on PostgreSQL and
# the standalone broker, with the cluster's shared settings. Connections are validated at most every
# 5 s, as on the Payara Server nodes, so that a restarted database is found again quickly.
configure() {
    "$server/post-boot.sh" "$rar" "$BROKER_URL" postgres "$JDBC_URL" koppel koppel \
        | sed -e 's/--validateatmostonceperiod=[0-9]*/--validateatmostonceperiod=5/' >"$micro_home/post-boot.asadmin"
    {
        cat "$server/koppel.properties"
        shared_settings
    } >"$micro_home/koppel.properties"
}

start_node() {
    local node=$1 root="$SCALE_DIR/micro-$1"
    # Micro's own files are made afresh at each start from the post-boot commands (as run.sh does).
    rm -rf "$root"
    mkdir -p "$root"
    log "Starting $node"
    nohup java -Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true -jar "$micro_jar" \
        --systemproperties "$micro_home/koppel.properties" \
        --prebootcommandfile "$server/pre-boot.asadmin" \
        --postbootcommandfile "$micro_home/post-boot.asadmin" \
        --addlibs "$driver" \
        --deploy "$micro_home/koppel.war" --contextroot / \
        --rootdir "$root" --name "$node" --port "$(http_port "$node")" \
        --clustername koppel-scale --interfaces 127.0.0.1 --startport "$(grid_port "$node")" \
        --clustermode "tcpip:127.0.0.1:$(grid_port node-a),127.0.0.1:$(grid_port node-b)" \
        --disablephonehome --logtofile "$SCALE_DIR/micro-$node.log" >"$SCALE_DIR/micro-$node.out" 2>&1 &
    echo $! >"$(node_pid_file "$node")"
}

up() {
    local war=$1 node
    install
    "$SCALE_HOME/postgres.sh" start
    "$SCALE_HOME/artemis.sh" start
    configure
    for node in node-a node-b; do
        stop_node "$node"
    done
    cp "$war" "$micro_home/koppel.war"
    log "Deploying $(basename "$war") to both nodes"
    # Both at once: on an empty database they migrate it together (one waits for the other's lock).
    start_node node-a
    start_node node-b
    wait_for "http://127.0.0.1:$NODE_A_HTTP/api/v1/" 200 300
    wait_for "http://127.0.0.1:$NODE_B_HTTP/api/v1/" 200 300
    "$SCALE_HOME/haproxy.sh" start
}

down() {
    stop_node node-a
    stop_node node-b
    "$SCALE_HOME/artemis.sh" stop
}

case "${1:-}" in
    up) up "${2:?the WAR to deploy}" ;;
    down) down ;;
    kill-node) kill -9 "$(node_pid "${2:?node-a or node-b}")" ;;
    stop-node) stop_node "${2:?node-a or node-b}" ;;
    restart-node)
        # like the servers' restart: back when it answers
        start_node "${2:?node-a or node-b}"
        wait_for "http://127.0.0.1:$(http_port "$2")/api/v1/" 200 300
        ;;
    broker) "$SCALE_HOME/artemis.sh" "${2:?start or stop}" ;;
    *)
        echo "Usage: $0 up WAR | down | kill-node NAME | stop-node NAME | restart-node NAME | broker start|stop" >&2
        exit 2
        ;;
esac
