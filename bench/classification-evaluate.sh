#!/usr/bin/env bash
# Measures POST /api/v1/classification/evaluate on the real application (HTTP, signed in, real
# PostgreSQL) with 100 and 500 datasets that all combine with each other under every combination
# rule: response size, round trip, bytes the server allocates per call, and the highest heap in use
# (src/test/java/org/datapact/classification/web/EvaluateBenchmark.java).
# Usage: bench/classification-evaluate.sh [measured-calls-per-size]   (default 10)
# Targets (issue 21): 500 such datasets answer in under a second with under 2 MB.
# The figures are printed and written to target/bench/classification-evaluate.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
./mvnw -q test -Dspring-javaformat.skip=true -Dtest=EvaluateBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.calls="${1:-10}" > target/bench-evaluate.log 2>&1 || { tail -50 target/bench-evaluate.log; exit 1; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (other work on the machine skews the figures)"
cat target/bench/classification-evaluate.txt
