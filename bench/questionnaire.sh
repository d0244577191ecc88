#!/usr/bin/env bash
# Measures the server time of a 200-question questionnaire page and of autosave requests under
# concurrent load (8 signed-in clients, two per questionnaire editing different questions), with
# the number of SQL statements each request costs, against the real application and PostgreSQL.
# Each kind of request is first warmed up (400 requests) so that the figures show a running
# server rather than the JIT compiler at work.
# Usage: bench/questionnaire.sh [questions] [clients] [requests] [warm-up]   (defaults 200 8 400 400)
# The figures are printed and written to target/bench/questionnaire-<questions>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
./mvnw -q test -Dspring-javaformat.skip=true -Dtest=QuestionnaireBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.questions="${1:-200}" -Dbench.clients="${2:-8}" -Dbench.requests="${3:-400}" -Dbench.warmup="${4:-400}" \
  > target/bench-questionnaire.log 2>&1 || { tail -50 target/bench-questionnaire.log; exit 1; }
cat "target/bench/questionnaire-${1:-200}.txt"
