#!/usr/bin/env bash
# Share of documented public API members of the published modules (generated Immutables types included):
#   tools/javadoc-coverage.sh            per package and in total
#   tools/javadoc-coverage.sh --list     also every undocumented member
# A generated accessor counts as documented only when its abstract accessor carries Javadoc.
set -euo pipefail
cd "$(dirname "$0")/.."
modules=(esf-core esf-budget esf-indicators esf-io)
mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/compile-classpath.txt \
  -Dmdep.includeScope=compile -pl esf-io -am >/dev/null
src=()
for m in "${modules[@]}"; do src+=("$m/src/main/java" "$m/target/generated-sources/annotations"); done
list=false; [ "${1:-}" = "--list" ] && list=true
java -Dcoverage.list=$list tools/JavadocCoverage.java "$(cat esf-io/target/compile-classpath.txt)" "${src[@]}"
