# Kit names (session 29) -> session 43 names; for session N move each target name on by one per session.
s/triage-at/triage-bh/g
s/"at0/"bh0/g
s/"at1/"bh1/g
s/ at120/ bh120/g
s/'at{/'bh{/g
s/poison-docs-33/poison-docs-47/g
s/p33-/p47-/g
s/consult-cases-35/consult-cases-49/g
s/c35-/c49-/g
s/curation-corrupt-29/curation-corrupt-43/g
s/c29-/c43-/g
s/deid-38/deid-52/g
s/d38-/d52-/g
s/report-texts-30/report-texts-44/g
s/rt30-/rt44-/g
s/extract-aj/extract-ax/g
s/xaj-/xax-/g
s/evidence-q-30/evidence-q-44/g
s/q30-/q44-/g
s/reward-probes-9\b/reward-probes-19/g
s/reward-items-9\b/reward-items-19/g
s/pq9-/pq19-/g
s/h33\//h43\//g
