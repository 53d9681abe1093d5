#!/bin/bash
# Session 29, writers C + D: score the sealed blind batches once on one design.
#
#   score29-CD.sh <worktree W> <label L: start|final>
#       deid-38 (Safe Harbor, then all types), report-texts-30 (text + PDF; photo: photo29.sh), extract-aj,
#       evidence-q-30 (evidence.bench.ts lists + the blind-judge files: judge jsonl, A/B key, judge instructions).
#   score29-CD.sh <W> <L> --judge-score <verdicts.jsonl>
#       after the blind judge: unblind its verdicts on evidence-q-30-<L> with that label's key → the figures.
#
# Inputs from /work/sealed29 (read-only copies); outputs /work/coord/scores29/<batch>-<L>.*; run inside W with
# QUARKMED_SHARED_DATA=/work/shared/data. The evidence KB is cached per label under TMPDIR=/tmp/tmp29-<L> (built by
# evidence.bench.ts from W's code when missing, ~10 min; evidence-judge.ts write reads the same file).
# Invocations as the session-28 first-sight files (bench/results/*-first-sight-start*.txt) were made:
#   npx tsx bench/deid-blind.ts <batch> --safe-harbor ; "===== all types" ; npx tsx bench/deid-blind.ts <batch>
#   npx tsx bench/report-blind.ts <batch> --modes text,pdf --label <L>   (writes bench/results/report-blind-<batch>-<L>.md/.json: moved out)
#   npx tsx bench/extract-blind.ts <batch>                               (extractor new, context item, via reader)
#   npx tsx bench/evidence.bench.ts <batch> --out <lists.jsonl>
#   npx tsx bench/evidence-judge.ts write <batch> --out <L>.judge.jsonl --key <L>.key.json   (+ <L>.judge.instructions.md)
#   npx tsx bench/evidence-judge.ts score <batch> <verdicts> <key> --json <out.json>
# Test/override knobs (env): SEALED, OUT, DEID, REPORT, EXTRACT, EVID (batch names without .jsonl),
# ONLY=deid,report,extract,evidence (subset), REBUILD=1 (rebuild the evidence KB even when cached).
set -u
W=${1:?usage: score29-CD.sh <worktree> <start|final> [--judge-score verdicts.jsonl]}
L=${2:?usage: score29-CD.sh <worktree> <start|final> [--judge-score verdicts.jsonl]}
SEALED=${SEALED:-/work/sealed29}
OUT=${OUT:-/work/coord/scores29}
DEID=${DEID:-deid-38}
REPORT=${REPORT:-report-texts-30}
EXTRACT=${EXTRACT:-extract-aj}
EVID=${EVID:-evidence-q-30}
ONLY=${ONLY:-deid,report,extract,evidence}
export QUARKMED_SHARED_DATA=/work/shared/data
W=$(cd "$W" && pwd) || { echo "no worktree $1" >&2; exit 2; }
[ -x "$W/node_modules/.bin/tsx" ] || { echo "$W/node_modules/.bin/tsx missing (npm ci in W first)" >&2; exit 2; }
mkdir -p "$OUT"
cd "$W" || exit 2
want() { case ",$ONLY," in *",$1,"*) return 0;; esac; return 1; }
log() { echo "$(date -u +%FT%TZ) score29-CD $L: $*"; }
log "worktree $W at $(git -C "$W" rev-parse --short=8 HEAD 2>/dev/null || echo '?'), sealed $SEALED, out $OUT"

# ---- after the blind judge: unblind and score its verdicts ----------------------------------------------------------
if [ "${3:-}" = "--judge-score" ]; then
  V=${4:?--judge-score needs the verdicts file}
  npx tsx bench/evidence-judge.ts score "$SEALED/$EVID.jsonl" "$V" "$OUT/$EVID-$L.key.json" --json "$OUT/$EVID-$L.judged.json" \
    > "$OUT/$EVID-$L.judged.txt" 2>&1
  echo "rc=$?" >> "$OUT/$EVID-$L.judged.txt"
  cat "$OUT/$EVID-$L.judged.txt"
  exit 0
fi

for b in $DEID $REPORT $EXTRACT $EVID; do
  [ -f "$SEALED/$b.jsonl" ] || log "WARNING: $SEALED/$b.jsonl missing"
done

# ---- de-identification ------------------------------------------------------------------------------------------------
if want deid && [ -f "$SEALED/$DEID.jsonl" ]; then
  log "$DEID"
  {
    npx tsx bench/deid-blind.ts "$SEALED/$DEID.jsonl" --safe-harbor; r1=$?
    echo "===== all types"
    npx tsx bench/deid-blind.ts "$SEALED/$DEID.jsonl"; r2=$?
    echo "rc=$((r1 > r2 ? r1 : r2))"
  } > "$OUT/$DEID-$L.txt" 2> "$OUT/$DEID-$L.err"
  npx tsx bench/deid-blind.ts "$SEALED/$DEID.jsonl" --safe-harbor --json > "$OUT/$DEID-$L.json" 2>> "$OUT/$DEID-$L.err"
  [ -s "$OUT/$DEID-$L.err" ] || rm -f "$OUT/$DEID-$L.err"
  head -2 "$OUT/$DEID-$L.txt"; grep -E "^(over-redaction|rc=)" "$OUT/$DEID-$L.txt"
