#!/usr/bin/env bash
# End to end, as a user runs it: times whole `laborstd eligibility --batch` processes over office tables (start-up,
# reading, deciding and writing included) and prints a markdown table of the median wall time, the median peak memory
# and the candidates decided a second. The stages in process are BenchmarkDotNet's (BatchStageBenchmarks,
# TableReadingBenchmarks); this script is the whole-process view that issue 15's targets are about.
#
#   eng/bench-batch.sh [--tool PATH] [--runs N] [--candidates N] [--explained-candidates N] [--ten-million] [--out FILE]
#
#   --tool PATH          the laborstd to time (default: the Native AOT tool, published for this machine into the
#                        work folder)
#   --runs N             runs per case, after one warm-up run (default 5)
#   --candidates N       office candidates of the screening cases (default 1,000,000; one in ten takes two rows)
#   --explained-candidates N
#                        office candidates of the explained case (default 100,000)
#   --ten-million        add one run over ten million candidates (11 million rows, 806 MB of CSV; about half a minute)
#   --out FILE           also write the table to FILE
#
# Needs GNU time (/usr/bin/time) for the peak memory, and bc. The tables are written once into $BENCH_WORK (default
# /tmp/laborstd-bench) by the benchmarks project's `office-table` command and reused afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

tool=""
runs=5
rows=1000000
explained_rows=100000
ten_million=false
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --tool) tool="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --candidates) rows="$2"; shift 2 ;;
    --explained-candidates) explained_rows="$2"; shift 2 ;;
    --ten-million) ten_million=true; shift ;;
    --out) out="$2"; shift 2 ;;
    *) echo "bench-batch: unknown argument $1 (see the top of $0)" >&2; exit 2 ;;
  esac
done

if [ ! -x /usr/bin/time ]; then
  echo "bench-batch: GNU time (/usr/bin/time) is needed for the peak memory; install it (package 'time')." >&2
  exit 2
fi

work="${BENCH_WORK:-/tmp/laborstd-bench}"
mkdir -p "$work"

if [ -z "$tool" ]; then
  echo "bench-batch: publishing the Native AOT tool into $work/tool ..." >&2
  dotnet publish src/LaborStandard.Cli -c Release --use-current-runtime -o "$work/tool" -nologo -v quiet >&2
  tool="$work/tool/laborstd"
fi

table() { # table N: the office table of N candidates, made once
  local file="$work/office-$1.csv"
  if [ ! -s "$file" ]; then
    echo "bench-batch: writing $file ..." >&2
    dotnet run -c Release --project benchmarks/LaborStandard.Benchmarks -- office-table "$1" "$file" >&2
  fi
  echo "$file"
}

group() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; } # 1234567 -> 1,234,567

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# case NAME RUNS INPUT ARGS...: times the tool over INPUT, output to /dev/null; prints a table row.
case_row() {
  local name="$1" n="$2" input="$3"
  shift 3
  local times="$work/times" candidates
  : > "$times"
  # The summary on standard error counts the records: 共 N 条记录 / N records.
  candidates=$("$tool" eligibility --batch "$input" --as-of 2026-11-29 "$@" 2>&1 >/dev/null | grep -oE '共 [0-9,]+ 条记录' | tr -dc '0-9')
  for _ in $(seq "$n"); do
    /usr/bin/time -f '%e %M' -a -o "$times" "$tool" eligibility --batch "$input" --as-of 2026-11-29 "$@" > /dev/null 2>&1
  done
  local wall peak
  wall=$(cut -d' ' -f1 "$times" | median)
  peak=$(cut -d' ' -f2 "$times" | median)
  printf '| %s | %s | %.2f s | %.0f MiB | %s |\n' "$name" "$(group "$candidates")" "$wall" "$(echo "$peak / 1024" | bc -l)" \
    "$(group "$(echo "$candidates / $wall" | bc)")"
}

csv=$(table "$rows")
explained=$(table "$explained_rows")
{
  echo "Whole processes of \`$(basename "$tool")\` ($("$tool" --version 2>/dev/null | head -1)), median of $runs runs after one warm-up, output to /dev/null; $(nproc) cores, $(date -u +%Y-%m-%d)."
  echo
  echo "| Case | Candidates | Wall | Peak memory | Candidates a second |"
  echo "| --- | --- | --- | --- | --- |"
  "$tool" eligibility --batch "$csv" --as-of 2026-11-29 --output-format csv > /dev/null 2>&1 # warm-up
  case_row "$(group "$rows") office candidates, CSV → \`--output-format csv\`" "$runs" "$csv" --output-format csv
  case_row "$(group "$rows") office candidates, CSV → \`--verdict-only\` JSON Lines" "$runs" "$csv" --verdict-only
  case_row "$(group "$explained_rows") office candidates, CSV → explained JSON Lines" "$runs" "$explained"
  if $ten_million; then
    case_row "10,000,000 office candidates, CSV → \`--output-format csv\`" 1 "$(table 10000000)" --output-format csv
  fi
} | tee ${out:+"$out"}
