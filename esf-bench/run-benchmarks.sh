#!/usr/bin/env bash
# Runs issue 13's measurements and prints a results table for esf-bench/README.md.
#
#   esf-bench/run-benchmarks.sh [--quick] [--scale] [--csv-sizes "N ..."] [--no-build] [--dir DIR] [--rows N]
#
#   (a) builds esf-bench and esf-examples (mvn package, no tests, nothing installed);
#   (b) generates participants.csv + events.csv (N rows, default 1 000 000) under DIR if missing;
#   (c) runs EndToEndBenchmark and CommonIndicatorBenchmark (JMH, JSON results in DIR/results-*/);
#   (d) peak RSS (/usr/bin/time -v) of `esf indicators` at -Xmx512m (also with C1 only) and of the DuckDB
#       file baseline in its own process;
#   (e) wall, CPU and peak RSS of `esf generate-participants --rows N`;
#   (f) prints the tables (ratios with 99.9 % error bars from JMH's score error), also saved as results.md.
#   --scale adds the scale curve: the fold at 1 M, 10 M and 100 M records (ScaleCurve, chunks generated on
#   the fly) and the CSV path at 1 M and 10 M rows (the 10 M files, ~1.6 GB, are deleted afterwards), each
#   `esf indicators` at -Xmx512m with the quick compiler (as ./esf runs it) and a GC log, whose largest heap
#   after a collection is the memory the read really keeps. --csv-sizes replaces the row counts (e.g.
#   "1000000 10000000 100000000": 100 M rows need ~20 GB of files plus ~25 GB of partitions under DIR).
#   --quick: 1 fork, 1 iteration, small inputs: proves the script works, measures nothing worth quoting.
#
# Needs JDK 17, Maven, python3 and GNU time (/usr/bin/time). Run it on an otherwise idle machine.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
quick="" scale="" build=yes dir="${TMPDIR:-/tmp}/esfkit-bench" rows="" csv_sizes=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=yes ;;
    --scale) scale=yes ;;
    --no-build) build="" ;;
    --dir) dir="$2"; shift ;;
    --rows) rows="$2"; shift ;;
    --csv-sizes) csv_sizes="$2"; shift ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
for tool in java mvn python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "run-benchmarks: $tool is missing" >&2; exit 2; }
done
asof=2024-06-30
if [ -n "$quick" ]; then
  rows="${rows:-20000}"
  jmh=(-f 1 -wi 1 -i 1 -w 1s -r 1s)
  fold=(-p records=200000 -p objectRecords=50000 -jvmArgsAppend "-Xms256m -Xmx2g")
  repeats=1
  scale_fold=(100000 300000)
  chunk=50000
  scale_csv=(20000 50000)
else
  rows="${rows:-1000000}"
  jmh=()   # the benchmarks' own settings: 2 forks, 2 warm-up and 5 measured iterations
  fold=()
  repeats=3
  scale_fold=(1000000 10000000 100000000)
  chunk=1000000
  scale_csv=(1000000 10000000)
fi
if [ -n "$csv_sizes" ]; then
  read -r -a scale_csv <<<"$csv_sizes"
