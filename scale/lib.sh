# Shared by the scale-out scripts: where things live and which loopback ports they take.
# Sourced, not run. Everything a run creates is below $SCALE_DIR; `scale/down.sh` stops it all.

SCALE_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT_HOME=$(cd "$SCALE_HOME/.." && pwd)
SCALE_DIR=${KOPPEL_SCALE_DIR:-/tmp/koppel-scale}

# The balancer is the one address clients use; the nodes are reachable directly for the tests.
BALANCER_PORT=28080
POSTGRES_PORT=25432
BROKER_PORT=27676
# the Artemis broker of the WildFly and Payara Micro topologies (scale/artemis.sh)
ARTEMIS_PORT=27616
NODE_A_PORTBASE=31000
NODE_B_PORTBASE=32000
NODE_A_HTTP=$((NODE_A_PORTBASE + 80))
NODE_B_HTTP=$((NODE_B_PORTBASE + 80))
DAS_PORTBASE=30000
DAS_ADMIN=$((DAS_PORTBASE + 48))

# The cluster's shared settings: every node must hold the same secrets key.
ADMIN_PASSWORD=${KOPPEL_ADMIN_PASSWORD:-scale-admin-Passw0rd!}
JDBC_URL="jdbc:postgresql://127.0.0.1:$POSTGRES_PORT/koppel"

log() { printf '[scale] %s\n' "$*" >&2; }

# The value of a property in the project's POM, e.g. pom_property payara.version.
pom_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$PROJECT_HOME/pom.xml" | head -1; }

# Copies a Maven artifact (groupId:artifactId:version[:packaging[:classifier]]) into a folder.
fetch_artifact() {
    mvn -B -q --no-transfer-progress -f "$PROJECT_HOME/pom.xml" -N dependency:copy \
        -Dartifact="$1" -DoutputDirectory="$2" -Dmdep.stripVersion=false
}

# Installs Debian packages when a command is missing (as root, else through sudo).
need() {
    local command=$1 package=$2
    if ! command -v "$command" >/dev/null; then
        local sudo
        sudo=$([[ $(id -u) -eq 0 ]] || echo sudo)
        $sudo apt-get install -y "$package" >/dev/null
    fi
}

# Waits until a URL answers with the given status, or fails after the deadline (seconds).
wait_for() {
    local url=$1 status=$2 deadline=$((SECONDS + $3))
    until [[ $(curl -s -o /dev/null -w '%{http_code}' "$url") == "$status" ]]; do
        if ((SECONDS > deadline)); then
            log "$url did not answer $status in time"
            return 1
        fi
        sleep 1
    done
}

# Waits until something listens on a loopback port, or fails after a minute.
wait_for_port() {
    local port=$1 what=$2 deadline=$((SECONDS + 60))
    until (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        ((SECONDS < deadline)) || { log "$what did not start"; return 1; }
        sleep 1
    done
}

# Waits up to 60 s for a process to end, then kills it.
wait_gone() {
    local deadline=$((SECONDS + 60))
    while kill -0 "$1" 2>/dev/null; do
        if ((SECONDS > deadline)); then
            kill -9 "$1" 2>/dev/null || true
        fi
        sleep 0.5
    done
}

# Nodes started as plain processes (WildFly, Payara Micro) keep their pid in a file named after
# the server ($NODE_PIDS, set by its script) and the node.
node_pid_file() { echo "$SCALE_DIR/$NODE_PIDS-${1:?node-a or node-b}.pid"; }
node_pid() { cat "$(node_pid_file "$1")" 2>/dev/null || true; }

# Stops a node started as a plain process: politely, then as wait_gone does.
stop_node() {
    local pid
    pid=$(node_pid "$1")
    if [[ -n $pid ]]; then
        kill "$pid" 2>/dev/null || true
        wait_gone "$pid"
        rm -f "$(node_pid_file "$1")"
    fi
}

# A shared 32-byte secrets key, made once per topology.
secrets_key() {
    local file="$SCALE_DIR/secrets.key"
    if [[ ! -f $file ]]; then
        mkdir -p "$SCALE_DIR"
        head -c 32 /dev/urandom | base64 >"$file"
        chmod 600 "$file"
    fi
    cat "$file"
}

# The port of the tests' webhook receiver, the one loopback target webhooks may reach here.
RECEIVER_PORT=28990
# The port of the tests' stand-in for ticketing systems (WireMock).
TICKETING_STUB_PORT=18093

# The settings every node gets, as name=value lines: the same secrets key and public address on
# each; short webhook retries so that the tests can watch them.
shared_settings() {
    cat <<SETTINGS
koppel.api.base-url=http://127.0.0.1:$BALANCER_PORT/api
koppel.admin.password=$ADMIN_PASSWORD
koppel.secrets.key=$(secrets_key)
koppel.webhooks.allowed-private-targets=127.0.0.1:$RECEIVER_PORT,127.0.0.1:$TICKETING_STUB_PORT
koppel.webhooks.retry-schedule=1s,1s,1s
koppel.webhooks.poll-interval=1s
koppel.ticketing.poll-interval=1s
koppel.ticketing.pull-interval=2s
SETTINGS
}
