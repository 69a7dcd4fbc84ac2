#!/usr/bin/env bash
# Two Koppel nodes on WildFly (standalone-full): one installation, two server folders, node-a and
# node-b (HTTP on 31080 and 32080, management and health on 32990 and 33990). Both use the
# topology's PostgreSQL and a standalone Apache ActiveMQ Artemis broker (port 27616) through a
# remote connector; the nodes run no broker of their own. The EAR is the one the build produced;
# only this server configuration differs from a single server.
# Usage: scale/wildfly.sh up EAR | down | kill-node NAME | stop-node NAME | restart-node NAME | broker start|stop
set -euo pipefail
source "$(dirname "$0")/lib.sh"

wildfly_version=$(pom_property wildfly.version)
wildfly_home="$SCALE_DIR/wildfly-$wildfly_version"

# Each node's ports are WildFly's defaults moved by an offset: 8080 + 23000 = 31080, and so on.
offset() { case $1 in node-a) echo $((NODE_A_HTTP - 8080)) ;; node-b) echo $((NODE_B_HTTP - 8080)) ;; esac; }
node_home() { echo "$SCALE_DIR/wildfly-${1:?node-a or node-b}"; }
NODE_PIDS=wildfly

install() {
    mkdir -p "$SCALE_DIR/download"
    if [[ ! -x $wildfly_home/bin/standalone.sh ]]; then
        log "Unpacking WildFly $wildfly_version"
        fetch_artifact "org.wildfly:wildfly-dist:$wildfly_version:zip" "$SCALE_DIR/download"
        unzip -q -o "$SCALE_DIR/download/wildfly-dist-$wildfly_version.zip" -d "$SCALE_DIR"
    fi
}

# The standalone Artemis broker (scale/artemis.sh), shared with the Payara Micro topology.
broker() { "$SCALE_HOME/artemis.sh" "$1"; }

# The installation's standalone-full configuration, made once (a marker file remembers it): the
# single server's (datasource on PostgreSQL, security, health), then the remote broker instead of
# the embedded one, and the cluster's shared settings. Each node gets a copy of the folder.
configure() {
    local marker="$wildfly_home/standalone/configuration/.koppel-scale"
    [[ -f $marker ]] && return
    log "Configuring WildFly for two nodes"
    local driver
    driver="$SCALE_DIR/download/postgresql-$(pom_property postgresql.version).jar"
    [[ -f $driver ]] || fetch_artifact "org.postgresql:postgresql:$(pom_property postgresql.version)" "$SCALE_DIR/download"
    KOPPEL_JDBC_DRIVER=$driver "$PROJECT_HOME/ear/src/main/server/wildfly/configure.sh" \
        "$wildfly_home" postgres "$JDBC_URL" koppel koppel
    local commands="$SCALE_DIR/configure.cli"
    {
        echo "embed-server --server-config=standalone-full.xml --std-out=discard"
        # The embedded broker goes; a pooled connection factory to the standalone one takes over its
        # names, so the application's default JMS connection factory and its MDBs use the broker.
        echo "/subsystem=messaging-activemq/server=default:remove"
        echo "/socket-binding-group=standard-sockets/remote-destination-outbound-socket-binding=koppel-broker:add(host=127.0.0.1,port=$ARTEMIS_PORT)"
        echo "/subsystem=messaging-activemq/remote-connector=koppel-broker:add(socket-binding=koppel-broker)"
        echo "/subsystem=messaging-activemq/pooled-connection-factory=koppel-broker:add(connectors=[koppel-broker],entries=[java:/JmsXA,java:jboss/DefaultJMSConnectionFactory],transaction=xa,reconnect-attempts=-1,max-pool-size=64)"
        echo "/subsystem=ee/service=default-bindings:write-attribute(name=jms-connection-factory,value=java:jboss/DefaultJMSConnectionFactory)"
        echo "/subsystem=ejb3:write-attribute(name=default-resource-adapter-name,value=koppel-broker)"
        local name value
        while IFS='=' read -r name value; do
            echo "/system-property=$name:add(value=\"$value\")"
        done < <(shared_settings)
        echo "stop-embedded-server"
    } >"$commands"
    "$wildfly_home/bin/jboss-cli.sh" --file="$commands" >/dev/null
    touch "$marker"
}

start_node() {
    local node=$1 home
    home=$(node_home "$node")
    if [[ ! -d $home ]]; then
        cp -r "$wildfly_home/standalone" "$home"
    fi
    log "Starting $node"
    # LAUNCH_JBOSS_IN_BACKGROUND makes the script write the server JVM's own pid (for kill -9).
    JBOSS_PIDFILE="$(node_pid_file "$node")" LAUNCH_JBOSS_IN_BACKGROUND=1 \
        JAVA_OPTS="-Xms256m -Xmx1g -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true" \
        nohup "$wildfly_home/bin/standalone.sh" -c standalone-full.xml -b 127.0.0.1 -bmanagement 127.0.0.1 \
        -Djboss.server.base.dir="$home" -Djboss.socket.binding.port-offset="$(offset "$node")" \
        -Djboss.node.name="$node" -Djboss.tx.node.id="$node" >"$SCALE_DIR/wildfly-$node.out" 2>&1 &
}

up() {
    local ear=$1 node
    need unzip unzip
    install
    "$SCALE_HOME/postgres.sh" start
    broker start
    configure
    for node in node-a node-b; do
        stop_node "$node"
        [[ -d $(node_home "$node") ]] || cp -r "$wildfly_home/standalone" "$(node_home "$node")"
        rm -f "$(node_home "$node")"/deployments/koppel.ear*
        cp "$ear" "$(node_home "$node")/deployments/koppel.ear"
    done
    log "Deploying $(basename "$ear") to both nodes"
    # Both at once: on an empty database they migrate it together (one waits for the other's lock).
    start_node node-a
    start_node node-b
    wait_for "http://127.0.0.1:$NODE_A_HTTP/api/v1/" 200 300
    wait_for "http://127.0.0.1:$NODE_B_HTTP/api/v1/" 200 300
    "$SCALE_HOME/haproxy.sh" start "$(health_port node-a)" "$(health_port node-b)"
}

# WildFly answers health checks on the management port.
health_port() { echo $((9990 + $(offset "$1"))); }

down() {
    stop_node node-a
    stop_node node-b
    broker stop
}

case "${1:-}" in
    up) up "${2:?the EAR to deploy}" ;;
    down) down ;;
    kill-node) kill -9 "$(node_pid "${2:?node-a or node-b}")" ;;
    stop-node) stop_node "${2:?node-a or node-b}" ;;
    restart-node)
        # like Payara's start-instance: back when it answers
        start_node "${2:?node-a or node-b}"
        wait_for "http://127.0.0.1:$((8080 + $(offset "$2")))/api/v1/" 200 300
        ;;
    broker) broker "${2:?start or stop}" ;;
    *)
        echo "Usage: $0 up EAR | down | kill-node NAME | stop-node NAME | restart-node NAME | broker start|stop" >&2
        exit 2
        ;;
esac