fi
mkdir -p "$dir"
out="$dir/results-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
echo "run-benchmarks: results in $out" >&2
{
  echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/^Mem:/{print $2}') GB RAM"
  java -version 2>&1 | head -1
  echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$out/machine.txt"

bench_cp="$root/esf-bench/target/esf-bench-0.1.0-SNAPSHOT.jar:$root/esf-bench/target/lib/*"
ex_jar="$(ls "$root"/esf-examples/target/esf-examples-*.jar 2>/dev/null | grep -v -e sources -e javadoc -e tests | head -1 || true)"
if [ -n "$build" ]; then
  echo "(a) building esf-bench and esf-examples ..." >&2
  (cd "$root" && mvn -B -q -pl esf-bench,esf-examples -am package -DskipTests -Dmaven.javadoc.skip=true \
    >"$out/build.log" 2>&1) || { echo "build failed: $out/build.log" >&2; exit 3; }
  ex_jar="$(ls "$root"/esf-examples/target/esf-examples-*.jar | grep -v -e sources -e javadoc -e tests | head -1)"
fi
ex_cp="$ex_jar:$root/esf-examples/target/lib/*"
cli=(-cp "$ex_cp" io.github.esfkit.examples.cli.EsfCli)

# (b) and (e): the files; the generation is measured whether or not they existed
p="$dir/participants-$rows.csv" e="$dir/events-$rows.csv"
generate() { # rows participants events timefile
  /usr/bin/time -v -o "$4" java "${cli[@]}" generate-participants --rows "$1" --out "$2" --events "$3" \
    --with-person-id >/dev/null
}
if [ -s "$p" ] && [ -s "$e" ]; then
  echo "(e) generate-participants --rows $rows (measured into a scratch file)" >&2
  generate "$rows" "$out/gen-p.csv" "$out/gen-e.csv" "$out/generate.time"
  rm -f "$out/gen-p.csv" "$out/gen-e.csv"
else
  echo "(b, e) generate-participants --rows $rows" >&2
  generate "$rows" "$p" "$e" "$out/generate.time"
fi

# (c) JMH
echo "(c) EndToEndBenchmark ..." >&2
java -cp "$bench_cp" org.openjdk.jmh.Main EndToEndBenchmark "${jmh[@]}" -p participants="$p" -p events="$e" \
  -p asOf=$asof -rf json -rff "$out/end-to-end.json" >"$out/end-to-end.txt" 2>&1 \
  || { tail -20 "$out/end-to-end.txt" >&2; exit 1; }
echo "(c) CommonIndicatorBenchmark ..." >&2
java -cp "$bench_cp" org.openjdk.jmh.Main CommonIndicatorBenchmark "${jmh[@]}" "${fold[@]}" -prof gc \
  -rf json -rff "$out/in-memory.json" >"$out/in-memory.txt" 2>&1 \
  || { tail -20 "$out/in-memory.txt" >&2; exit 1; }

# (d) peak RSS of the two processes on the same files
for k in $(seq 1 $repeats); do
  echo "(d) esf indicators -Xmx512m and the DuckDB baseline process, run $k/$repeats" >&2
  /usr/bin/time -v -o "$out/rss-esfkit-$k.time" java -Xmx512m "${cli[@]}" indicators --participants "$p" \
    --events "$e" --period 2021-2027 --as-of $asof --format json >"$out/esfkit-indicators.json"
  # the same run with the C1 compiler only: a one-shot process spends much of its CPU in C2 compilations
  /usr/bin/time -v -o "$out/rss-esfkit-c1-$k.time" java -Xmx512m -XX:TieredStopAtLevel=1 "${cli[@]}" indicators \
    --participants "$p" --events "$e" --period 2021-2027 --as-of $asof --format json >"$out/esfkit-indicators-c1.json"
  cmp -s "$out/esfkit-indicators.json" "$out/esfkit-indicators-c1.json" || { echo "C1 run differs" >&2; exit 1; }
  /usr/bin/time -v -o "$out/rss-duckdb-$k.time" java -cp "$bench_cp" io.github.esfkit.bench.DuckDbFileBaseline \
    "$p" "$e" $asof >"$out/duckdb-baseline.txt"
done

# the scale curve
if [ -n "$scale" ]; then
  for n in "${scale_fold[@]}"; do
    echo "(scale) fold of $n records, chunks of $chunk generated on the fly, -Xmx1g" >&2
    /usr/bin/time -v -o "$out/scale-fold-$n.time" java -Xmx1g -cp "$bench_cp" io.github.esfkit.bench.ScaleCurve "$n" "$chunk" \
      >"$out/scale-fold-$n.tsv"
  done
  for n in "${scale_csv[@]}"; do
    sp="$dir/participants-$n.csv" se="$dir/events-$n.csv" made=""
    if [ ! -s "$sp" ] || [ ! -s "$se" ]; then
      echo "(scale) generating $n rows" >&2
      generate "$n" "$sp" "$se" "$out/scale-generate-$n.time"
      made=yes
    fi
    echo "(scale) esf indicators on $n rows, -Xmx512m, quick compiler, partitions under $dir" >&2
    /usr/bin/time -v -o "$out/scale-csv-$n.time" java -Xmx512m -XX:TieredStopAtLevel=1 \
      "-Xlog:gc:file=$out/scale-csv-$n.gc" "${cli[@]}" indicators --participants "$sp" --events "$se" \
      --period 2021-2027 --as-of $asof --temp-dir "$dir" --format json >"$out/scale-csv-$n.json"
    stat -c %s "$sp" "$se" >"$out/scale-csv-$n.bytes"
    if [ -n "$made" ] && [ "$n" != "$rows" ]; then rm -f "$sp" "$se"; fi
  done
fi

echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/machine.txt"
{
  echo "<!-- run-benchmarks.sh $( [ -n "$quick" ] && echo --quick) $( [ -n "$scale" ] && echo --scale): $(date -u +%Y-%m-%dT%H:%MZ) -->"
  python3 "$root/esf-bench/results-table.py" "$out" "$rows" "$quick"
} | tee "$out/results.md"
