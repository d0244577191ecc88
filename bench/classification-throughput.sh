#!/usr/bin/env bash
# Measures the classification engine with the default rule set on ONE core: single-dataset
# evaluations per second, and the time to classify a 50-dataset (and a 500-dataset) project with
# combination rules (mean, p50, p95, p99). A hand-rolled harness with warm-up
# (src/test/java/org/datapact/classification/bench/ClassificationThroughput.java); no database, no HTTP.
# Usage: bench/classification-throughput.sh [seconds-per-warm-up]   (default 3)
# Targets: >= 10,000 single-dataset evaluations/s; a 50-dataset project < 20 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-3}"
workdir=target/bench
mkdir -p "$workdir"

./mvnw -q -DskipTests -Dspring-javaformat.skip=true test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$workdir/classpath.txt"

pin=()
if command -v taskset > /dev/null; then
  pin=(taskset -c 0)
fi
echo "DataPact classification benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores on the machine, pinned to one;" \
  "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews the figures)"
"${pin[@]}" java -XX:ActiveProcessorCount=1 -Xms256m -Xmx256m \
  -cp "target/classes:target/test-classes:$(cat "$workdir/classpath.txt")" \
  org.datapact.classification.bench.ClassificationThroughput "$seconds"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
