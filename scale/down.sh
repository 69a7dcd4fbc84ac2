#!/usr/bin/env bash
# Stops everything the scale-out topology started: the balancer, the nodes, the broker, PostgreSQL.
# Usage: scale/down.sh   (KOPPEL_SCALE_DIR=... if it was started elsewhere; add --wipe to delete it)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

"$SCALE_HOME/haproxy.sh" stop
"$SCALE_HOME/payara.sh" down
"$SCALE_HOME/wildfly.sh" down
"$SCALE_HOME/micro.sh" down
"$SCALE_HOME/postgres.sh" stop
if [[ ${1:-} == --wipe ]]; then
    rm -rf "$SCALE_DIR"
fi
