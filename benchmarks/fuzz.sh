#!/usr/bin/env bash
# Fuzzes one Jazzer target of validator-core for a number of minutes (one target per JVM, as Jazzer requires):
#   benchmarks/fuzz.sh TARGET MINUTES      e.g. benchmarks/fuzz.sh TiffFuzzTest 10
# Targets: ZarrJsonFuzzTest CodecPipelineFuzzTest TiffFuzzTest OmeXmlFuzzTest ObjectsTableFuzzTest
# DirectorySchemaFuzzTest. A crash fails the run and its input is saved under
# validator-core/src/test/resources/io/maskgate/fuzz/<Target>Inputs/, where every later `mvn test` replays it;
# the corpus grown on the way stays in validator-core/.cifuzz-corpus/ (not committed) and seeds the next run.
# Extra arguments go to Maven (e.g. -o). The libFuzzer statistics end up in LOG (default target/fuzz-TARGET.log).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ $# -lt 2 ]]; then
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
target=$1
minutes=$2
shift 2
if [[ ! -f "validator-core/src/test/java/io/maskgate/fuzz/$target.java" ]]; then
  echo "fuzz.sh: no fuzz target $target (see validator-core/src/test/java/io/maskgate/fuzz)" >&2
  exit 2
fi
mkdir -p target
log=${LOG:-target/fuzz-$target.log}
status=0
mvn -B -Pfuzz test -pl validator-core -am "-Dtest=$target" "-Djazzer.max_duration=${minutes}m" \
  -Dsurefire.failIfNoSpecifiedTests=false "$@" >"$log" 2>&1 || status=$?
# libFuzzer's closing lines: executions, coverage, corpus; then the test result
grep -E '^(#[0-9]+[[:space:]]+DONE|Done [0-9]+ runs)|Tests run:|== Java Exception|FAILURE' "$log" | tail -n 8 || true
echo "fuzz.sh: $target, $minutes min: $([[ $status -eq 0 ]] && echo 'no crash' || echo "FAILED (exit $status), see $log")"
exit "$status"
