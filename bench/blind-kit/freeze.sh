#!/bin/bash
# freezeNN.sh NAME... : copy sealed file to bench/blind, check sha vs HASHES, freeze-batch, commit ONLY the ledger,
# move the batch out to /work/coord/frozenNN (kept out of the repo until the end).
set -u
cd /work/main || exit 2
for n in "$@"; do
  s=/work/sealedNN/$n
  [ -f "$s" ] || { echo "missing $s"; continue; }
  h=$(sha256sum "$s" | cut -d' ' -f1)
  # The watcher copies first and writes its HASHES line after: wait for it (session 37 lost a freeze to this race).
  for _ in 1 2 3 4 5 6 7 8 9 10; do grep -q "$h" /work/sealedNN/HASHES && break; sleep 3; done
  grep -q "$h" /work/sealedNN/HASHES || { echo "NOT FROZEN: sha mismatch $n (re-run this name)" >&2; continue; }
  cp "$s" bench/blind/$n && chmod 644 bench/blind/$n
  /work/shared/tools/freeze-batch bench/blind/$n
  mv bench/blind/$n /work/coord/frozenNN/$n
  for i in 1 2 3 4 5 6; do
    git commit -q -m "bench: freeze $n (session-NN first-sight batch, sealed at arrival; kept out of the repo until scored)" -- bench/blind/LEDGER.tsv && break
    sleep 5
  done
done
git log --oneline -1
