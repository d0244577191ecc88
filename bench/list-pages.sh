#!/usr/bin/env bash
# Throughput of DataPact's project list against Spring PetClinic's owner list, both on the same
# local PostgreSQL, measured with wrk in the same run, one application at a time, and the resident
# memory (RSS) of DataPact after its benchmark under the production heap setting.
#
# Usage: bench/list-pages.sh [seconds] [connections] [rounds]   (defaults 30 16 2)
#
# - wrk and psql must be installed (apt-get install wrk postgresql-client).
# - PostgreSQL: set PGHOST/PGPORT and a superuser in PGUSER/PGPASSWORD, or have Debian's cluster
#   (pg_ctlcluster 15 main) on this machine: the script starts it and works as its postgres user.
# - PetClinic is built from its public sources: PETCLINIC_DIR (a checkout of
#   spring-projects/spring-petclinic), else a clone of PETCLINIC_REPO (default: the local mirror
#   /work/.mirror/spring-projects+spring-petclinic/repo) into target/bench. Without either, only
#   DataPact is measured. Its code is never copied into this repository.
# - JAVA_OPTS: the JVM options of both applications (both also run with MALLOC_ARENA_MAX=2); default
#   the production setting documented in the README, the Dockerfile and docker-compose.yml.
# - PROJECTS: how many projects DataPact's list holds (default 60; a page shows 20).
#
# Each round runs PetClinic, then DataPact: start, 10 s of warm-up, then the measured run.
# Figures are printed and written to target/bench/list-pages.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-30}"
connections="${2:-16}"
rounds="${3:-2}"
projects="${PROJECTS:-60}"
# The production heap setting (README, Dockerfile, docker-compose.yml).
DATAPACT_JAVA_OPTS="-Xms128m -Xmx320m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m -Xss512k -XX:+UseSerialGC"
java_opts="${JAVA_OPTS:-$DATAPACT_JAVA_OPTS}"
datapact_port=18091
petclinic_port=18092
work="$PWD/target/bench/list-pages"
report="$PWD/target/bench/list-pages.txt"
mkdir -p "$work"

for tool in wrk psql curl java; do
  command -v "$tool" > /dev/null || { echo "$tool is missing (apt-get install wrk postgresql-client curl)"; exit 1; }
done

# --- PostgreSQL ---------------------------------------------------------------------------------
if [ -z "${PGHOST:-}" ]; then
  if ! command -v pg_ctlcluster > /dev/null; then
    echo "No PostgreSQL: set PGHOST, PGPORT, PGUSER and PGPASSWORD, or install Debian's postgresql"; exit 1
  fi
  version=$(pg_lsclusters -h | awk 'NR==1 {print $1}')
  cluster=$(pg_lsclusters -h | awk 'NR==1 {print $2}')
  pg_lsclusters -h | awk 'NR==1 {print $4}' | grep -q online || pg_ctlcluster "$version" "$cluster" start
  PGPORT=$(pg_lsclusters -h | awk 'NR==1 {print $3}')
  PGHOST=localhost
  superuser() { runuser -u postgres -- env PGOPTIONS=--client-min-messages=warning psql -v ON_ERROR_STOP=1 -q -p "$PGPORT" "$@"; }
else
  PGPORT="${PGPORT:-5432}"
  superuser() { PGOPTIONS=--client-min-messages=warning psql -v ON_ERROR_STOP=1 -q -h "$PGHOST" -p "$PGPORT" "$@"; }
fi
fresh_database() { # name owner password
  superuser -d postgres -c "drop database if exists $1" -c "drop role if exists $2" \
    -c "create role $2 login password '$3'" -c "create database $1 owner $2"
}

# --- the applications -------------------------------------------------------------------------
./mvnw -q -B -DskipTests -Dspring-javaformat.skip=true package
datapact_jar=$(realpath "$(ls target/datapact-*.jar | grep -v original | head -1)")

petclinic_jar=""
petclinic_dir="${PETCLINIC_DIR:-}"
petclinic_repo="${PETCLINIC_REPO:-/work/.mirror/spring-projects+spring-petclinic/repo}"
if [ -z "$petclinic_dir" ] && [ -e "$petclinic_repo" ]; then
  petclinic_dir="$PWD/target/bench/petclinic"
  [ -d "$petclinic_dir" ] || git clone -q "$petclinic_repo" "$petclinic_dir"
fi
if [ -n "$petclinic_dir" ]; then
  petclinic_dir=$(realpath "$petclinic_dir")
  petclinic_jar=$(ls "$petclinic_dir"/target/spring-petclinic-*.jar 2>/dev/null | head -1 || true)
  if [ -z "$petclinic_jar" ]; then
    (cd "$petclinic_dir" && ./mvnw -q -B -DskipTests -Dcheckstyle.skip=true -Djacoco.skip=true \
      -Dspring-javaformat.skip=true package)
    petclinic_jar=$(ls "$petclinic_dir"/target/spring-petclinic-*.jar | head -1)
  fi