fi

# ---- lab-report texts: pasted text and PDF (photo: /work/coord/photo29.sh) ------------------------------------------
if want report && [ -f "$SEALED/$REPORT.jsonl" ]; then
  log "$REPORT text,pdf"
  npx tsx bench/report-blind.ts "$SEALED/$REPORT.jsonl" --modes text,pdf --label "$L" > "$OUT/$REPORT-$L.txt" 2> "$OUT/$REPORT-$L.err"
  echo "rc=$?" >> "$OUT/$REPORT-$L.txt"
  for ext in md json; do
    f="bench/results/report-blind-$REPORT-$L.$ext"
    [ -f "$f" ] && mv "$f" "$OUT/$REPORT-$L.$ext"   # keep W clean: the figures live in $OUT
  done
  [ -s "$OUT/$REPORT-$L.err" ] || rm -f "$OUT/$REPORT-$L.err"
  grep -E "^\| $REPORT|^rc=" "$OUT/$REPORT-$L.txt"
fi

# ---- RL answer extraction ------------------------------------------------------------------------------------------------
if want extract && [ -f "$SEALED/$EXTRACT.jsonl" ]; then
  log "$EXTRACT"
  npx tsx bench/extract-blind.ts "$SEALED/$EXTRACT.jsonl" > "$OUT/$EXTRACT-$L.txt" 2> "$OUT/$EXTRACT-$L.err"
  echo "rc=$?" >> "$OUT/$EXTRACT-$L.txt"
  npx tsx bench/extract-blind.ts "$SEALED/$EXTRACT.jsonl" --json > "$OUT/$EXTRACT-$L.json" 2>> "$OUT/$EXTRACT-$L.err"
  [ -s "$OUT/$EXTRACT-$L.err" ] || rm -f "$OUT/$EXTRACT-$L.err"
  head -4 "$OUT/$EXTRACT-$L.txt"; tail -1 "$OUT/$EXTRACT-$L.txt"
fi

# ---- evidence: the lists (evidence.bench.ts) and the blind-judge files (evidence-judge.ts write) -------------------------
if want evidence && [ -f "$SEALED/$EVID.jsonl" ]; then
  export TMPDIR=/tmp/tmp29-$L
  mkdir -p "$TMPDIR"
  log "$EVID (KB cache under $TMPDIR: $(ls "$TMPDIR"/quarkmed-evidence-kb/*.sqlite 2>/dev/null | tr '\n' ' ' || true))"
  npx tsx bench/evidence.bench.ts "$SEALED/$EVID.jsonl" --out "$OUT/$EVID-$L.jsonl" ${REBUILD:+--rebuild} \
    > "$OUT/$EVID-$L.bench.txt" 2>&1
  echo "rc=$?" >> "$OUT/$EVID-$L.bench.txt"
  npx tsx bench/evidence-judge.ts write "$SEALED/$EVID.jsonl" --out "$OUT/$EVID-$L.judge.jsonl" --key "$OUT/$EVID-$L.key.json" \
    > "$OUT/$EVID-$L.txt" 2>&1
  echo "rc=$?" >> "$OUT/$EVID-$L.txt"
  cat "$OUT/$EVID-$L.bench.txt" "$OUT/$EVID-$L.txt"
  # The judge sees $EVID-$L.judge.jsonl + $EVID-$L.judge.instructions.md only (never the key). When both labels exist,
  # compare the unblinded lists (chat and search, with any note) question by question: identical lists need no 2nd judge.
  if [ -f "$OUT/$EVID-start.judge.jsonl" ] && [ -f "$OUT/$EVID-final.judge.jsonl" ]; then
    python3 - "$OUT/$EVID-start.judge.jsonl" "$OUT/$EVID-start.key.json" "$OUT/$EVID-final.judge.jsonl" "$OUT/$EVID-final.key.json" \
      > "$OUT/$EVID-start-vs-final.txt" <<'PY'
import json, sys
def lists(judge, key):
    k = json.load(open(key))
    out = {}
    for line in open(judge, encoding="utf-8"):
        if not line.strip():
            continue
        r = json.loads(line)
        note = r.get("note", {})
        out[r["id"]] = {k[r["id"]][s]: (r[s], note.get(s)) for s in ("A", "B")}
    return out
a, b = lists(sys.argv[1], sys.argv[2]), lists(sys.argv[3], sys.argv[4])
diff = [q for q in a if a[q] != b.get(q)]
for name in ("chat", "search"):
    d = [q for q in a if a[q][name] != b.get(q, {}).get(name)]
    print(f"{name}: {len(a) - len(d)}/{len(a)} lists identical start vs final" + (f"; differ: {' '.join(d)}" if d else ""))
print("ALL IDENTICAL" if not diff and set(a) == set(b) else f"{len(diff)} questions differ")
PY
    cat "$OUT/$EVID-start-vs-final.txt"
  fi
fi
log "done"
