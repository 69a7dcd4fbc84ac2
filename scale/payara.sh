#!/usr/bin/env bash
# Two Koppel nodes on Payara Server: one domain ("scale", admin on port 30048) whose two instances,
# node-a and node-b, form the deployment group "koppel" (HTTP on 31080 and 32080). Both use the
# topology's PostgreSQL and a standalone OpenMQ broker (imqbrokerd from the Payara distribution,
# port 27676; the instances' JMS service is REMOTE). The EAR is the one the build produced; only
# this server configuration differs from a single server.
# Usage: scale/payara.sh up EAR | down | kill-node NAME | stop-node NAME | restart-node NAME | broker start|stop
set -euo pipefail
source "$(dirname "$0")/lib.sh"

payara_version=$(pom_property payara.version)
payara_home="$SCALE_DIR/payara6"
asadmin() { "$payara_home/bin/asadmin" --port "$DAS_ADMIN" "$@"; }
broker_pid="$SCALE_DIR/openmq.pid"

install_payara() {
    if [[ ! -x $payara_home/bin/asadmin ]]; then
        log "Unpacking Payara Server $payara_version"
        mkdir -p "$SCALE_DIR/download"
        fetch_artifact "fish.payara.distributions:payara:$payara_version:zip" "$SCALE_DIR/download"
        unzip -q -o "$SCALE_DIR/download/payara-$payara_version.zip" -d "$SCALE_DIR"
        # The PostgreSQL driver, for every JVM of this installation (the common class loader).
        fetch_artifact "org.postgresql:postgresql:$(pom_property postgresql.version)" "$payara_home/glassfish/lib"
    fi
}

broker() {
    case $1 in
        start)
            if [[ -f $broker_pid ]] && kill -0 "$(cat "$broker_pid")" 2>/dev/null; then
                return
            fi
            log "OpenMQ broker on 127.0.0.1:$BROKER_PORT"
            # A message rolled back 10 times in a row goes to the dead-letter queue (DESIGN: OpenMQ
            # would otherwise redeliver it forever).
            nohup "$payara_home/mq/bin/imqbrokerd" -name koppelScale -port "$BROKER_PORT" \
                -varhome "$SCALE_DIR/openmq" -silent \
                -Dimq.transaction.message.maxConsecutiveRollbacks=10 \
                >"$SCALE_DIR/openmq.log" 2>&1 &
            echo $! >"$broker_pid"
            wait_for_port "$BROKER_PORT" "the broker"
            ;;
        stop)
            # imqbrokerd is a shell script starting the broker's JVM: stop both
            pkill -f -- "-name koppelScale" 2>/dev/null || true
            rm -f "$broker_pid"
            ;;
    esac
}

# The domain and its two instances, configured once (a marker file remembers it).
configure() {
    local marker="$payara_home/glassfish/domains/scale/config/.koppel-configured"
    [[ -f $marker ]] && return
    log "Configuring the domain, its deployment group and two instances"
    asadmin create-domain --nopassword --portbase "$DAS_PORTBASE" scale >/dev/null
    asadmin start-domain scale >/dev/null
    local commands="$SCALE_DIR/configure.asadmin"
    {
        echo "copy-config default-config koppel-config"
        # The single server's settings, aimed at the instances' configuration.
        sed -e 's/configs\.config\.server-config\./configs.config.koppel-config./' \
            -e 's/^\(create\|delete\)-jvm-options /&--target koppel-config /' \
            -e 's/-Xmx2g/-Xmx1g/' \
            -e '/maxConsecutiveRollbacks/d' \
            "$PROJECT_HOME/ear/src/main/server/payara/koppel.asadmin"
        echo "set configs.config.koppel-config.jms-service.type=REMOTE"
        # REMOTE connects to the config's JMS hosts: the default one, moved to the standalone broker.
        echo "set configs.config.koppel-config.jms-service.jms-host.default_JMS_host.host=127.0.0.1"
        echo "set configs.config.koppel-config.jms-service.jms-host.default_JMS_host.port=$BROKER_PORT"
        # Non-persistent timers still need a timer service; an instance has none by default.
        echo "set configs.config.koppel-config.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid"
        echo "create-system-properties --target koppel-config $(settings)"
        echo "create-deployment-group koppel"
        echo "create-instance --node localhost-scale --config koppel-config --portbase $NODE_A_PORTBASE node-a"
        echo "create-instance --node localhost-scale --config koppel-config --portbase $NODE_B_PORTBASE node-b"
        echo "add-instance-to-deployment-group --instance node-a --deploymentgroup koppel"
        echo "add-instance-to-deployment-group --instance node-b --deploymentgroup koppel"
        echo "create-jdbc-connection-pool --datasourceclassname=org.postgresql.ds.PGSimpleDataSource --restype=javax.sql.DataSource --steadypoolsize=2 --maxpoolsize=32 --isconnectvalidatereq=true --validationmethod=auto-commit --validateatmostonceperiod=5 --wrapjdbcobjects=false --property user=koppel:password=koppel:url=$(escape "$JDBC_URL") KoppelPool"
        echo "create-jdbc-resource --connectionpoolid=KoppelPool --target koppel jdbc/koppel"
    } >"$commands"
    asadmin multimode --file "$commands"
    touch "$marker"
}

