# Second-stage page order, cross-validated by batch (#20, session 14). Reads bench/evidence-rerank-probe.ts rows;
# a listwise logistic model (softmax over a question's candidate pages, the labelled pages as targets) is fitted on all
# batches but one and tested on the held-out one: first page known on topic by the coverage labels, current chat order
# vs the model's first. Candidates: the pages chat shows now plus the pages of the first 40 search passages.
# Floors as the product would apply them: a question whose triage fires keeps chat's first page; a question chat shows
# nothing for stays empty (showing a page there is a separate design, measured and rejected in session 13).
#
#   python3 bench/evidence-rerank-cv.py rows.jsonl [--features a,b,...] [--pool chat|all]
import json
import sys

import numpy as np

args = sys.argv[1:]
rows = [json.loads(line) for line in open(args[0]) if line.strip()]
opt = {args[i]: args[i + 1] for i in range(1, len(args) - 1) if args[i].startswith('--')}
POOL = opt.get('--pool', 'all')
MAXRANK = int(opt.get('--maxrank', '40'))
AUTH = 'ABCDE'


def feats(p):
    return {
        'chatFirst': float(p['chatPos'] == 0),
        'inChat': float(p['chatPos'] >= 0),
        'invRank': 1.0 / (1 + p['rank']),
        'share': p['share'],
        'logN': np.log1p(p['n']),
        'about': float(p['about']),
        'sameLang': float(p['sameLang']),
        'authority': 1 - AUTH.index(p['authority']) / 4 if p['authority'] in AUTH else 0.0,
        'starter': float(p['starter']),
        'titleSaid': float(p['titleSaid']),
        'nameSaid': float(p['nameSaid']),
        'titleCover': p['titleCover'],
        'qCover': p['qCover'],
        'idfCover': p.get('idfCover', 0.0),
        'idfBeyondName': p.get('idfBeyondName', 0.0),
        'idfTitle': p.get('idfTitle', 0.0),
    }


NAMES = opt['--features'].split(',') if '--features' in opt else list(feats(rows[0]['pages'][0]).keys())


def cands(r):
    ps = [p for p in r['pages'] if (POOL == 'all' and p['rank'] < MAXRANK) or p['chatPos'] >= 0]
    return ps


def matrix(r):
    ps = cands(r)
    return ps, np.array([[feats(p)[n] for n in NAMES] for p in ps]) if ps else np.zeros((0, len(NAMES)))


def fit(train, l2=0.01, steps=400, lr=0.5):
    data = []
    for r in train:
        if not r['label'] or not r['chat']:
            continue
        ps, X = matrix(r)
        y = np.array([float(p['title'] in r['label']) for p in ps])
        if y.sum() == 0 or y.sum() == len(y):
            continue
        data.append((X, y / y.sum()))
    w = np.zeros(len(NAMES))
    for _ in range(steps):
        g = l2 * w
        for X, y in data:
            s = X @ w
            e = np.exp(s - s.max())
            pr = e / e.sum()
            g += X.T @ (pr - y) / len(data)
        w -= lr * g
    return w


def first(r, w, t=0.0):
    if not r['chat']:
        return None
    if r['triage'] == 'emergency' and any(not x.startswith('model:') for x in r['reasons']):
        return r['chat'][0]
    ps, X = matrix(r)
    if not ps:
        return r['chat'][0]
    s = X @ w
    i = int(np.argmax(s))
    cur = [j for j, p in enumerate(ps) if p['title'] == r['chat'][0]]
    if cur and s[i] - s[cur[0]] <= t:
        return r['chat'][0]
    return ps[i]['title']


def margin(train, w):
    # The lead a page needs over chat's first before it replaces it, chosen on the training batches.
    return max(THRESHOLDS, key=lambda t: (sum(on(r, first(r, w, t)) for r in train), t))


THRESHOLDS = [0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 99.0]


def on(r, t):
    return bool(r['label']) and t is not None and t in r['label']


batches = sorted({r['batch'] for r in rows}, key=lambda b: int(b.split('-')[-1]))
tot_cur = tot_new = moved = better = worse = 0
for b in batches:
    test = [r for r in rows if r['batch'] == b]
    train = [r for r in rows if r['batch'] != b]
    w0 = fit(train)
    t = margin(train, w0)
    w = (w0, t)
    cur = sum(on(r, r['chat'][0] if r['chat'] else None) for r in test)
    new = sum(on(r, first(r, *w)) for r in test)
    mv = [r for r in test if r['chat'] and first(r, *w) != r['chat'][0]]
    bt = sum(on(r, first(r, *w)) and not on(r, r['chat'][0]) for r in mv)
    ws = sum(on(r, r['chat'][0]) and not on(r, first(r, *w)) for r in mv)
    print(f'{b} (margin {t}): {len(test)} questions, first on topic {cur} -> {new} (moved {len(mv)}: +{bt} -{ws})')
    tot_cur += cur
    tot_new += new
    moved += len(mv)
    better += bt
    worse += ws
n = len(rows)
print(f'all: {n}, {tot_cur} -> {tot_new} ({100 * tot_cur / n:.1f} -> {100 * tot_new / n:.1f} %), moved {moved}: +{better} -{worse}')
w = fit(rows)
print('margin (all batches):', margin(rows, w))
print('weights (all batches):', ', '.join(f'{k} {v:+.2f}' for k, v in zip(NAMES, w)))
