#!/usr/bin/env bash
# Measures DataPact's start-up time, resident memory after start and after load, and the server
# time of common pages, on this machine, against the embedded PostgreSQL.
# Usage: bench/startup-and-pages.sh [requests-per-page]   (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-200}"
port=18080
workdir=target/bench
rm -rf "$workdir" && mkdir -p "$workdir"

./mvnw -q -DskipTests -Dspring-javaformat.skip=true compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$workdir/classpath.txt"

start=$(date +%s%N)
java -cp "target/classes:$(cat "$workdir/classpath.txt")" org.datapact.DataPactApplication \
  --spring.profiles.active=demo --server.port=$port \
  --datapact.embedded-postgres.directory="$workdir/postgres" > "$workdir/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT

until curl -fs "http://localhost:$port/actuator/health" > /dev/null 2>&1; do
  if ! kill -0 $pid 2>/dev/null; then echo "the app did not start; see $workdir/app.log"; exit 1; fi
  sleep 0.2
done
ready=$(date +%s%N)
until grep -q "Demo data" "$workdir/app.log"; do sleep 0.2; done
rss_start=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
reported=$(grep -o 'Started DataPactApplication in [0-9.]* seconds' "$workdir/app.log" | grep -o '[0-9.]*' | head -1)

jar="$workdir/cookies"
csrf=$(curl -s -c "$jar" -b "$jar" "http://localhost:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -o /dev/null -c "$jar" -b "$jar" -d "username=admin&password=datapact-demo-2026&_csrf=$csrf" "http://localhost:$port/login"

measure() {
  local path=$1
  for _ in $(seq 1 20); do curl -s -o /dev/null -b "$jar" "http://localhost:$port$path"; done
  for _ in $(seq 1 "$requests"); do
    curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "http://localhost:$port$path"
  done | sort -n | awk -v path="$path" '{ t[NR] = $1 * 1000 } END {
    printf "%-28s n=%d  p50=%.1f ms  p95=%.1f ms  max=%.1f ms\n", path, NR, t[int(NR*0.5)], t[int(NR*0.95)], t[NR] }'
}

echo "DataPact benchmark on $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
awk -v ns=$((ready - start)) -v spring="$reported" \
  'BEGIN { printf "start-up (process start to healthy): %.1f s (Spring reports %s s)\n", ns / 1e9, spring }'
echo "RSS after start: $((rss_start / 1024)) MiB"
measure /
measure /organisations
measure /admin/users
measure /admin/audit
measure /api/v1/organisations
echo "RSS after load: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MiB"
