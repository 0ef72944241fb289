#!/usr/bin/env python3
"""Turns one run-benchmarks.sh result folder into the Markdown tables of esf-bench/README.md.

Usage: results-table.py RESULT_DIR ROWS [quick]. Reads the JMH JSON files, the /usr/bin/time -v outputs
and the ScaleCurve lines the script wrote; prints Markdown. Error bars are JMH's 99.9 % score errors; a
ratio's range takes each side's interval at its worst.
"""
import glob
import json
import math
import os
import re
import sys

out, rows = sys.argv[1], int(sys.argv[2])
quick = len(sys.argv) > 3 and sys.argv[3] == "yes"
cores = os.cpu_count() or 1


def num(x, digits=1):
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "n/a"
    s = f"{x:,.{digits}f}"
    return s.replace(",", "\u202f")


def jmh(name):
    path = os.path.join(out, name)
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return json.load(f)


def find(results, method, **params):
    for r in results:
        if r["benchmark"].endswith("." + method) and all(r["params"].get(k) == v for k, v in params.items()):
            return r
    return None


def score(r):
    m = r["primaryMetric"]
    err = m.get("scoreError")
    if isinstance(err, str) or err is None or math.isnan(err):
        err = float("nan")
    return m["score"], err


def pm(r):
    s, e = score(r)
    return f"{num(s)} ± {num(e)}" if not math.isnan(e) else f"{num(s)} (one iteration: no error bar)"


def ratio(slow, fast):
    """slow / fast, with the range from both 99.9 % intervals."""
    (s, se), (f, fe) = score(slow), score(fast)
    r = s / f
    if math.isnan(se) or math.isnan(fe):
        return f"**{r:.2f}×**"
    lo = (s - se) / (f + fe)
    hi = (s + se) / (f - fe) if f - fe > 0 else float("inf")
    return f"**{r:.2f}×** ({max(lo, 0):.2f}–{hi:.2f})"


def timev(path):
    t = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line.startswith("User time"):
                t["user"] = float(line.split(":")[-1])
            elif line.startswith("System time"):
                t["sys"] = float(line.split(":")[-1])
            elif line.startswith("Maximum resident set size"):
                t["rss"] = int(line.split(":")[-1]) / 1024
            elif line.startswith("Elapsed (wall clock)"):
                v = line.split(": ")[-1].split(":")
                t["wall"] = sum(float(x) * 60 ** i for i, x in enumerate(reversed(v)))
            elif line.startswith("Exit status"):
                t["exit"] = int(line.split(":")[-1])
    t["cpu"] = t.get("user", 0) + t.get("sys", 0)
    return t


def span(values, digits=1):
    lo, hi = min(values), max(values)
    return num(lo, digits) if lo == hi else f"{num(lo, digits)}–{num(hi, digits)}"


machine = os.path.join(out, "machine.txt")
if os.path.exists(machine):
    print("Machine: " + open(machine).read().strip().replace("\n", "; "))
print()
if quick:
    print("**QUICK RUN (`--quick`): 1 fork, 1 iteration, small inputs. Proves the script works; quote nothing.**")
    print()

e2e = jmh("end-to-end.json")
if e2e:
    es, dk = find(e2e, "esfkit"), find(e2e, "duckdb")
    print(f"### End to end from the files ({num(rows, 0)} participant rows; JMH, ms per run, 99.9 % error)")
    print()
    print("| side | ms/op | rows/s | rows/s per core |")
    print("|---|---:|---:|---:|")
    for label, r in (("esfkit (columnar CSV path, 2 threads)", es), ("DuckDB 2.0.0.1 (read_csv + SQL, default threads)", dk)):
        if r:
            s, _ = score(r)
            print(f"| {label} | {pm(r)} | {num(rows / s * 1000, 0)} | {num(rows / s * 1000 / cores, 0)} |")
    if es and dk:
        print()
        print(f"DuckDB / esfkit = {ratio(dk, es)}; goal ≥ 5×.")
    print()

mem = jmh("in-memory.json")
if mem:
    print("### In-memory fold against the fair DuckDB baseline (JMH, ms per operation, 99.9 % error)")
    print()
    print("| benchmark | records | ms/op | records/s | records/s per core | bytes / record |")
    print("|---|---:|---:|---:|---:|---:|")
    for r in mem:
        name = r["benchmark"].rsplit(".", 1)[-1]
        p = r["params"]
        n = int(p.get("objectRecords") if name == "esfkitObjectPath" else p.get("records"))
        threads = {"esfkitParallel": cores}.get(name, 1)
        if name == "duckdbSql":
            threads = 1 if p.get("duckThreads") == "1" else cores
            name += f", threads={p.get('duckThreads')}" + ("" if p.get("fair", "true") == "true" else ", unfair")
        s, _ = score(r)
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        per = num(alloc / n, 2) if alloc is not None else "n/a"
        print(f"| {name} | {num(n, 0)} | {pm(r)} | {num(n / s * 1000, 0)} | {num(n / s * 1000 / threads, 0)} | {per} |")
    single, par = find(mem, "esfkitSingleThread"), find(mem, "esfkitParallel")
    d1, d0 = find(mem, "duckdbSql", duckThreads="1"), find(mem, "duckdbSql", duckThreads="0")
    print()
    if single and d1:
        print(f"* one thread: DuckDB (threads=1) / esfkitSingleThread = {ratio(d1, single)}; goal ≥ 3×.")
    if par and d0:
        print(f"* all cores: DuckDB (default threads) / esfkitParallel = {ratio(d0, par)}.")
    if single:
        s, _ = score(single)
        n = int(single["params"]["records"])
        print(f"* esfkit records/s per core (one thread): {num(n / s * 1000 / 1e6, 1)} million; goal ≥ 10 million.")
    print()

