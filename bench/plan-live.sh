#!/usr/bin/env bash
# Measures how fast a live notice reaches many browsers: N Server-Sent Events streams (default 200,
# four per signed-in person) are open on one room of the running application; a notice is announced
# in a committed transaction, as a plan section save does, and goes through PostgreSQL NOTIFY, the
# cluster bus and every stream. Prints the latency from commit to each client (p50/p90/p99/max) and
# how many notices reached every client within one second (the target: all of them).
# Usage: bench/plan-live.sh [clients] [notices]   (defaults 200 20)
# The figures are printed and written to target/bench/plan-live-<clients>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
./mvnw -q test -Dspring-javaformat.skip=true -Dtest=LiveFanoutBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.clients="${1:-200}" -Dbench.rounds="${2:-20}" \
  > target/bench-plan-live.log 2>&1 || { tail -50 target/bench-plan-live.log; exit 1; }
cat "target/bench/plan-live-${1:-200}.txt"
