#!/usr/bin/env bash
# Measures re-classifying every stored project after a rule change (the background job an admin's
# "publish" starts): N projects with a submitted 3-dataset questionnaire (default 10,000; one made
# through the services, the others SQL copies), re-classified and stored in batches, against the
# real application and PostgreSQL. Reports projects per second; the target is 10,000 in under a minute.
# Usage: bench/reclassification.sh [projects]   (default 10000)
# The figures are printed and written to target/bench/reclassification-<projects>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test -Dspring-javaformat.skip=true -Dtest=ReclassificationBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.projects="${1:-10000}" | grep -A5 "Re-classification benchmark" || true
cat target/bench/reclassification-*.txt 2>/dev/null | tail -6
