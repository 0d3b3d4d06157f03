#!/usr/bin/env bash
# End-to-end benchmark of `maskgate validate` on a generated mask store.
#
#   benchmarks/e2e.sh [--preset NAME | --hypotheses N --trenches N --times N] [--seed N]
#                     [--data DIR] [--rounds N] [--threads N] [--heap SIZE] [--nice N] [--no-build]
#                     [--baseline DIR] [--store PATH]
#
# 1. Generates the store with the fixtures generator (`maskgate fixture`) into DIR (default
#    ~/.cache/maskgate-bench, or $MASKGATE_BENCH_DATA) unless an identical one is there: the generator
#    arguments and the generator jar's checksum are kept in a marker file beside the store.
#    --store PATH uses an existing store as it is instead (no generation).
# 2. Warms the page cache with the chunk files (cat > /dev/null), so both contenders read from memory.
# 3. Alternates, ROUNDS times (default 3), so machine noise hits both:
#      (a) decode only: io.maskgate.benchmarks.DecodeOnly reads and decodes every chunk with the
#          validator's own reader (same buffers, order and thread count as the pixel scan), no checks;
#      (b) full validation: JAVA_OPTS=-Xmx512m maskgate validate --format json -o REPORT STORE.
#    Both are timed as whole processes (JVM start included): wall time and CPU time (user + sys).
#    With --baseline DIR (a folder holding the maskgate.jar and benchmarks.jar of another build, e.g. the
#    commit before a change), every round also runs (a) and (b) with those jars, interleaved, so a before/after
#    comparison shares the machine's noise.
# 4. Times `maskgate validate --metadata-only STORE` (JVM start included) with hyperfine if present,
#    otherwise with repeated runs.
# Prints medians as a Markdown table, with the load average seen before each run. On a machine shared
# with other work, --nice -10 (root) gives the timed runs most of the CPU; CPU times are less noisy
# than wall times either way.
set -euo pipefail

preset=""
hypotheses=""
trenches=""
times=""
seed=""
data="${MASKGATE_BENCH_DATA:-${XDG_CACHE_HOME:-$HOME/.cache}/maskgate-bench}"
rounds=3
threads=""
heap="512m"
build=1
nice_level=""
meta_runs=10
baseline=""
given_store=""

usage() {
  sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --preset) preset="$2"; shift 2 ;;
    --hypotheses) hypotheses="$2"; shift 2 ;;
    --trenches) trenches="$2"; shift 2 ;;
    --times) times="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    --nice) nice_level="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --baseline) baseline="$(cd "$2" && pwd)"; shift 2 ;;
    --store) given_store="$2"; shift 2 ;;
    -h|--help) usage ;;
    *) echo "e2e.sh: unknown argument $1" >&2; usage ;;
  esac
done
if [[ -z "$preset" && -z "$hypotheses$trenches$times" ]]; then
  preset="release"
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli_jar="$root/cli/target/maskgate.jar"
bench_jar="$root/benchmarks/target/benchmarks.jar"
if [[ $build -eq 1 || ! -f "$cli_jar" || ! -f "$bench_jar" ]]; then
  echo "building maskgate.jar and benchmarks.jar ..." >&2
  (cd "$root" && mvn -B -q -DskipTests -Pbenchmarks package)
fi

# The store's name and the generator arguments that define it.
gen_args=(fixture --no-progress)
name=""
if [[ -n "$preset" ]]; then
  gen_args+=(--preset "$preset")
  name="$preset"
fi
[[ -n "$hypotheses" ]] && { gen_args+=(--hypotheses "$hypotheses"); name+="-h$hypotheses"; }
[[ -n "$trenches" ]] && { gen_args+=(--trenches "$trenches"); name+="-t$trenches"; }
[[ -n "$times" ]] && { gen_args+=(--times "$times"); name+="-n$times"; }
[[ -n "$seed" ]] && { gen_args+=(--seed "$seed"); name+="-s$seed"; }
name="${name#-}"
store="$data/$name.zarr"
marker="$data/$name.spec"
# The generator's classes decide the bytes: a rebuilt generator with other output regenerates the store.
gen_sum="$(unzip -p "$cli_jar" 'io/maskgate/fixtures/*' 2>/dev/null | sha256sum | cut -c1-16 || true)"
spec="args=${gen_args[*]} generator=$gen_sum"