else
  echo "PetClinic sources not found (set PETCLINIC_DIR): measuring DataPact alone"
fi

pid=""
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; fi; }
trap stop EXIT

await() { # url log
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "$1" && return 0
    kill -0 "$pid" 2>/dev/null || { echo "the application stopped; see $2"; tail -30 "$2"; exit 1; }
    sleep 0.5
  done
  echo "the application did not answer at $1; see $2"; exit 1
}

# CPU time the application's process has used, in clock ticks (user and system).
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }

# Requests per second of a URL: a warm-up run, then the measured one. Also leaves the application's
# CPU milliseconds per request in $work/cpu.txt: on a machine other work shares, this figure moves
# less than the throughput.
throughput() { # url [header]
  local header=() before after requests
  [ -n "${2:-}" ] && header=(-H "$2")
  wrk -t2 -c"$connections" -d10s --timeout 10s "${header[@]}" "$1" > /dev/null
  before=$(cpu_ticks)
  wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency "${header[@]}" "$1" > "$work/wrk.txt"
  after=$(cpu_ticks)
  requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
  awk -v t=$((after - before)) -v n="$requests" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%.2f\n", (n > 0) ? t * 1000 / hz / n : 0 }' > "$work/cpu.txt"
  if grep -q "Non-2xx" "$work/wrk.txt"; then
    echo "answers other than 2xx on $1:" >&2; cat "$work/wrk.txt" >&2; exit 1
  fi
  if grep -q "Socket errors" "$work/wrk.txt"; then
    echo "note: $(grep "Socket errors" "$work/wrk.txt") on $1" >&2
  fi
  awk '/Requests\/sec/ {print $2}' "$work/wrk.txt"
}

latency() { awk '/ 50%/ {p50=$2} / 99%/ {p99=$2} END {print "p50 " p50 ", p99 " p99}' "$work/wrk.txt"; }

run_petclinic() {
  fresh_database petclinic_bench petclinic_bench petclinic_bench
  (cd "$work" && MALLOC_ARENA_MAX=2 POSTGRES_URL="jdbc:postgresql://$PGHOST:$PGPORT/petclinic_bench" POSTGRES_USER=petclinic_bench \
    POSTGRES_PASS=petclinic_bench exec java $java_opts -jar "$petclinic_jar" --spring.profiles.active=postgres \
    --server.port=$petclinic_port > "$work/petclinic.log" 2>&1) &
  pid=$!
  await "http://localhost:$petclinic_port/owners?page=1" "$work/petclinic.log"
  curl -fs "http://localhost:$petclinic_port/owners?page=1" | grep -q "George" \
    || { echo "PetClinic's owner list shows no owner"; exit 1; }
  petclinic_rps=$(throughput "http://localhost:$petclinic_port/owners?page=1")
  petclinic_cpu=$(cat "$work/cpu.txt")
  petclinic_latency="$(latency), $petclinic_cpu ms CPU per request"
  stop
}

