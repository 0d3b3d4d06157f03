#!/usr/bin/env bash
# Benchmark of `maskgate package` on a release-shaped store: packages the final hypothesis
# (17 x 2795 x 721 x 164 x 34 store; one dataset of 2795 trench OME-TIFFs and the objects table),
# including the validation of the upload that the command always runs. Run once; it takes minutes.
#
#   benchmarks/package.sh [--store PATH] [--data DIR] [--heap SIZE] [--threads N] [--nice N] [--no-build] [--jar PATH]
#
# The store defaults to DIR/release-base.zarr (DIR = ~/.cache/maskgate-bench or $MASKGATE_BENCH_DATA),
# generated with `maskgate fixture --preset release` when missing (about 2 min, 4.9 GB; benchmarks/e2e.sh
# makes the same one). Prints wall and CPU time, the command's own split (write / validate), peak heap
# (largest heap in use before a collection, from the GC log) and peak RSS, and the upload's size.
set -euo pipefail

data="${MASKGATE_BENCH_DATA:-${XDG_CACHE_HOME:-$HOME/.cache}/maskgate-bench}"
store=""
heap="512m"
threads=""
nice_level=""
build=1
jar=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --store) store="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --nice) nice_level="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --jar) jar="$2"; build=0; shift 2 ;;
    *) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
jar="${jar:-$root/cli/target/maskgate.jar}"
if [[ $build == 1 ]]; then
  (cd "$root" && mvn -B -q -o -DskipTests package -pl cli -am)
fi
mkdir -p "$data"
store="${store:-$data/release-base.zarr}"
if [[ ! -f "$store/zarr.json" ]]; then
  java -jar "$jar" fixture "$store" --preset release --no-progress
fi

work="$(mktemp -d "$data/package-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cat > "$work/submission.json" <<'JSON'
{
  "parent_dataset_id": "HBM386.ZGKG.235",
  "derived_dataset_protocol_doi": "https://dx.doi.org/10.17504/protocols.io.bp2l6xk1kgqe/v1",
  "is_cell_type_annotation_included": "No",
  "mask": {"mask_id": "CL:0000000", "protocol_doi": "10.17504/protocols.io.bp2l6xk1kgqe", "annotation_tool": "Not applicable"},
  "contributors": [{"first_name": "Amara", "last_name": "Okafor", "display_name": "Amara Okafor",
    "affiliation": "Example University", "orcid": "0000-0002-1825-0097", "is_contact": "Yes",
    "is_principal_investigator": "Yes", "is_operator": "No"}]
}
JSON

# Warm the page cache with the final hypothesis's chunks, so the run reads from memory.
last=$(( $(ls "$store/data/c" | wc -l) - 1 ))
find "$store/data/c/$last" -type f -exec cat {} + > /dev/null

nice_cmd=()
[[ -n "$nice_level" ]] && nice_cmd=(nice -n "$nice_level")
thread_opt=()
[[ -n "$threads" ]] && thread_opt=(--threads "$threads")
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
set +e
/usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "${nice_cmd[@]}" \
  java "-Xmx$heap" "-Xlog:gc:file=$work/gc.log" -jar "$jar" package "$store" --out "$work/upload" \
  --submission "$work/submission.json" --no-progress "${thread_opt[@]}" 2> "$work/stderr.txt"
rc=$?
set -e
grep -E "^maskgate: (wrote|epoch|validation)" "$work/stderr.txt" || tail -5 "$work/stderr.txt"
read -r wall user sys rss < <(tail -1 "$work/time.txt")  # GNU time puts "Command exited with non-zero status" first
peak=$(grep -oE '[0-9]+M->[0-9]+M' "$work/gc.log" | cut -dM -f1 | sort -n | tail -1)
size=$(du -sh "$work/upload" 2>/dev/null | cut -f1)
echo
echo "| exit | wall s | CPU s | peak heap MB (-Xmx$heap) | peak RSS MB | upload size |"
echo "|---:|---:|---:|---:|---:|---:|"
printf '| %s | %s | %.1f | %s | %d | %s |\n' "$rc" "$wall" "$(echo "$user + $sys" | bc)" "${peak:-?}" $((rss / 1024)) "${size:-?}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
