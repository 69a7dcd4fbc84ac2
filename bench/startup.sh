#!/usr/bin/env bash
# Measures how fast Koppel starts and how much memory it holds on Payara Micro (the one WAR) and
# on Payara Server (the EAR), doing the same work: embedded H2, each runtime's embedded broker, a
# 1 GB heap limit, on data an earlier start migrated. Per round: the seconds from launch until
# /health/ready answers UP; then, idle 20 s after that and again after a short load (wrk on
# /api/v1/, /api/openapi and /health/ready), the JVM's resident memory (RSS) and, after a full GC,
# its heap and metaspace in use (jcmd). Payara Server's figures are those of its one JVM (the
# domain), started with the EAR already deployed; Micro deploys its WAR at every start.
# Usage: bench/startup.sh [micro|payara|both] (default both); KOPPEL_BENCH_ROUNDS=3 by default.
# Needs port 8080 (and Payara Server's 4848, 7676, 8181) free; everything goes below
# KOPPEL_BENCH_DIR (default /tmp/koppel-startup). Prints a table and leaves it in startup.md there.
set -euo pipefail
source "$(dirname "$0")/../scale/lib.sh"

which=${1:-both}
rounds=${KOPPEL_BENCH_ROUNDS:-3}
dir=${KOPPEL_BENCH_DIR:-/tmp/koppel-startup}
payara_version=$(pom_property payara.version)
rar_version=$(pom_property activemq-rar.version)
payara_home="$dir/payara6"
asadmin="$payara_home/bin/asadmin"
micro_pid=""
h2_options="LOCK_TIMEOUT=10000;WRITE_DELAY=0;QUERY_CACHE_SIZE=128"
export KOPPEL_ADMIN_PASSWORD=${KOPPEL_ADMIN_PASSWORD:-bench-admin-Passw0rd!}
export KOPPEL_API_BASE_URL=http://localhost:8080/api

command -v wrk >/dev/null || $([[ $(id -u) -eq 0 ]] || echo sudo) apt-get install -y wrk
if (echo >/dev/tcp/127.0.0.1/8080) 2>/dev/null; then
    log "Port 8080 is taken: stop that server first"
    exit 1
fi
mkdir -p "$dir"
mvn -B -q --no-transfer-progress -f "$PROJECT_HOME/pom.xml" -DskipTests install -pl persistence,ejb,web,admin-ui,ear,micro -am

# Seconds since the epoch, with milliseconds.
now() { date +%s.%3N; }

# Polls until /health/ready answers UP; prints the seconds since the given start.
await_ready() {
    local start=$1 deadline=$((SECONDS + 300))
    until curl -s http://127.0.0.1:8080/health/ready | grep -q '^{"status":"UP"'; do
        ((SECONDS < deadline)) || { log "not ready within 300 s"; return 1; }
        sleep 0.2
    done
    awk -v end="$(now)" -v start="$start" 'BEGIN { printf "%.1f", end - start }'
}

# "RSS heap metaspace" in MB of a JVM, after a full GC.
memory() {
    local pid=$1 info
    jcmd "$pid" GC.run >/dev/null
    info=$(jcmd "$pid" GC.heap_info)
    echo "$(($(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024))" \
        "$(($(sed -n 's/.*heap *total [0-9]*K, used \([0-9]*\)K.*/\1/p' <<<"$info" | head -1) / 1024))" \
        "$(($(sed -n 's/.*Metaspace *used \([0-9]*\)K.*/\1/p' <<<"$info" | head -1) / 1024))"
}

