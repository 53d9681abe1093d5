#!/bin/bash
# Score the four session-29 blind batches of writers A and B (sealed copies in /work/sealed29) ONCE on one design.
#   score29-AB.sh W L
#     W: a clean checkout of the repo at the design to score, with node_modules (npx tsx must run there)
#     L: start | final
# Same bench commands as the session-28 batches (bench/results/*-first-sight-start.txt of triage-as, poison-docs-32,
# consult-cases-34, curation-corrupt-28), each run as `cd $W && QUARKMED_SHARED_DATA=/work/shared/data npx tsx …`:
#   triage-at            bench/triage-score.ts <file> --list
#   poison-docs-33       bench/poison.bench.ts <file> --out poison-docs-33-$L   (also writes $W/bench/results/
#                        poison-docs-33-$L.{md,json}; copied here; the slow one — several minutes: the shared KB scan
#                        and three answers per document)
#   consult-cases-35     bench/consult-batches.ts --no-red-flags-kb --list <file>   (written knowledge only)
#                        + bench/consult-per-case.ts <file>  → consult-cases-35-$L.per-case.tsv (case-by-case diff)
#   curation-corrupt-29  bench/curation-decisions.ts <file> <decisions.jsonl> --labels <labels.jsonl>
# Outputs: /work/coord/scores29/<batch>-$L.txt (stdout+stderr, then "rc=N"), plus the extra files named above and
# /work/coord/scores29/run-AB-$L.log (commit of W, input sha256 checked against /work/sealed29/HASHES, times).
# A batch whose output already exists with rc=0 is NOT scored again (first sight is scored once); a failed earlier
# output is moved aside to *.failed-<time> and the batch is run again. A missing input is reported and skipped.
set -u
if [ $# -ne 2 ]; then echo "usage: $0 WORKTREE start|final" >&2; exit 2; fi
W=$(cd "$1" 2>/dev/null && pwd) || { echo "no such worktree: $1" >&2; exit 2; }
L=$2
case "$L" in start | final) ;; *) echo "label must be start or final, not '$L'" >&2; exit 2 ;; esac
[ -e "$W/node_modules/.bin/tsx" ] || { echo "$W/node_modules/.bin/tsx missing (npm ci first)" >&2; exit 2; }
[ -f "$W/bench/triage-score.ts" ] || { echo "$W is not a QuarkMed-TS checkout" >&2; exit 2; }

S=/work/sealed29
O=/work/coord/scores29
mkdir -p "$O"
LOG=$O/run-AB-$L-${ONLY:-all}.log
# An empty QuarkMed home: no user knowledge base or config leaks into the figures (consult-per-case.ts's header asks
# for one; consult-batches.ts is told --no-red-flags-kb as well).
QH=$(mktemp -d /tmp/qm-home29-AB-$L-XXXXXX)
export QUARKMED_SHARED_DATA=/work/shared/data
export QUARKMED_HOME=$QH

ONLY=${ONLY:-triage,consult,curation,poison}
want() { case ",$ONLY," in *",$1,"*) return 0;; esac; return 1; }
log() { echo "$(date -u +%FT%TZ) $*" | tee -a "$LOG"; }
log "score29-AB $L in $W (commit $(git -C "$W" rev-parse HEAD 2>/dev/null || echo '?'); dirty files: $(git -C "$W" status --porcelain 2>/dev/null | wc -l)) QUARKMED_HOME=$QH"

# Inputs present, and equal to the sealed hash recorded on arrival.
have() {
  local f=$S/$1
  if [ ! -f "$f" ]; then log "MISSING input $f"; return 1; fi
  local h
  h=$(sha256sum "$f" | cut -d' ' -f1)
  if [ -f "$S/HASHES" ] && ! grep -q "$h  $f" "$S/HASHES"; then log "WARNING $f sha256 $h not in $S/HASHES"; fi
  log "input $f sha256 $h lines $(wc -l < "$f")"
}

# Run one bench command in W; stdout+stderr to OUT, then rc=N (the format of the earlier first-sight files).
run() {
  local out=$1; shift
  if [ -f "$out" ] && tail -n 1 "$out" | grep -qx 'rc=0'; then log "SKIP $out exists with rc=0 (scored once already)"; return 0; fi
  [ -f "$out" ] && mv "$out" "$out.failed-$(date -u +%H%M%S)"
  local t0=$SECONDS
  (cd "$W" && "$@") > "$out" 2>&1
  local rc=$?
  echo "rc=$rc" >> "$out"
  log "rc=$rc $((SECONDS - t0))s $out :: $*"
}

# 1. triage-at (writer A)
if want triage && have triage-at.jsonl; then
  run "$O/triage-at-$L.txt" npx tsx bench/triage-score.ts "$S/triage-at.jsonl" --list
fi

# 2. consult-cases-35 (writer B)
if want consult && have consult-cases-35.jsonl; then
  run "$O/consult-cases-35-$L.txt" npx tsx bench/consult-batches.ts --no-red-flags-kb --list "$S/consult-cases-35.jsonl"
  run "$O/consult-cases-35-$L.per-case.tsv" npx tsx bench/consult-per-case.ts "$S/consult-cases-35.jsonl"
fi

# 3. curation-corrupt-29 + labels (writer B)
if want curation && have curation-corrupt-29.jsonl && have curation-corrupt-29.labels.jsonl; then
  run "$O/curation-corrupt-29-$L.txt" npx tsx bench/curation-decisions.ts "$S/curation-corrupt-29.jsonl" \
    "$O/curation-corrupt-29-$L.decisions.jsonl" --labels "$S/curation-corrupt-29.labels.jsonl"
fi

# 4. poison-docs-33 (writer A) — last, the slow one
if want poison && have poison-docs-33.jsonl; then
  run "$O/poison-docs-33-$L.txt" npx tsx bench/poison.bench.ts "$S/poison-docs-33.jsonl" --out "poison-docs-33-$L"
  for x in md json; do
    [ -f "$W/bench/results/poison-docs-33-$L.$x" ] && cp "$W/bench/results/poison-docs-33-$L.$x" "$O/poison-docs-33-$L.$x"
  done
fi

rm -rf "$QH"
log "done $L"
grep -H 'rc=' "$O"/*-"$L".txt "$O"/*-"$L".per-case.tsv 2>/dev/null | grep -v 'rc=0$' && echo "(some runs failed: see above)" || true
