#!/usr/bin/env bash
# Runs io.github.esfkit.spark.SparkIndicatorsMain on local[N] (default local[2]) without a Spark installation:
# the module's classes plus Spark from the local Maven repository, with the JVM options Spark needs on Java 17.
#   esf-spark/run-local.sh --participants P.csv --events E.csv --period 2021-2027 --as-of 2024-12-31 [--out R.md]
# Environment: MASTER (local[2]), XMX (-Xmx2g), JAVA (java).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cp_file="$root/esf-spark/target/run-classpath.txt"
if [ ! -s "$cp_file" ] || [ ! -d "$root/esf-spark/target/classes" ]; then
  (cd "$root" && mvn -B -q -o -pl esf-spark -am test-compile dependency:build-classpath -Dmdep.includeScope=compile \
      -Dmdep.outputFile="$cp_file" >&2)
fi
opens="$(awk '/<spark.opens>/{f=1} f{print} /<\/spark.opens>/{f=0}' "$root/esf-spark/pom.xml" \
  | sed 's/<\/\{0,1\}spark.opens>//g' | tr -s ' \n' ' ')"
# the test-only cohort generator (esf-examples) stays off the run's class path
classpath="$(tr ':' '\n' < "$cp_file" | grep -v '/esf-examples/' | paste -sd: -)"
# shellcheck disable=SC2086
exec "${JAVA:-java}" ${XMX:--Xmx2g} $opens -Dspark.master="${MASTER:-local[2]}" -Dspark.ui.enabled=false \
  -Dlog4j2.configurationFile="$root/esf-spark/conf/log4j2.properties" \
  -Dlog4j.provider=org.apache.logging.log4j.core.impl.Log4jProvider \
  -cp "$root/esf-spark/target/classes:$classpath" io.github.esfkit.spark.SparkIndicatorsMain "$@"