# asadmin reads ':' and '=' in values as separators unless escaped; a command file takes one
# level of backslashes away: hence two.
escape() { sed -e 's/[:=;]/\\\\&/g' <<<"$1"; }

# The settings every node shares, as system properties (MicroProfile Config reads them).
settings() {
    local pairs=() name
    while IFS='=' read -r name value; do
        pairs+=("$name=$(escape "$value")")
    done < <(shared_settings)
    (IFS=:; echo "${pairs[*]}")
}

up() {
    local ear=$1
    need unzip unzip
    install_payara
    "$SCALE_HOME/postgres.sh" start
    broker start
    configure
    if ! (echo >"/dev/tcp/127.0.0.1/$DAS_ADMIN") 2>/dev/null; then
        asadmin start-domain scale >/dev/null
    fi
    # Running instances first: deploying to a group whose instances are stopped leaves them with
    # pending changes that a later deployment trips over ("already in use").
    asadmin start-deployment-group koppel >/dev/null
    log "Deploying $(basename "$ear") to both nodes"
    asadmin deploy --force=true --target koppel --name koppel "$ear" >/dev/null
    wait_for "http://127.0.0.1:$NODE_A_HTTP/api/v1/" 200 300
    wait_for "http://127.0.0.1:$NODE_B_HTTP/api/v1/" 200 300
    "$SCALE_HOME/haproxy.sh" start
}

down() {
    if [[ -x $payara_home/bin/asadmin ]]; then
        asadmin stop-deployment-group --kill=true koppel >/dev/null 2>&1 || true
        "$payara_home/bin/asadmin" stop-domain scale >/dev/null 2>&1 || true
        # whatever did not stop (a node killed in a fault test and restarted by hand, say)
        pkill -9 -f -- "$payara_home/glassfish" 2>/dev/null || true
    fi
    broker stop
}

instance_pid() { cat "$payara_home/glassfish/nodes/localhost-scale/$1/config/pid" 2>/dev/null; }

case "${1:-}" in
    up) up "${2:?the EAR to deploy}" ;;
    down) down ;;
    kill-node) kill -9 "$(instance_pid "${2:?node-a or node-b}")" ;;
    stop-node) asadmin stop-instance "${2:?node-a or node-b}" >/dev/null ;;
    restart-node)
        # start-instance returns before the application answers: back when it does
        asadmin start-instance "${2:?node-a or node-b}" >/dev/null
        wait_for "http://127.0.0.1:$(case $2 in node-a) echo "$NODE_A_HTTP" ;; *) echo "$NODE_B_HTTP" ;; esac)/api/v1/" 200 300
        ;;
    broker) broker "${2:?start or stop}" ;;
    *)
        echo "Usage: $0 up EAR | down | kill-node NAME | stop-node NAME | restart-node NAME | broker start|stop" >&2
        exit 2
        ;;
esac
