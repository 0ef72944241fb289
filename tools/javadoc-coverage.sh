#!/usr/bin/env bash
# Share of documented public API members of the published modules (generated Immutables types included):
#   tools/javadoc-coverage.sh            per package and in total (esf-core, esf-budget, esf-indicators, esf-io)
#   tools/javadoc-coverage.sh --list     also every undocumented member
#   tools/javadoc-coverage.sh --check    the domain modules (esf-core, esf-budget, esf-indicators) only: lists every
#                                        undocumented member and exits 1 unless they are 100 % documented
# A generated accessor counts as documented only when its abstract accessor carries Javadoc; a record component
# and its accessor count as documented by the record's @param tag.
set -euo pipefail
cd "$(dirname "$0")/.."
modules=(esf-core esf-budget esf-indicators esf-io)
list=false; check=false
case "${1:-}" in
  --list) list=true ;;
  --check) check=true; modules=(esf-core esf-budget esf-indicators) ;;
  "") ;;
  *) echo "usage: $0 [--list|--check]" >&2; exit 2 ;;
esac
# every measured module (esf-indicators does not depend on esf-budget), each writing its compile class path;
# test-compile, not compile: build-classpath resolves test scope, and the test-jar of esf-core exists only then
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/compile-classpath.txt \
  -Dmdep.includeScope=compile -pl "$(IFS=,; echo "${modules[*]}")" -am >/dev/null
src=()
cp=""
for m in "${modules[@]}"; do
  src+=("$m/src/main/java" "$m/target/generated-sources/annotations")
  cp="$cp${cp:+:}$(cat "$m/target/compile-classpath.txt")"
done
java -Dcoverage.list=$list -Dcoverage.check=$check tools/JavadocCoverage.java "$cp" "${src[@]}"
