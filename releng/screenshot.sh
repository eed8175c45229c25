#!/usr/bin/env bash
# Starts the Nafitha product under Xvfb on a fresh workspace, waits until the workbench reports that its window
# is open, and writes a PNG of the screen.
#   releng/screenshot.sh [OUT.png] [workbench options, e.g. -nl ar]
#   NAFITHA_SHOT_KEYS="F9" releng/screenshot.sh ...   types keys into the workbench first (needs xdotool), e.g. F9 runs
#   the analyses; NAFITHA_SHOT_WAIT=seconds to wait after them (default 8)
# Needs: Xvfb and ImageMagick's 'import' (apt-get install -y xvfb imagemagick).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$ROOT/releng/screenshots/workbench.png}"
[[ $# -gt 0 ]] && shift
command -v Xvfb >/dev/null || { echo "screenshot.sh: Xvfb is missing (apt-get install -y xvfb)" >&2; exit 1; }
command -v import >/dev/null || { echo "screenshot.sh: ImageMagick 'import' is missing (apt-get install -y imagemagick)" >&2; exit 1; }

N=97
while [[ -e /tmp/.X$N-lock ]]; do N=$((N + 1)); done
Xvfb ":$N" -screen 0 ${NAFITHA_SHOT_SIZE:-1600x1000}x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
WORK="$(mktemp -d)"
APP=""
cleanup() {
  [[ -n "$APP" ]] && kill "$APP" 2>/dev/null || true
  kill "$XVFB" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
sleep 1

export DISPLAY=":$N"
START=$(date +%s%N)
NAFITHA_VMARGS="-Dnafitha.reportStartup=true" "$ROOT/nafitha" -data "$WORK/workspace" "$@" >"$WORK/out.log" 2>&1 &
APP=$!
for _ in $(seq 1 120); do
  if grep -q "workbench ready" "$WORK/out.log"; then break; fi
  if ! kill -0 "$APP" 2>/dev/null; then cat "$WORK/out.log" >&2; echo "screenshot.sh: the workbench exited" >&2; exit 1; fi
  sleep 0.5
done
READY=$(date +%s%N)
grep "workbench ready" "$WORK/out.log" || { cat "$WORK/out.log" >&2; echo "screenshot.sh: no window after 60 s" >&2; exit 1; }
echo "screenshot.sh: window seen $(( (READY - START) / 1000000 )) ms after the launch command"
sleep 2
if [[ -n "${NAFITHA_SHOT_KEYS:-}" ]]; then
  command -v xdotool >/dev/null || { echo "screenshot.sh: NAFITHA_SHOT_KEYS needs xdotool (apt-get install -y xdotool)" >&2; exit 1; }
  for key in $NAFITHA_SHOT_KEYS; do
    xdotool key "$key"   # to the focused window: the workbench, the only one on this display
    sleep 1
  done
  sleep "${NAFITHA_SHOT_WAIT:-8}"
fi
mkdir -p "$(dirname "$OUT")"
import -window root "$OUT"
echo "screenshot.sh: wrote $OUT"
