#!/usr/bin/env bash
# Installs the example plugin into a copy of the built product with the p2 director, from the p2 update site the
# reactor built, then starts the installed product's command line and checks that the national card holds the plugin's
# indicator, and that --help lists the command the plugin adds and the command runs. Exit 0 when all hold, non-zero otherwise. Needs a build first (./mvnw package or verify).
#   releng/install-example.sh [--keep]        --keep leaves the installed product in the temporary folder
# Environment: NAFITHA_PRODUCT (a built product folder) and NAFITHA_SITE (a p2 repository folder or URL) override the
# reactor's outputs; NAFITHA_FEATURE, NAFITHA_BUNDLE, NAFITHA_INDICATOR and NAFITHA_COMMAND (empty: no command) install and check another plugin
# (releng/guide-check.sh does); MVN_ARGS adds Maven options (e.g. -o).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PRODUCT="${NAFITHA_PRODUCT:-$ROOT/releng/org.nafitha.product/target/products/org.nafitha.product/linux/gtk/x86_64/nafitha}"
SITE="${NAFITHA_SITE:-$ROOT/releng/org.nafitha.site/target/repository}"
FEATURE="${NAFITHA_FEATURE:-org.example.mobileunits.feature.feature.group}"
BUNDLE="${NAFITHA_BUNDLE:-org.example.mobileunits}"
INDICATOR="${NAFITHA_INDICATOR:-org.example.mobileunits.reach}"
COMMAND="${NAFITHA_COMMAND-mobileunits}"   # the command the plugin adds to the command line; empty: none to check
TYCHO="$(sed -n 's:.*<tycho.version>\(.*\)</tycho.version>.*:\1:p' "$ROOT/pom.xml" | head -n1)"
KEEP=0
[[ "${1:-}" == --keep ]] && KEEP=1

fail() { echo "install-example: $*" >&2; exit 1; }
[[ -x "$PRODUCT/nafitha" ]] || fail "no built product in $PRODUCT: run ./mvnw package first"
[[ -d "$PRODUCT/p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile" ]] \
  || fail "$PRODUCT has no p2 profile (DefaultProfile): the director can only install into a p2-enabled product"
case "$SITE" in
  *://*) REPO="$SITE" ;;
  *) [[ -f "$SITE/content.jar" || -f "$SITE/content.xml.xz" || -f "$SITE/content.xml" ]] || fail "no p2 repository in $SITE"
     REPO="file:$(cd "$SITE" && pwd)" ;;
esac

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
secs() { local ms=$(( $(now_ms) - start )); printf '%d.%d' $(( ms / 1000 )) $(( ms % 1000 / 100 )); }
start=$(now_ms)
WORK="$(mktemp -d "${TMPDIR:-/tmp}/nafitha-install.XXXXXX")"
if [[ $KEEP == 0 ]]; then trap 'rm -rf "$WORK"' EXIT; fi
lap() { printf '%6s s  %s\n' "$(secs)" "$*"; }

# 1. the product, materialized by the build (a p2 install: its profile is p2/.../DefaultProfile.profile), copied
cp -a "$PRODUCT" "$WORK/nafitha"
lap "copied the product to $WORK/nafitha ($(ls "$WORK/nafitha/plugins" | wc -l) bundles)"

# 2. before: the product does not have the plugin
"$WORK/nafitha/nafitha" card --scenario sample --out "$WORK/before" >"$WORK/before.log" 2>&1 \
  || { cat "$WORK/before.log" >&2; fail "nafitha card failed before the install"; }
if grep -q "\"$INDICATOR\"" "$WORK/before/card.json"; then fail "the product already has $INDICATOR before the install"; fi
lap "before: card.json has $(grep -c '"nameEn"' "$WORK/before/card.json") names, no $INDICATOR"

if [[ -n "$COMMAND" ]]; then
  "$WORK/nafitha/nafitha" --help >"$WORK/help-before.txt" 2>&1 || fail "nafitha --help failed before the install"
  if grep -q "^  $COMMAND " "$WORK/help-before.txt"; then fail "the product already lists the command $COMMAND before the install"; fi
fi

# 3. the p2 director installs the example's feature from the update site into the product's profile
# shellcheck disable=SC2086
"$ROOT/mvnw" -B -q ${MVN_ARGS:-} -f "$ROOT/releng/p2-director/pom.xml" \
  "org.eclipse.tycho:tycho-p2-director-plugin:$TYCHO:director" \
  -Ddestination="$WORK/nafitha" -Dprofile=DefaultProfile -Drepositories="$REPO" -DinstallIUs="$FEATURE" \
  -Dp2.os=linux -Dp2.ws=gtk -Dp2.arch=x86_64 >"$WORK/director.log" 2>&1 \
  || { cat "$WORK/director.log" >&2; fail "the p2 director failed"; }
grep -q "^$BUNDLE," "$WORK/nafitha/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
  || fail "the director ran, but bundles.info does not list $BUNDLE"
lap "p2 director installed $FEATURE from $REPO: $(ls "$WORK/nafitha/plugins" | grep -c "^${BUNDLE}_") bundle(s) added, bundles.info updated"

# 4. restart: a new process of the installed product runs the card
"$WORK/nafitha/nafitha" card --scenario sample --out "$WORK/after" >"$WORK/after.log" 2>&1 \
  || { cat "$WORK/after.log" >&2; fail "nafitha card failed after the install"; }
grep -q "\"id\" : \"$INDICATOR\"" "$WORK/after/card.json" || fail "card.json has no indicator $INDICATOR after the install"
values="$(python3 - "$WORK/after/card.json" "$INDICATOR" <<'PY'
import json, sys
card = json.load(open(sys.argv[1], encoding="utf-8"))
ind = sys.argv[2]
vals = [c["indicators"][ind] for c in card["centers"] if ind in c["indicators"]]
present = [v for v in vals if v.get("value") is not None]
print(f"{len(vals)} centers carry it, {len(present)} with a value"
      + (f" (mean {sum(v['value'] for v in present) / len(present):.1f} %)" if present else ""))
PY
)" || values="(not summarized)"
lap "after: card.json has $INDICATOR: $values"
head -n 2 "$WORK/after.log" | sed 's/^/  nafitha card: /'

# 5. the plugin's command: listed by --help with its summary, and it runs
if [[ -n "$COMMAND" ]]; then
  "$WORK/nafitha/nafitha" --help >"$WORK/help-after.txt" 2>&1 || fail "nafitha --help failed after the install"
  grep "^  $COMMAND " "$WORK/help-after.txt" >/dev/null || { cat "$WORK/help-after.txt" >&2; fail "nafitha --help does not list $COMMAND after the install"; }
  lap "after: nafitha --help lists: $(grep "^  $COMMAND " "$WORK/help-after.txt" | sed 's/^ *//')"
  "$WORK/nafitha/nafitha" "$COMMAND" --scenario sample >"$WORK/command.log" 2>&1 \
    || { cat "$WORK/command.log" >&2; fail "nafitha $COMMAND --scenario sample failed after the install"; }
  lap "after: nafitha $COMMAND --scenario sample: $(tail -n 1 "$WORK/command.log")"
fi
[[ $KEEP == 1 ]] && echo "install-example: the installed product is in $WORK/nafitha"
echo "install-example: OK in $(secs) s"
