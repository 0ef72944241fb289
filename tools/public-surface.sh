#!/usr/bin/env bash
# Public surface of the domain modules (and esf-io): how many public top-level types each module offers.
#
#   tools/public-surface.sh [REV]        counts per module, at REV (a commit; default: the working tree)
#   tools/public-surface.sh --list [REV] also every counted type, per package
#
# Counting rule (read from the sources, so it works on any commit without building it):
#   - a type counts when its top-level declaration in src/main/java is `public` (class, interface, enum,
#     record, annotation; abstract, sealed and final alike);
#   - a value type declared with @Value.Immutable counts once, as the public type Immutables generates from
#     it (EsfStyle: package-private `AbstractX` -> public `X`); its abstract type counts too only if it is
#     itself public;
#   - "exported" counts only the packages that module-info.java exports; a module without module-info
#     (every commit before it was added) exports every package, as on the class path.
# Nested types are not counted: they are part of their top-level type's surface.
set -euo pipefail
cd "$(dirname "$0")/.."
list=false
if [ "${1:-}" = "--list" ]; then list=true; shift; fi
rev="${1:-}"
modules=(esf-core esf-budget esf-indicators esf-io)

# grep ARGS...: git grep over the main sources at REV (the working tree, untracked files included, without REV),
# printing paths without the "REV:" prefix
grep_src() {
  if [ -n "$rev" ]; then
    git grep "$@" "$rev" -- "${modules[@]/%//src/main/java}" | sed "s|^$rev:||" || true
  else
    git grep --untracked "$@" -- "${modules[@]/%//src/main/java}" || true
  fi
}
content() {
  if [ -n "$rev" ]; then git show "$rev:$1" 2>/dev/null || true; else cat "$1" 2>/dev/null || true; fi
}
decl='^public ((final|abstract|sealed|non-sealed|static|strictfp) )*(class|interface|enum|@interface|record) '
{
  grep_src -E -e "$decl" | grep -v -e '/module-info.java:' -e '/package-info.java:' \
    | sed -E "s/^([^:]+):.*(class|interface|enum|@interface|record) ([A-Za-z0-9_]+).*/\1 \3/"
  grep_src -l '@Value.Immutable' | grep -v -e '/module-info.java$' -e '/package-info.java$' \
    | sed -E 's|^(.*/)Abstract([A-Za-z0-9_]+)\.java$|\1Abstract\2.java \2(generated)|'
} | sort -u > "${TMPDIR:-/tmp}/public-surface.$$"
trap 'rm -f "${TMPDIR:-/tmp}/public-surface.$$"' EXIT

printf '%-16s %9s %9s\n' module exported all
for m in "${modules[@]}"; do
  mi="$m/src/main/java/module-info.java"
  exports="$(content "$mi" | sed -nE 's/^[[:space:]]*exports[[:space:]]+([a-zA-Z0-9_.]+)[[:space:]]*;.*/\1/p')"
  if [ -n "$(content "$mi")" ]; then has_module_info=true; else has_module_info=false; fi
  all=0; exported=0; rows=""
  while read -r f name; do
    case "$f" in "$m"/*) ;; *) continue ;; esac
    pkg="$(dirname "${f#"$m"/src/main/java/}" | tr / .)"
    all=$((all + 1))
    # a here-string, not `printf | grep -q`: with pipefail, grep's early exit could fail printf (SIGPIPE)
    if ! $has_module_info || grep -Fxq "$pkg" <<<"$exports"; then
      exported=$((exported + 1)); mark=""
    else
      mark=" (not exported)"
    fi
    rows="$rows$pkg.$name$mark"$'\n'
  done < "${TMPDIR:-/tmp}/public-surface.$$"
  printf '%-16s %9d %9d\n' "$m" "$exported" "$all"
  if $list; then printf '%s' "$rows" | sort | sed 's/^/    /'; fi
done
