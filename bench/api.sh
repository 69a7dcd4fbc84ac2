#!/usr/bin/env bash
# Measures the public API on loopback (issue 3's targets): requests/s and p50/p99 latency of
# (a) an unauthenticated trivial endpoint, (b) an authenticated GET of one client, (c) an
# authenticated list of 100 clients, on Payara Server with H2 as the tests deploy it (-Pmicro: the
# one WAR on Payara Micro, as its tests deploy it).
# Usage: bench/api.sh [-Pwildfly | -Pmicro] [-Ppostgres] [-Dkoppel.bench.duration=20s] [-Dkoppel.bench.connections=16]
# Prints the table and leaves it in src-it/target/benchmark.md; record it in BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null; then
    sudo_if_needed=$([[ $(id -u) -eq 0 ]] || echo sudo)
    $sudo_if_needed apt-get update
    $sudo_if_needed apt-get install -y wrk
fi

mvn -B --no-transfer-progress -DskipTests install -pl persistence,ejb,web,admin-ui,ear,micro -am
mvn -B --no-transfer-progress verify -pl src-it -Dit.test=ApiBenchmark -Dfailsafe.failIfNoSpecifiedTests=false "$@"
cat src-it/target/benchmark.md
