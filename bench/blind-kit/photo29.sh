#!/bin/bash
# Session 29: the photographed-report scoring of report-texts-30 (run apart from score29-CD.sh: OCR, ~30 s/page wall).
#
#   photo29.sh <worktree W> <label L: start|final>
#
# As the session-28 first-sight photo figure (bench/results/report-texts-29-first-sight-start-photo.txt, title
# "report-blind-report-texts-29-start-photo"): npx tsx bench/report-blind.ts <batch> --modes photo --label <L>-photo
# (same render and seeds as every photo figure). Input /work/sealed29/report-texts-30.jsonl; output
# /work/coord/scores29/report-texts-30-<L>-photo.{txt,md,json} (the .json lists the misses; the .md/.json are moved
# out of W/bench/results so W stays clean). Needs fonts-wqy-microhei and the tesseract.js language packages in W.
# Env overrides for tests: SEALED, OUT, REPORT.
set -u
W=${1:?usage: photo29.sh <worktree> <start|final>}
L=${2:?usage: photo29.sh <worktree> <start|final>}
SEALED=${SEALED:-/work/sealed29}
OUT=${OUT:-/work/coord/scores29}
REPORT=${REPORT:-report-texts-30}
export QUARKMED_SHARED_DATA=/work/shared/data
W=$(cd "$W" && pwd) || { echo "no worktree $1" >&2; exit 2; }
[ -x "$W/node_modules/.bin/tsx" ] || { echo "$W/node_modules/.bin/tsx missing (npm ci in W first)" >&2; exit 2; }
[ -f "$SEALED/$REPORT.jsonl" ] || { echo "$SEALED/$REPORT.jsonl missing" >&2; exit 2; }
mkdir -p "$OUT"
cd "$W" || exit 2
echo "$(date -u +%FT%TZ) photo29 $L: worktree $W at $(git -C "$W" rev-parse --short=8 HEAD 2>/dev/null || echo '?')"
npx tsx bench/report-blind.ts "$SEALED/$REPORT.jsonl" --modes photo --label "$L-photo" > "$OUT/$REPORT-$L-photo.txt" 2> "$OUT/$REPORT-$L-photo.err"
echo "rc=$?" >> "$OUT/$REPORT-$L-photo.txt"
for ext in md json; do
  f="bench/results/report-blind-$REPORT-$L-photo.$ext"
  [ -f "$f" ] && mv "$f" "$OUT/$REPORT-$L-photo.$ext"
done
[ -s "$OUT/$REPORT-$L-photo.err" ] || rm -f "$OUT/$REPORT-$L-photo.err"
grep -E "^\| $REPORT|^rc=" "$OUT/$REPORT-$L-photo.txt"
echo "$(date -u +%FT%TZ) photo29 $L: done"
