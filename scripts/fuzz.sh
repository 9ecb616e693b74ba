#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (a package of their own, with address sanitizer) and runs one or
# all of them, each on a copy of its seed corpus (Fuzz/corpus/<target>/) with its dictionary
# (Fuzz/dict/<target>.dict). Prints per target the executions run and the crashes found; exits
# non-zero if any target crashed, naming the reproducer (replay it: <binary> <reproducer>).
#
#   scripts/fuzz.sh                              all targets, 60 s each
#   scripts/fuzz.sh --target FuzzDemandCSV --time 600 --jobs 2
#   scripts/fuzz.sh --ci                         build, then every target 20 s (bounded; for .ci/run)
#   scripts/fuzz.sh --list                       the target names
# Options: --time SECONDS per target (default 60), --target NAME (repeatable), --jobs N (libFuzzer
# -fork=N, parallel processes), --no-build, --keep (keep the work folder of targets that found nothing).
# Work folders (corpus copy, new inputs, crash files, logs): .build-fuzz/work/<target>/ (gitignored);
# the committed corpus never grows by itself: promote an input by hand (as regression-<name>).
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(FuzzScenarioYAML FuzzDemandCSV FuzzFleetStartsCSV FuzzWorkloadRequestsCSV FuzzWorkloadFleetCSV FuzzStopsCSV
         FuzzStopsGeoJSON FuzzServiceAreaGeoJSON FuzzNetworkCSV FuzzNetworkGeoJSON FuzzMATSimXML FuzzGzip FuzzAPIRequests
         FuzzDepotsCSV FuzzZonesGeoJSON)
# The longest input per target: the seeds' size and a little more (longer inputs only slow the search).
max_len() {
  case "$1" in
    FuzzScenarioYAML|FuzzStopsGeoJSON|FuzzServiceAreaGeoJSON|FuzzNetworkGeoJSON|FuzzMATSimXML|FuzzNetworkCSV|FuzzZonesGeoJSON) echo 8192 ;;
    FuzzAPIRequests) echo 2048 ;;
    *) echo 4096 ;;
  esac
}

time_per_target=60 jobs=1 build=1 keep=0 chosen=()
while [ $# -gt 0 ]; do
  case "$1" in
    --time) time_per_target="$2"; shift 2 ;;
    --target) chosen+=("$2"); shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --ci) time_per_target=20; shift ;;
    --no-build) build=0; shift ;;
    --keep) keep=1; shift ;;
    --list) printf '%s\n' "${targets[@]}"; exit 0 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ ${#chosen[@]} -gt 0 ] || chosen=("${targets[@]}")
for t in "${chosen[@]}"; do
  [[ " ${targets[*]} " == *" $t "* ]] || { echo "unknown target $t; one of: ${targets[*]}" >&2; exit 2; }
done

scratch=.build-fuzz
if [ "$build" = 1 ]; then
  start=$(date +%s)
  swift build --package-path Fuzz --scratch-path "$scratch" -c debug -Xswiftc -sanitize=fuzzer,address \
    -Xswiftc -parse-as-library
  echo "build: $(( $(date +%s) - start )) s"
fi
bin="$(swift build --package-path Fuzz --scratch-path "$scratch" -c debug --show-bin-path)"

# ASan: no leak report at exit (the Swift runtime keeps its metadata); allocation failures are libFuzzer's
# -rss_limit_mb business. Swift's own crash backtracer off: under ASan it reports itself, hiding the trap.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}"
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"
failed=0
printf '%-26s %12s %8s  %s\n' target executions crashes reproducer > "$scratch/fuzz-summary.txt"
for t in "${chosen[@]}"; do
  work="$scratch/work/$t"
  rm -rf "$work" && mkdir -p "$work/corpus" "$work/tmp"
  cp Fuzz/corpus/"$t"/* "$work/corpus/"
  args=(-dict="Fuzz/dict/$t.dict" -max_len="$(max_len "$t")" -max_total_time="$time_per_target" -timeout=10
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/")
  [ "$jobs" -gt 1 ] && args+=(-fork="$jobs" -ignore_crashes=0)
  echo "== $t: ${time_per_target} s, ${jobs} process(es), log $work/fuzz.log"
  status=0
  TMPDIR="$PWD/$work/tmp" "$bin/$t" "${args[@]}" "$work/corpus" > "$work/fuzz.log" 2>&1 || status=$?
  execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$work/fuzz.log" | awk '{s += $2} END {print s + 0}')
  [ "$execs" = 0 ] && execs=$(grep -oE '^#[0-9]+' "$work/fuzz.log" | tail -1 | tr -d '#' || true)
  found=$(find "$work" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | sort)
  count=$(printf '%s' "$found" | grep -c . || true)
  if [ "$status" != 0 ] || [ "$count" != 0 ]; then
    failed=1
    [ "$count" = 0 ] && found="(none written; exit status $status, see $work/fuzz.log)" && count=1
    grep -m1 -E 'Fatal error|ERROR: AddressSanitizer|ERROR: libFuzzer|SUMMARY' "$work/fuzz.log" || true
  elif [ "$keep" = 0 ]; then
    rm -rf "$work/corpus" "$work/tmp"
  fi
  printf '%-26s %12s %8s  %s\n' "$t" "${execs:-0}" "$count" "$(echo $found)" | tee -a "$scratch/fuzz-summary.txt"
done
echo; cat "$scratch/fuzz-summary.txt"
[ "$failed" = 0 ] || { echo "crashes found: replay one with $bin/<target> <reproducer>" >&2; exit 1; }
