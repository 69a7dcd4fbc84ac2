#!/usr/bin/env bash
# The standalone Apache ActiveMQ Artemis broker of the WildFly and Payara Micro topologies
# (127.0.0.1:27616, data in $KOPPEL_SCALE_DIR/artemis). Its one acceptor speaks the core protocol,
# which WildFly's client uses, and OpenWire, which the ActiveMQ resource adapter on Payara Micro
# uses; anonymous clients may create destinations (WildFly creates the application's through the
# broker's management address, OpenWire clients create theirs on first use).
# Usage: scale/artemis.sh start|stop
set -euo pipefail
source "$(dirname "$0")/lib.sh"

# the broker release the issue of record measured; WildFly's own client speaks to it
artemis_version=2.40.0
artemis_home="$SCALE_DIR/apache-artemis-$artemis_version"
broker_home="$SCALE_DIR/artemis"
broker_pid="$SCALE_DIR/artemis.pid"

install() {
    if [[ ! -x $artemis_home/bin/artemis ]]; then
        log "Unpacking Apache ActiveMQ Artemis $artemis_version"
        mkdir -p "$SCALE_DIR/download"
        fetch_artifact "org.apache.activemq:apache-artemis:$artemis_version:tar.gz:bin" "$SCALE_DIR/download"
        tar -xzf "$SCALE_DIR/download/apache-artemis-$artemis_version-bin.tar.gz" -C "$SCALE_DIR"
    fi
}

case "${1:-}" in
    start)
        if [[ -f $broker_pid ]] && kill -0 "$(cat "$broker_pid")" 2>/dev/null; then
            exit 0
        fi
        install
        if [[ ! -f $broker_home/etc/broker.xml ]]; then
            # One acceptor, on loopback; the protocols it speaks are listed in it (CORE and
            # OPENWIRE among them); the separate acceptors of the other protocols are left out.
            "$artemis_home/bin/artemis" create "$broker_home" --silent --name koppel-scale \
                --host 127.0.0.1 --default-port "$ARTEMIS_PORT" --allow-anonymous \
                --user koppel --password koppel --no-web --no-amqp-acceptor --no-mqtt-acceptor \
                --no-stomp-acceptor --no-hornetq-acceptor --no-autotune >/dev/null
            grep -q "protocols=[A-Z,]*OPENWIRE" "$broker_home/etc/broker.xml" \
                || { log "The broker's acceptor does not speak OpenWire"; exit 1; }
            # A message that keeps failing goes to the dead-letter queue after 10 tries, 1 s apart
            # (the single server's setting, koppel.cli).
            sed -i -e 's|<redelivery-delay>0</redelivery-delay>|<redelivery-delay>1000</redelivery-delay><max-delivery-attempts>10</max-delivery-attempts>|' \
                "$broker_home/etc/broker.xml"
        fi
        log "Artemis broker on 127.0.0.1:$ARTEMIS_PORT"
        nohup "$broker_home/bin/artemis" run >"$SCALE_DIR/artemis.log" 2>&1 &
        echo $! >"$broker_pid"
        wait_for_port "$ARTEMIS_PORT" "the broker"
        ;;
    stop)
        if [[ -f $broker_pid ]]; then
            kill "$(cat "$broker_pid")" 2>/dev/null || true
            wait_gone "$(cat "$broker_pid")"
            rm -f "$broker_pid"
        fi
        ;;
    *)
        echo "Usage: $0 start|stop" >&2
        exit 2
        ;;
esac