# The short load; prints the requests/s of /api/v1/.
load() {
    local rate
    rate=$(wrk -t 2 -c 16 -d 15s http://127.0.0.1:8080/api/v1/ | awk '/Requests\/sec/ {printf "%.0f", $2}')
    wrk -t 2 -c 16 -d 10s http://127.0.0.1:8080/api/openapi >/dev/null
    wrk -t 2 -c 4 -d 5s http://127.0.0.1:8080/health/ready >/dev/null
    echo "$rate"
}

# One measured round of a running runtime: start seconds, idle memory, load, memory after it.
measure() {
    local runtime=$1 started=$2 pid=$3 idle after rate
    sleep 20
    idle=$(memory "$pid")
    rate=$(load)
    after=$(memory "$pid")
    # shellcheck disable=SC2086 # the three figures of each measurement
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$runtime" "$started" $idle "$rate" $after \
        | tee -a "$dir/startup.md"
}

install_payara() {
    if [[ ! -x $asadmin ]]; then
        log "Unpacking Payara Server $payara_version"
        fetch_artifact "fish.payara.distributions:payara:$payara_version:zip" "$dir"
        unzip -q -o "$dir/payara-$payara_version.zip" -d "$dir"
        "$PROJECT_HOME/ear/src/main/server/payara/configure.sh" "$payara_home" h2 "jdbc:h2:$dir/server-data/koppel;$h2_options"
        "$asadmin" start-domain >/dev/null
        # the same heap limit as Micro's run.sh
        "$asadmin" delete-jvm-options -Xmx2g >/dev/null
        "$asadmin" create-jvm-options -Xmx1g >/dev/null
        log "Deploying the EAR and migrating the database (not measured)"
        "$asadmin" deploy --name koppel "$PROJECT_HOME/ear/target/koppel.ear" >/dev/null
        await_ready "$(now)" >/dev/null
        "$asadmin" stop-domain >/dev/null
    fi
}

payara_round() {
    local start started
    start=$(now)
    "$asadmin" start-domain >/dev/null
    started=$(await_ready "$start")
    measure "Payara Server" "$started" "$(cat "$payara_home/glassfish/domains/domain1/config/pid")"
    "$asadmin" stop-domain >/dev/null
}

start_micro() {
    nohup "$PROJECT_HOME/micro/src/main/server/run.sh" "$dir/payara-micro-$payara_version.jar" \
        "$dir/activemq-rar-$rar_version.rar" "$PROJECT_HOME/micro/target/koppel.war" "$dir/micro-data" \
        "$dir/micro" >"$dir/micro.log" 2>&1 &
    micro_pid=$! # run.sh replaces itself with the JVM
}

stop_micro() {
    kill "$micro_pid" 2>/dev/null || true
    wait_gone "$micro_pid"
}

micro_round() {
    local start started
    start=$(now)
    start_micro
    started=$(await_ready "$start")
    measure "Payara Micro" "$started" "$micro_pid"
    stop_micro
}

install_micro() {
    [[ -f $dir/payara-micro-$payara_version.jar ]] || fetch_artifact "fish.payara.extras:payara-micro:$payara_version" "$dir"
    [[ -f $dir/activemq-rar-$rar_version.rar ]] || fetch_artifact "org.apache.activemq:activemq-rar:$rar_version:rar" "$dir"
    if [[ ! -d $dir/micro-data ]]; then
        log "Starting Payara Micro once to migrate its database (not measured)"
        start_micro
        await_ready "$(now)" >/dev/null
        stop_micro
    fi
}

trap '[[ -z $micro_pid ]] || kill "$micro_pid" 2>/dev/null; [[ ! -x $asadmin ]] || "$asadmin" stop-domain >/dev/null 2>&1 || true' EXIT
cat >"$dir/startup.md" <<TABLE
| runtime | ready after s | idle: RSS MB | heap MB | metaspace MB | load: /api/v1/ req/s | after load: RSS MB | heap MB | metaspace MB |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
TABLE
[[ $which == payara ]] || install_micro
[[ $which == micro ]] || install_payara
for ((round = 1; round <= rounds; round++)); do
    [[ $which == payara ]] || micro_round
    [[ $which == micro ]] || payara_round
done
echo
cat "$dir/startup.md"