run_datapact() {
  fresh_database datapact_bench datapact_bench datapact_bench
  mkdir -p "$work/datapact"
  (cd "$work/datapact" && rm -rf .data && MALLOC_ARENA_MAX=2 DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/datapact_bench" \
    DATABASE_USER=datapact_bench DATABASE_PASSWORD=datapact_bench exec java $java_opts -jar "$datapact_jar" \
    --spring.profiles.active=demo --server.port=$datapact_port > "$work/datapact.log" 2>&1) &
  pid=$!
  await "http://localhost:$datapact_port/actuator/health" "$work/datapact.log"
  for _ in $(seq 1 240); do grep -q "created 2 demo projects" "$work/datapact.log" && break; sleep 0.5; done
  seed_datapact
  local jar="$work/cookies" csrf session
  rm -f "$jar"
  csrf=$(curl -s -c "$jar" -b "$jar" "http://localhost:$datapact_port/login" \
    | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin" \
    --data-urlencode "password=datapact-demo-2026" --data-urlencode "_csrf=$csrf" "http://localhost:$datapact_port/login"
  session=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")
  [ -n "$session" ] || { echo "could not sign in to DataPact"; exit 1; }
  local rows
  rows=$(curl -s -H "Cookie: JSESSIONID=$session" "http://localhost:$datapact_port/projects" | grep -c 'class="list-unstyled small mb-0 stage-summary"' || true)
  [ "$rows" -ge 20 ] || { echo "DataPact's project list shows $rows rows, not a full page" >&2; exit 1; }
  datapact_rps=$(throughput "http://localhost:$datapact_port/projects" "Cookie: JSESSIONID=$session")
  datapact_cpu=$(cat "$work/cpu.txt")
  datapact_latency="$(latency), $datapact_cpu ms CPU per request"
  rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")
  rss_peak=$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$pid/status")
  stop
}

# The demo's two projects, copied into PROJECTS projects in all, with their members and their
# questionnaires (opened by the partner first, so that every row shows a questionnaire's progress).
seed_datapact() {
  local jar="$work/partner-cookies" csrf hope
  rm -f "$jar"
  csrf=$(curl -s -c "$jar" -b "$jar" "http://localhost:$datapact_port/login" \
    | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=partner.hope" \
    --data-urlencode "password=datapact-demo-2026" --data-urlencode "_csrf=$csrf" "http://localhost:$datapact_port/login"
  hope=$(PGPASSWORD=datapact_bench psql -h "$PGHOST" -p "$PGPORT" -U datapact_bench -d datapact_bench -tA \
    -c "select id from project order by created_at limit 1")
  curl -fs -o /dev/null -b "$jar" "http://localhost:$datapact_port/projects/$hope/questionnaire"
  local copies=$(( (projects - 2 + 1) / 2 ))
  PGPASSWORD=datapact_bench psql -v ON_ERROR_STOP=1 -q -h "$PGHOST" -p "$PGPORT" -U datapact_bench -d datapact_bench <<SQL
create temporary table source as select id from project;
insert into project (id, organisation_id, title, purpose, country_code, start_date, end_date, status, created_by,
    created_at, updated_at, version)
select md5(p.id::text || n)::uuid, p.organisation_id, p.title || ' ' || n, p.purpose, p.country_code, p.start_date,
    p.end_date + n, p.status, p.created_by, now(), now(), 0
from project p join source s on s.id = p.id cross join generate_series(1, $copies) n;
insert into project_member (id, project_id, user_id, role, added_by, added_at, updated_at)
select gen_random_uuid(), md5(m.project_id::text || n)::uuid, m.user_id, m.role, m.added_by, now(), now()
from project_member m join source s on s.id = m.project_id cross join generate_series(1, $copies) n;
insert into questionnaire (id, project_id, organisation_id, template_id, status, revision, created_at, updated_at,
    version)
select gen_random_uuid(), md5(q.project_id::text || n)::uuid, q.organisation_id, q.template_id, q.status, q.revision,
    now(), now(), 0
from questionnaire q join source s on s.id = q.project_id cross join generate_series(1, $copies) n;
analyze project;
analyze project_member;
analyze questionnaire;
SQL
}

echo "List pages on $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk: $connections connections, ${seconds} s per measured run after 10 s of warm-up, $rounds rounds"
echo "JVM options of both: $java_opts"
results=()
for round in $(seq 1 "$rounds"); do
  petclinic_rps=""
  petclinic_cpu=""
  if [ -n "$petclinic_jar" ]; then
    run_petclinic
    echo "round $round: PetClinic /owners?page=1 (5 owners with their pets): $petclinic_rps requests/s ($petclinic_latency)"
  fi
  run_datapact
  echo "round $round: DataPact /projects (20 of $projects projects with their pipelines, as admin): $datapact_rps requests/s ($datapact_latency)"
  echo "round $round: DataPact RSS after the benchmark: $rss MiB (peak $rss_peak MiB)"
  results+=("${petclinic_rps:--} $datapact_rps $rss $rss_peak ${petclinic_cpu:--} $datapact_cpu")
done

{
  echo "List pages, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average now $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "wrk -c$connections, ${seconds} s measured per run, $rounds rounds; JVM options: $java_opts"
  printf '%s\n' "${results[@]}" | awk -v petclinic="$petclinic_jar" '
    { if ($1 != "-") { p += $1; pc += $5 } d += $2; dc += $6; if ($3 > rss) rss = $3; if ($4 > peak) peak = $4; n++ }
    END {
      printf "DataPact project list:   %.0f requests/s, %.2f ms CPU per request (means of %d)\n", d / n, dc / n, n
      if (petclinic != "") {
        printf "PetClinic owner list:    %.0f requests/s, %.2f ms CPU per request (means of %d)\n", p / n, pc / n, n
        printf "ratio DataPact / PetClinic: %.2f in requests/s, %.2f in CPU per request (PetClinic / DataPact)\n", d / p, pc / dc
      }
      printf "DataPact RSS after the benchmark: %d MiB (highest of the rounds; peak %d MiB)\n", rss, peak
    }'
} | tee "$report"
