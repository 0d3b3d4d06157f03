#!/usr/bin/env bash
# Validation of a generated mask store over loopback HTTP against the same store on disk.
#
#   benchmarks/remote.sh [--hypotheses N --trenches N --times N | --preset NAME] [--data DIR]
#                        [--rounds N] [--heap SIZE] [--nice N] [--server jdk|nginx] [--no-build]
#
# 1. Generates the store (default: 17 hypotheses x 240 trenches x 721 frames, about 4,000 chunks, 10% of the
#    release) into DIR (default ~/.cache/maskgate-bench) unless it is there already.
# 2. Serves DIR over plain HTTP on 127.0.0.1, warming the page cache first so both sides read from memory:
#    with the fixtures' loopback server (--server jdk, the default: a separate JVM running
#    io.maskgate.benchmarks.ServeStore) or with nginx (--server nginx: one process, sendfile, no access log;
#    Debian package nginx-light), a production web server such as a data hub would run.
# 3. Alternates, ROUNDS times (default 3): (a) `maskgate validate STORE` from disk, (b) `maskgate validate
#    http://127.0.0.1:PORT/STORE`; both `--format json -o`, timed as whole processes (JVM start included).
# 4. Checks that the two JSON reports are identical apart from the target's path, the stray-key line (plain HTTP
#    cannot list) and the disk run's "input files" line, and prints medians with the ratio (b) / (a) as a table.
# The server shares the machine's cores with the validation: the ratio includes serving every byte. The
# server's own CPU time per HTTP run is printed too, so a reader can tell the client's cost from the server's.
set -euo pipefail

hypotheses=17
trenches=240
times=721
preset=""
data="${MASKGATE_BENCH_DATA:-${XDG_CACHE_HOME:-$HOME/.cache}/maskgate-bench}"
rounds=3
heap="512m"
nice_level=""
server="jdk"
build=1

usage() {
  sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --hypotheses) hypotheses="$2"; shift 2 ;;
    --trenches) trenches="$2"; shift 2 ;;
    --times) times="$2"; shift 2 ;;
    --preset) preset="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    --nice) nice_level="$2"; shift 2 ;;
    --server) server="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) usage ;;
    *) echo "remote.sh: unknown argument $1" >&2; usage ;;
  esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli_jar="$root/cli/target/maskgate.jar"
bench_jar="$root/benchmarks/target/benchmarks.jar"
if [[ $build -eq 1 || ! -f "$cli_jar" || ! -f "$bench_jar" ]]; then
  echo "building maskgate.jar and benchmarks.jar ..." >&2
  (cd "$root" && mvn -B -q -DskipTests -Pbenchmarks package)
fi

if [[ -n "$preset" ]]; then
  name="$preset"
  gen_args=(fixture --no-progress --preset "$preset")
else
  name="h$hypotheses-t$trenches-n$times"
  gen_args=(fixture --no-progress --hypotheses "$hypotheses" --trenches "$trenches" --times "$times")
fi
store="$data/$name.zarr"
mkdir -p "$data"
if [[ ! -f "$store/zarr.json" ]]; then
  echo "generating $store ..." >&2
  rm -rf "$store"
  java -jar "$cli_jar" "${gen_args[@]}" "$store" >&2
fi

out="$(mktemp -d "${TMPDIR:-/tmp}/maskgate-remote.XXXXXX")"
server_pid=""
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2> /dev/null || true
  rm -rf "$out"
}
trap cleanup EXIT

case "$server" in
  jdk)
    java -Xmx256m -cp "$bench_jar" io.maskgate.benchmarks.ServeStore "$data" > "$out/server.txt" 2> "$out/server.err" &
    server_pid=$!
    for _ in $(seq 100); do
      [[ -s "$out/server.txt" ]] && break
      sleep 0.1
    done
    origin="$(head -1 "$out/server.txt")"
    ;;
  nginx)
    command -v nginx > /dev/null || { echo "remote.sh: --server nginx needs nginx (Debian: apt-get install nginx-light)" >&2; exit 2; }
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    mkdir -p "$out/nginx"
    cat > "$out/nginx/nginx.conf" <<CONF
daemon off;
master_process off;
worker_processes 1;
pid $out/nginx/nginx.pid;
error_log $out/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 1000000;
  default_type application/octet-stream;
  client_body_temp_path $out/nginx/body;
  proxy_temp_path $out/nginx/proxy;
  fastcgi_temp_path $out/nginx/fastcgi;
  uwsgi_temp_path $out/nginx/uwsgi;
  scgi_temp_path $out/nginx/scgi;
  server {
    listen 127.0.0.1:$port;
    root $data;
  }
}
CONF
    nginx -c "$out/nginx/nginx.conf" -p "$out/nginx" 2> "$out/server.err" &
    server_pid=$!
    for _ in $(seq 100); do
      curl -s -o /dev/null "http://127.0.0.1:$port/" && break
      sleep 0.1
    done
    origin="http://127.0.0.1:$port"
    ;;
  *) echo "remote.sh: --server is jdk or nginx, was $server" >&2; exit 2 ;;