esf_t = sorted(glob.glob(os.path.join(out, "rss-esfkit-[0-9]*.time")))
c1_t = sorted(glob.glob(os.path.join(out, "rss-esfkit-c1-*.time")))
duck_t = sorted(glob.glob(os.path.join(out, "rss-duckdb-*.time")))
if esf_t or duck_t:
    print(f"### Whole processes on the same files (`/usr/bin/time -v`, {len(esf_t)} run(s), range)")
    print()
    print("| command | wall s | CPU s (user+sys) | peak RSS MB |")
    print("|---|---:|---:|---:|")
    for label, files in (("`esf indicators` at -Xmx512m, both compilers (C2 as well)", esf_t),
                         ("`esf indicators` at -Xmx512m -XX:TieredStopAtLevel=1 (C1 only: what `./esf` runs)", c1_t),
                         ("DuckDB file baseline (`DuckDbFileBaseline` main)", duck_t)):
        ts = [timev(f) for f in files]
        if ts:
            print(f"| {label} | {span([t['wall'] for t in ts])} | {span([t['cpu'] for t in ts])} | "
                  f"{span([t['rss'] for t in ts], 0)} |")
    gen = os.path.join(out, "generate.time")
    if os.path.exists(gen):
        t = timev(gen)
        print(f"| `esf generate-participants --rows {rows}` (default heap) | {num(t['wall'])} | {num(t['cpu'])} | "
              f"{num(t['rss'], 0)} |")
    print()
    if esf_t:
        worst = max(timev(f)["rss"] for f in esf_t)
        print(f"* `esf indicators` peak RSS {num(worst, 0)} MB; goal ≤ 512 MB. "
              "generate-participants before the rework: 33 s and 2.2 GB for 1 M rows.")
        print()

fold = sorted(glob.glob(os.path.join(out, "scale-fold-*.tsv")), key=lambda f: int(re.findall(r"(\d+)\.tsv", f)[0]))
if fold:
    chunk = int(open(fold[0]).read().split()[7])
    print(f"### Scale curve: the fold, chunks of {num(chunk, 0)} records generated on the fly "
          "(`ScaleCurve`, -Xmx1g, one JVM per size)")
    print()
    print("| records | fold CPU s | records/s (CPU) | heap retained MB | peak heap MB | peak RSS MB |")
    print("|---:|---:|---:|---:|---:|---:|")
    for f in fold:
        n, cpu, rate, kept, peak, hwm = open(f).read().split()[:6]
        print(f"| {num(int(n), 0)} | {num(float(cpu), 2)} | {num(float(rate), 0)} | {kept} | {peak} | {hwm} |")
    print()
csv = sorted(glob.glob(os.path.join(out, "scale-csv-*.time")), key=lambda f: int(re.findall(r"(\d+)\.time", f)[0]))
def kept_after_gc(path):
    """The largest heap after a collection in a -Xlog:gc file (MB), or None without one."""
    if not os.path.exists(path):
        return None
    after = [int(m) for m in re.findall(r"->(\d+)M\(", open(path).read())]
    return max(after) if after else None


if csv:
    print("### Scale curve: `esf indicators` on the files at -Xmx512m, quick compiler (as `./esf` runs it)")
    print()
    print("| rows | files MB | partitions | exit | wall s | CPU s | peak RSS MB | largest heap after GC, MB | rows per CPU second |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for f in csv:
        n = int(re.findall(r"(\d+)\.time", f)[0])
        t = timev(f)
        sizes = [int(x) for x in open(f.replace(".time", ".bytes")).read().split()]
        parts = -(-sizes[0] // (192 << 20))  # ColumnarCsvReader.DEFAULT_PARTITION_BYTES
        kept = kept_after_gc(f.replace(".time", ".gc"))
        print(f"| {num(n, 0)} | {num(sum(sizes) / 1e6, 0)} | {parts if parts > 1 else 'none (read whole)'} | "
              f"{t.get('exit', '?')} | {num(t['wall'])} | {num(t['cpu'])} | {num(t['rss'], 0)} | "
              f"{kept if kept is not None else 'n/a'} | {num(n / t['cpu'], 0) if t['cpu'] else 'n/a'} |")
    print()
