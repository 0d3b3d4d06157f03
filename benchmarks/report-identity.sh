#!/usr/bin/env bash
# Do two builds of maskgate give the same verdicts? Validates the same targets with both jars and
# compares the reports byte for byte (JSON, TSV, SARIF, JUnit XML, XLSX, the text report and exit codes).
#
#   benchmarks/report-identity.sh OLD.jar NEW.jar [--all-defects] [--work DIR]
#
# Targets, all generated once with OLD.jar's `fixture` command (its output is deterministic by seed):
# the demo store (17 x 24 x 721), small stores with one defect each, a HuBMAP upload, uploads with one
# defect each, and the upload's OME-TIFF mask as a file of its own. By default a handful of defects of
# each kind; --all-defects takes every defect both generators know (a few minutes).
# Exits 0 when every report is identical, 1 otherwise (the differing files are listed).
set -euo pipefail

usage() { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
[[ $# -ge 2 ]] || usage
old="$(realpath "$1")"
new="$(realpath "$2")"
shift 2
all=0
work="$(mktemp -d)"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --all-defects) all=1; shift ;;
    --work) work="$2"; shift 2 ;;
    *) usage ;;
  esac
done
mkdir -p "$work/targets"
cd "$work/targets"

gen() { java -jar "$old" fixture -q --no-progress "$@"; }
# A defect the generator cannot inject (it says why) is listed and left out, not fatal.
gen_or_skip() { # name args...
  local name="$1"; shift
  if [[ -d "$name" ]] || gen "$name" "$@" 2> "$work/gen-$name.err"; then
    targets+=("$name")
  else
    echo "skipped: $name: the generator failed: $(head -1 "$work/gen-$name.err")"
    rm -rf "$name"
  fi
}
defect_names() { awk 'NR > 1 && NF >= 3 && $1 ~ /^[a-z]/ { print $1 }'; }

store_defects=(label-gap chunk-corrupt chunk-truncated chunk-stray-file epochs-repeated label-hypothesis-dropout)
upload_defects=(adjacency-unknown-object)
if [[ $all -eq 1 ]]; then
  mapfile -t store_defects < <(java -jar "$old" fixture --list-defects | defect_names)
  mapfile -t upload_defects < <(java -jar "$old" fixture --kind upload --list-defects | defect_names)
else
  mapfile -t more < <(java -jar "$old" fixture --kind upload --list-defects | defect_names \
    | grep -E '^(objects-xlsx|mask-|metadata-|contributors-)' | awk 'NR % 7 == 1')
  upload_defects+=("${more[@]}")
fi

targets=()
[[ -d demo.zarr ]] || gen demo.zarr --preset demo --seed 3
targets+=(demo.zarr)
for d in "${store_defects[@]}"; do
  gen_or_skip "store-$d.zarr" --preset small --seed 5 --defect "$d"
done
[[ -d upload ]] || gen upload --kind upload --seed 11
targets+=(upload)
mask="$(find upload -name '*.ome.tiff' | sort | head -1)"
[[ -n "$mask" ]] && targets+=("$mask")
for d in "${upload_defects[@]}"; do
  gen_or_skip "upload-$d" --kind upload --seed 11 --defect "$d"
done

validate() { # jar out-dir target
  local jar="$1" out="$2" target="$3" rc=0
  mkdir -p "$out"
  java -jar "$jar" validate --no-progress --threads 2 --format text,json,tsv,sarif,junit,xlsx -o "$out" "$target" \
    2> "$out/stderr.txt" || rc=$?
  echo "$rc" > "$out/exit-code"
}

differ=0
for t in "${targets[@]}"; do
  key="$(echo "$t" | tr '/' '_')"
  validate "$old" "$work/old/$key" "$t"
  validate "$new" "$work/new/$key" "$t"
  # stderr carries timings ("in 86 ms"): compare only the summary line and the exit code.
  for f in exit-code maskgate-report.json maskgate-report.tsv maskgate-report.sarif maskgate-report.xml \
           maskgate-report.xlsx maskgate-report.txt; do
    a="$work/old/$key/$f" b="$work/new/$key/$f"
    if [[ -e "$a" || -e "$b" ]] && ! cmp -s "$a" "$b"; then
      echo "DIFFERS: $t: $f"
      differ=1
    fi
  done
  if ! diff -q <(grep -v ' in [0-9.]* m\?s' "$work/old/$key/stderr.txt" | tail -1) \
               <(grep -v ' in [0-9.]* m\?s' "$work/new/$key/stderr.txt" | tail -1) >/dev/null; then
    echo "DIFFERS: $t: summary line"
    differ=1
  fi
done
echo "${#targets[@]} targets compared in $work"
if [[ $differ -eq 0 ]]; then
  echo "identical: every report of every target"
fi
exit $differ
