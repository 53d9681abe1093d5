# Page choice by profile scores, cross-validated over the judged evidence batches (#20, session 12). NOT shipped:
# this is the measurement that rejected it. Per question, the candidate pages are the ordinary search pool's pages
# (first 40 passages grouped by title, P), the described-topic entity ranking (D) and the symptom-list ranking (S),
# from bench/page-choice-probe.ts; each candidate scores wp·P + wd·D + ws·S (each scaled by its reader's best) and the
# best page replaces chat's first passage when it leads the next by a threshold, for a question that names no page.
# Weights and threshold are chosen on five batches (most first passages known on topic) and tested on the sixth.
# Labels: a title is known on topic when the writer's topic string, searched as a name, reaches it (a hit with
# `about`), or when a blind judge had it first in a list judged first=true (or in a list judged all on topic); known
# off topic when a judge had it first in a list judged first=false. Everything else is unknown (counted apart).
#
#   python3 bench/page-choice-cv.py <rows-dir> <judge-dir>   (rows<N>.jsonl from the probe, N = 8…13; judge-dir holds the
#   judge files bench/evidence-judge.ts write made, <name>.judge.jsonl)
import collections, json, os, sys

if len(sys.argv) != 3:
    sys.exit('usage: python3 bench/page-choice-cv.py <rows-dir> <judge-dir>')
ROWS, PROMPTS, BLIND = sys.argv[1], sys.argv[2].rstrip('/') + '/', 'bench/blind/'
PAIRS = {8: [('evidence-q-8', 'evidence-q-8')], 9: [('evidence-q-9', 'evidence-q-9')], 10: [('evidence-q-10', 'evidence-q-10')],
         11: [('evidence-q-11', 'evidence-q-11'), ('evidence-q-11-start', 'evidence-q-11-start')], 12: [('evidence-q-12', 'evidence-q-12-start')],
         13: [('evidence-q-13', 'evidence-q-13'), ('evidence-q-13-start', 'evidence-q-13-start')]}
_needed = [PROMPTS + jf + '.judge.jsonl' for ps in PAIRS.values() for jf, _ in ps] + [BLIND + vf + '.verdicts.jsonl' for ps in PAIRS.values() for _, vf in ps] + [f'{ROWS}/rows{n}.jsonl' for n in PAIRS]
_missing = [f for f in _needed if not os.path.isfile(f)]
if _missing:
    sys.exit(f'page-choice-cv: missing input {_missing[0]} (+{len(_missing) - 1} more)')
norm = lambda t: t.lower().strip()
jsonl = lambda f: [json.loads(l) for l in open(f) if l.strip()]
good, bad = collections.defaultdict(set), collections.defaultdict(set)
for ps in PAIRS.values():
    for jf, vf in ps:
        V = {v['id']: v for v in jsonl(BLIND + vf + '.verdicts.jsonl')}
        for j in jsonl(PROMPTS + jf + '.judge.jsonl'):
            v = V.get(j['id'])
            for s in 'AB' if v else '':
                t = [norm(p['title']) for p in j[s]]
                if not t: continue
                (good if v[s]['first'] else bad)[j['id']].add(t[0])
                if v[s]['n'] >= len(t): good[j['id']].update(t)
R = []
for n in PAIRS:
    for r in jsonl(f'{ROWS}/rows{n}.jsonl'):
        r['batch'] = n
        r['pos'] = {norm(x) for x in r['gold']} | good[r['id']]
        r['neg'] = bad[r['id']] - r['pos']
        R.append(r)
lab = lambda r, t: 'none' if t is None else 'pos' if norm(t) in r['pos'] else 'neg' if norm(t) in r['neg'] else 'unk'

def choose(r, w):
    c = {}
    for i, (lst, f) in enumerate(((r['P'], 'title'), (r['D'], 'name'), (r['S'], 'name'))):
        best = max([x['score'] for x in lst] or [1]) or 1
        for x in lst:
            e = c.setdefault(norm(x[f]), [x[f], 0.0, 0.0, 0.0])
            e[1 + i] = max(e[1 + i], x['score'] / best)
    sc = sorted(((w[0] * e[1] + w[1] * e[2] + w[2] * e[3], e[0]) for e in c.values()), reverse=True)
    return (sc[0][1], sc[0][0] - (sc[1][0] if len(sc) > 1 else 0)) if sc else (None, 0)

def run(rows, w, th):
    t = collections.Counter()
    for r in rows:
        cur = r['chat'][0] if r['chat'] else None
        new = cur
        if not (r['search'] and r['search'][0]['about']):
            title, lead = choose(r, w)
            if title and lead >= th: new = title
        t['cur_' + lab(r, cur)] += 1
        t['new_' + lab(r, new)] += 1
    return t

grid = [(a, b, c) for a in (0, .5, 1) for b in (0, .5, 1) for c in (0, .5, 1) if a + b + c > 0]
total = collections.Counter()
for test in PAIRS:
    train = [r for r in R if r['batch'] != test]
    _, w, th = max(((run(train, w, th)['new_pos'], w, th) for w in grid for th in (0, .1, .2, .3, .5, .8)), key=lambda x: x[0])
    t = run([r for r in R if r['batch'] == test], w, th)
    total += t
    print(f"q-{test}: weights {w} lead {th} | first passage known on topic: current {t['cur_pos']}/140, page choice {t['new_pos']}/140 "
          f"(known off {t['cur_neg']}→{t['new_neg']}, unknown {t['new_unk']}, empty {t['cur_none']}→{t['new_none']})")
print(f"all folds: current {total['cur_pos']}/840, page choice {total['new_pos']}/840, unknown {total['new_unk']}")