mkdir -p "$data"
if [[ -n "$given_store" ]]; then
  store="$given_store"
  name="$(basename "$store")"
  echo "using the store $store as it is" >&2
elif [[ -d "$store" && -f "$marker" && "$(cat "$marker")" == "$spec" ]]; then
  echo "store $store is up to date ($spec)" >&2
else
  echo "generating $store ($spec) ..." >&2
  rm -rf "$store" "$marker"
  java -jar "$cli_jar" "${gen_args[@]}" "$store" >&2
  printf '%s' "$spec" > "$marker"
fi

store_kb=$(du -sk "$store" | cut -f1)
avail_kb=$(awk '/MemAvailable/ {print $2}' /proc/meminfo)
if (( store_kb > avail_kb * 9 / 10 )); then
  echo "warning: the store ($((store_kb / 1024)) MB) may not fit in the page cache ($((avail_kb / 1024)) MB available)" >&2
fi
# Before every timed run: some VMs page out file pages idle for a minute (e.g. DAMON reclaim).
warm() {
  find "$store" -type f -print0 | xargs -0 cat > /dev/null
}

out="$(mktemp -d "${TMPDIR:-/tmp}/maskgate-e2e.XXXXXX")"
trap 'rm -rf "$out"' EXIT
thread_opt=()
thread_arg=()
if [[ -n "$threads" ]]; then
  thread_opt=(--threads "$threads")
  thread_arg=("$threads")
fi

# Runs "$@" and appends "wall cpu load1" (seconds, seconds, 1-minute load average before the run).
timed() {
  local file="$1"; shift
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  local TIMEFORMAT='%3R %3U %3S'
  local t
  local prefix=()
  [[ -n "$nice_level" ]] && prefix=(nice -n "$nice_level")
  { t=$( { time ${prefix[@]+"${prefix[@]}"} "$@" > "$out/last.out" 2> "$out/last.err"; } 2>&1 ); } || {
    echo "e2e.sh: failed: $*" >&2; cat "$out/last.err" >&2; exit 3; }
  read -r wall user sys <<< "$t"
  echo "$wall $(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.3f", u + s}') $load" >> "$file"
}

for ((r = 1; r <= rounds; r++)); do
  echo "round $r/$rounds: decode only ..." >&2
  warm
  timed "$out/decode.txt" java "-Xmx$heap" -cp "$bench_jar" io.maskgate.benchmarks.DecodeOnly "$store" ${thread_arg[@]+"${thread_arg[@]}"}
  cp "$out/last.out" "$out/decode-line.txt"
  echo "round $r/$rounds: validate ..." >&2
  warm
  JAVA_OPTS="-Xmx$heap" timed "$out/validate.txt" "$root/maskgate" validate --no-progress -q ${thread_opt[@]+"${thread_opt[@]}"} \
    --format json -o "$out/report.json" "$store"
  if [[ -n "$baseline" ]]; then
    echo "round $r/$rounds: baseline decode only ..." >&2
    warm
    timed "$out/base-decode.txt" java "-Xmx$heap" -cp "$baseline/benchmarks.jar" io.maskgate.benchmarks.DecodeOnly "$store" ${thread_arg[@]+"${thread_arg[@]}"}
    echo "round $r/$rounds: baseline validate ..." >&2
    warm
    timed "$out/base-validate.txt" java "-Xmx$heap" -jar "$baseline/maskgate.jar" validate --no-progress -q ${thread_opt[@]+"${thread_opt[@]}"} \
      --format json -o "$out/base-report.json" "$store"
  fi
done

echo "metadata only ..." >&2
meta_cmd="'$root/maskgate' validate --metadata-only --no-progress -q --format json -o '$out/meta.json' '$store'"
meta_load=$(cut -d' ' -f1 /proc/loadavg)
if command -v hyperfine > /dev/null 2>&1; then
  [[ -n "$nice_level" ]] && meta_cmd="nice -n $nice_level $meta_cmd"
  hyperfine --warmup 2 --runs "$meta_runs" --style none --export-json "$out/meta-hf.json" "$meta_cmd" > /dev/null 2>&1
  meta_median=$(grep -o '"median": *[0-9.]*' "$out/meta-hf.json" | head -1 | grep -o '[0-9.]*$' | xargs printf '%.2f')
  meta_max=$(grep -o '"max": *[0-9.]*' "$out/meta-hf.json" | head -1 | grep -o '[0-9.]*$' | xargs printf '%.2f')
  meta_how="hyperfine, $meta_runs runs after 2 warm-ups"