esac
[[ -n "$origin" ]] || { echo "remote.sh: the server did not start" >&2; cat "$out/server.err" >&2; exit 3; }
url="$origin/$name.zarr"
echo "serving $data at $origin" >&2

warm() {
  find "$store" -type f -print0 | xargs -0 cat > /dev/null
}

# Runs "$@" and appends "wall cpu load1".
timed() {
  local file="$1"; shift
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  local TIMEFORMAT='%3R %3U %3S'
  local t
  local prefix=()
  [[ -n "$nice_level" ]] && prefix=(nice -n "$nice_level")
  { t=$( { time ${prefix[@]+"${prefix[@]}"} "$@" > "$out/last.out" 2> "$out/last.err"; } 2>&1 ); } || {
    echo "remote.sh: failed: $*" >&2; cat "$out/last.err" >&2; exit 3; }
  read -r wall user sys <<< "$t"
  echo "$wall $(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.3f", u + s}') $load" >> "$file"
}

# CPU seconds the server process has used so far (utime + stime from /proc), to report what serving cost.
server_cpu() {
  awk -v hz="$(getconf CLK_TCK)" '{printf "%.3f", ($14 + $15) / hz}' "/proc/$server_pid/stat" 2> /dev/null || echo 0
}

for ((r = 1; r <= rounds; r++)); do
  echo "round $r/$rounds: disk ..." >&2
  warm
  timed "$out/disk.txt" java "-Xmx$heap" -jar "$cli_jar" validate --no-progress -q --format json -o "$out/disk.json" "$store"
  echo "round $r/$rounds: http ..." >&2
  warm
  before=$(server_cpu)
  timed "$out/http.txt" java "-Xmx$heap" -jar "$cli_jar" validate -q --format json -o "$out/http.json" "$url"
  awk -v a="$before" -v b="$(server_cpu)" 'BEGIN {printf "%.3f\n", b - a}' >> "$out/server-cpu.txt"
done

# Same verdict: the reports differ only in the target's path, the stray-key line and the disk run's
# "input files" line (the local folder that confined the walk; a remote store has no local files).
python3 - "$out/disk.json" "$out/http.json" <<'PY'
import json, sys
def load(p):
    r = json.load(open(p))
    r["target"].pop("path")
    r["checked"] = [c for c in r["checked"] if not c["what"].startswith("stray files") and c["what"] != "input files"]
    return r
a, b = load(sys.argv[1]), load(sys.argv[2])
if a != b:
    sys.exit("remote.sh: the disk and HTTP reports differ")
print("reports identical apart from the target, the stray-key line and the input-files line", file=sys.stderr)
PY

median() { cut -d' ' -f"$1" "$2" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
dw=$(median 1 "$out/disk.txt"); dc=$(median 2 "$out/disk.txt")
hw=$(median 1 "$out/http.txt"); hc=$(median 2 "$out/http.txt")
chunks=$(tr -d '\n ' < "$out/disk.json" | grep -o '"what":"labelscanchunks","count":[0-9]*' | grep -o '[0-9]*$' || true)
[[ -n "$chunks" ]] || chunks=$(python3 -c "import json,sys; r=json.load(open('$out/disk.json')); print(next(c['count'] for c in r['checked'] if c['what']=='label scan chunks'))")
stored_mb=$(du -sm "$store" | cut -f1)
echo
echo "Store: $name ($chunks chunks, $stored_mb MB on disk); server $server; $rounds alternating rounds, medians; load averages before the runs: disk $(cut -d' ' -f3 "$out/disk.txt" | paste -sd/ -), http $(cut -d' ' -f3 "$out/http.txt" | paste -sd/ -)"
echo
echo "| run | wall s | CPU s (validator) |"
echo "|---|---:|---:|"
echo "| (a) validate from disk | $dw | $dc |"
echo "| (b) validate over loopback HTTP | $hw | $hc |"
wall_ratio=$(awk -v a="$dw" -v b="$hw" 'BEGIN {printf "%.2f", b / a}')
cpu_ratio=$(awk -v a="$dc" -v b="$hc" 'BEGIN {printf "%.2f", b / a}')
sc=$(median 1 "$out/server-cpu.txt")
echo "| (b) / (a) | $wall_ratio | $cpu_ratio |"
echo
echo "wall time, HTTP / disk: $wall_ratio (target <= 1.30: $(awk -v r="$wall_ratio" 'BEGIN {print (r <= 1.30) ? "met" : "not met"}'))"
echo "CPU time of the validator process, HTTP / disk: $cpu_ratio"
echo "CPU time of the loopback server ($server, on the same cores) per HTTP run: $sc s (median)"
