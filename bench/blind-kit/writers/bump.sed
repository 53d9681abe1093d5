# Kit names (session 29) -> session 44 names; for session N move each target name on by one per session.
s/triage-at/triage-bi/g
s/"at0/"bi0/g
s/"at1/"bi1/g
s/ at120/ bi120/g
s/'at{/'bi{/g
s/poison-docs-33/poison-docs-48/g
s/p33-/p48-/g
s/consult-cases-35/consult-cases-50/g
s/c35-/c50-/g
s/curation-corrupt-29/curation-corrupt-44/g
s/c29-/c44-/g
s/deid-38/deid-53/g
s/d38-/d53-/g
s/report-texts-30/report-texts-45/g
s/rt30-/rt45-/g
s/extract-aj/extract-ay/g
s/xaj-/xay-/g
s/evidence-q-30/evidence-q-45/g
s/q30-/q45-/g
s/reward-probes-9\b/reward-probes-20/g
s/reward-items-9\b/reward-items-20/g
s/pq9-/pq20-/g
s/h33\//h43\//g
