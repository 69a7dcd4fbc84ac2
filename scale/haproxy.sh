#!/usr/bin/env bash
# haproxy (Debian's) in front of the two nodes on 127.0.0.1:28080, with health checks, sticky
# admin sessions and its own error answers as JSON.
# Usage: scale/haproxy.sh start [CHECK_PORT_A CHECK_PORT_B] | stop
# (the ports health checks go to; by default the nodes' HTTP ports)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

pid="$SCALE_DIR/haproxy.pid"
case "${1:-}" in
    start)
        need haproxy haproxy
        mkdir -p "$SCALE_DIR"
        sed -e "s|\${SCALE_DIR}|$SCALE_DIR|g" -e "s|\${SCALE_HOME}|$SCALE_HOME|g" \
            -e "s|\${BALANCER_PORT}|$BALANCER_PORT|g" \
            -e "s|\${NODE_A_HTTP}|$NODE_A_HTTP|g" -e "s|\${NODE_B_HTTP}|$NODE_B_HTTP|g" \
            -e "s|\${NODE_A_CHECK}|${2:-$NODE_A_HTTP}|g" -e "s|\${NODE_B_CHECK}|${3:-$NODE_B_HTTP}|g" \
            "$SCALE_HOME/haproxy/haproxy.cfg" >"$SCALE_DIR/haproxy.cfg"
        if [[ -f $pid ]] && kill -0 "$(cat "$pid")" 2>/dev/null; then
            haproxy -f "$SCALE_DIR/haproxy.cfg" -sf "$(cat "$pid")"
        else
            haproxy -f "$SCALE_DIR/haproxy.cfg"
        fi
        log "Balancer on http://127.0.0.1:$BALANCER_PORT (API /api/v1/, admin UI /admin/)"
        ;;
    stop)
        if [[ -f $pid ]]; then
            kill "$(cat "$pid")" 2>/dev/null || true
            rm -f "$pid"
        fi
        ;;
    *)
        echo "Usage: $0 start|stop" >&2
        exit 2
        ;;
esac
