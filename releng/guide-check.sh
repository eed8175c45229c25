#!/usr/bin/env bash
# Follows docs/plugin-guide.md: writes every code block marked "guide-check: FILE" into a fresh folder, builds the
# plugin it describes (org.example.hello) with Tycho against the p2 update site the reactor built, then installs it
# into a copy of the built product with the p2 director (releng/install-example.sh) and checks that the card holds
# its indicator. Exit 0 when the guide works as written. Needs a build first (./mvnw package or verify).
#   releng/guide-check.sh [--keep]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GUIDE="$ROOT/docs/plugin-guide.md"
SITE="${NAFITHA_SITE:-$ROOT/releng/org.nafitha.site/target/repository}"
KEEP=0
[[ "${1:-}" == --keep ]] && KEEP=1
fail() { echo "guide-check: $*" >&2; exit 1; }
[[ -f "$SITE/content.jar" || -f "$SITE/content.xml.xz" ]] || fail "no p2 update site in $SITE: run ./mvnw package first"

start=$(date +%s)
WORK="$(mktemp -d "${TMPDIR:-/tmp}/nafitha-guide.XXXXXX")"
if [[ $KEEP == 0 ]]; then trap 'rm -rf "$WORK"' EXIT; fi

# 1. the files, exactly as the guide shows them
count="$(python3 - "$GUIDE" "$WORK" <<'PY'
import os, re, sys
guide, out = sys.argv[1], sys.argv[2]
text = open(guide, encoding="utf-8").read()
blocks = re.findall(r"<!-- guide-check: (\S+) -->\s*\n```[^\n]*\n(.*?)\n```", text, re.S)
if not blocks:
    sys.exit("no 'guide-check:' block in " + guide)
for name, body in blocks:
    path = os.path.join(out, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(body + "\n")
print(len(blocks))
PY
)" || fail "cannot read the blocks of $GUIDE"
echo "guide-check: $count files from the guide in $WORK/hello"

# 2. the build the guide gives (section 6), against the reactor's update site
# shellcheck disable=SC2086
"$ROOT/mvnw" -B -q ${MVN_ARGS:-} -f "$WORK/hello/pom.xml" verify -Dnafitha.site="file:$(cd "$SITE" && pwd)" >"$WORK/build.log" 2>&1 \
  || { tail -n 60 "$WORK/build.log" >&2; fail "the plugin of the guide does not build"; }
REPO="$WORK/hello/org.example.hello.site/target/repository"
ls "$REPO"/plugins/org.example.hello_*.jar >/dev/null 2>&1 || fail "the build made no p2 repository with org.example.hello in $REPO"
echo "guide-check: built org.example.hello and its p2 repository in $(( $(date +%s) - start )) s"

# 3. the install the guide gives (section 7), and the card of the installed product
NAFITHA_SITE="$REPO" NAFITHA_FEATURE=org.example.hello.feature.feature.group NAFITHA_BUNDLE=org.example.hello NAFITHA_COMMAND= \
  NAFITHA_INDICATOR=org.example.hello.beyondShare "$ROOT/releng/install-example.sh" $([[ $KEEP == 1 ]] && echo --keep)
echo "guide-check: OK in $(( $(date +%s) - start )) s"
