#!/usr/bin/env bash
# Measures Koppel on the two-node topology of scale/ (issue 16): requests/s of the API benchmark's
# reads (a), (b), (c) and webhook deliveries/s of a backlog, through the balancer, with both nodes
# and then with node-b stopped. Brings a fresh topology up and down (scale/test.sh).
# Usage: bench/scale.sh payara|wildfly|micro [-Dkoppel.bench.duration=20s] [-Dkoppel.bench.connections=16]
# Prints the figures and leaves them in src-it/target/scale-benchmark.md; record them in BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."

server=${1:?payara, wildfly or micro}
shift
command -v wrk >/dev/null || $([[ $(id -u) -eq 0 ]] || echo sudo) apt-get install -y wrk
scale/test.sh "$server" -Dit.test=ScaleBenchmark "$@"
cat src-it/target/scale-benchmark.md
