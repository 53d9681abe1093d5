#!/bin/bash
# Seal every finished file (no .part) arriving in /work/blind-inbox: copy read-only to /work/sealed29 + sha256 line.
while true; do
  for f in /work/blind-inbox/*; do
    [ -f "$f" ] || continue
    case "$f" in *.part) continue;; esac
    b=$(basename "$f")
    if [ ! -e /work/sealed29/$b ]; then
      sleep 2
      cp "$f" /work/sealed29/$b && chmod 444 /work/sealed29/$b
      echo "$(date -u +%FT%TZ) $(sha256sum /work/sealed29/$b)" >> /work/sealed29/HASHES
    fi
  done
  sleep 10
done