else
  for ((i = 0; i < meta_runs + 2; i++)); do
    timed "$out/meta.txt" bash -c "$meta_cmd"
  done
  tail -n "$meta_runs" "$out/meta.txt" > "$out/meta-kept.txt"
  meta_median=$(cut -d' ' -f1 "$out/meta-kept.txt" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  meta_max=$(cut -d' ' -f1 "$out/meta-kept.txt" | sort -n | tail -1)
  meta_how="$meta_runs runs after 2 warm-ups"
fi

median() { # column file
  cut -d' ' -f"$1" "$2" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
line=$(cat "$out/decode-line.txt")
field() { sed -n "s/.*[[:space:]]$1=\([0-9.]*\).*/\1/p;s/^$1=\([0-9.]*\).*/\1/p" <<< "$line" | head -1; }
chunks=$(field chunks)
present=$(field present)
raw=$(field rawBytes)
stored=$(field storedBytes)
used_threads=$(field threads)
dw=$(median 1 "$out/decode.txt"); dc=$(median 2 "$out/decode.txt")
vw=$(median 1 "$out/validate.txt"); vc=$(median 2 "$out/validate.txt")
dl=$(cut -d' ' -f3 "$out/decode.txt" | paste -sd/ -); vl=$(cut -d' ' -f3 "$out/validate.txt" | paste -sd/ -)
findings=$(grep -o '"total" *: *[0-9]*' "$out/report.json" | head -1 | grep -o '[0-9]*$')
frames=$(tr -d '\n' < "$out/report.json" | grep -o '"what" *: *"label scan frames" *, *"count" *: *[0-9]*' | grep -o '[0-9]*$' || true)

rate() { awk -v b="$1" -v s="$2" 'BEGIN {printf "%.0f", b / 1e6 / s}'; }
per() { awk -v n="$1" -v s="$2" 'BEGIN {printf "%.0f", n / s}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
echo
echo "Store: $store ($name: $chunks chunks, $present present, $((raw / 1000000)) MB raw, $((stored / 1000000)) MB stored);"
echo "$(nproc) cores ($cpu_model), $(java -version 2>&1 | head -1), heap -Xmx$heap, ${used_threads} threads;"
echo "page cache warm; medians of $rounds alternating rounds (load average before each run in brackets)${nice_level:+; timed runs at nice $nice_level}."
echo
echo "| run | wall s | CPU s | raw MB/s | chunks/s | load |"
echo "|---|---:|---:|---:|---:|---|"
echo "| (a) read + decode only | $dw | $dc | $(rate "$raw" "$dw") | $(per "$chunks" "$dw") | $dl |"
echo "| (b) full validation | $vw | $vc | $(rate "$raw" "$vw") | $(per "$chunks" "$vw") | $vl |"
echo "| (c) ratio (b) / (a) | $(ratio "$vw" "$dw") | $(ratio "$vc" "$dc") | | | |"
echo "| (d) --metadata-only, JVM start included | $meta_median (max $meta_max) | | | | $meta_load |"
if [[ -n "$baseline" ]]; then
  bdw=$(median 1 "$out/base-decode.txt"); bdc=$(median 2 "$out/base-decode.txt")
  bvw=$(median 1 "$out/base-validate.txt"); bvc=$(median 2 "$out/base-validate.txt")
  bdl=$(cut -d' ' -f3 "$out/base-decode.txt" | paste -sd/ -); bvl=$(cut -d' ' -f3 "$out/base-validate.txt" | paste -sd/ -)
  echo "| (a0) baseline read + decode only | $bdw | $bdc | $(rate "$raw" "$bdw") | $(per "$chunks" "$bdw") | $bdl |"
  echo "| (b0) baseline full validation | $bvw | $bvc | $(rate "$raw" "$bvw") | $(per "$chunks" "$bvw") | $bvl |"
  echo "| (c0) baseline ratio (b0) / (a0) | $(ratio "$bvw" "$bdw") | $(ratio "$bvc" "$bdc") | | | |"
  if cmp -s "$out/report.json" "$out/base-report.json"; then
    echo
    echo "The JSON reports of (b) and (b0) are identical."
  else
    echo
    echo "The JSON reports of (b) and (b0) DIFFER."
  fi
fi
echo
echo "Validation report: ${findings:-?} findings, ${frames:-?} frames checked. Metadata timing: $meta_how."
