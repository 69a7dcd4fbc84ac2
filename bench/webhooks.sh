#!/usr/bin/env bash
# Measures webhook delivery on loopback (issue 13's targets), on Payara Server with H2 as the
# tests deploy it (-Ppostgres: with PostgreSQL): sustained signed deliveries/s to 1 and to 100
# endpoints next to a plain JDK HttpClient posting the same bodies (the physical limit), p50/p99
# from commit to arrival at 200 events/s, and one change fanned out to 100 endpoints.
# Usage: bench/webhooks.sh [-Ppostgres] [-Dkoppel.bench.deliveries=5000] [-Dkoppel.bench.latency-only=true]
# Prints the table and leaves it in src-it/target/webhook-benchmark.md; record it in BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B --no-transfer-progress -DskipTests install -pl persistence,ejb,web,admin-ui,ear -am
mvn -B --no-transfer-progress verify -pl src-it -Dit.test=WebhookBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dit.openapi.checks.skip=true "$@"
cat src-it/target/webhook-benchmark.md
