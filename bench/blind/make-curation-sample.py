#!/usr/bin/env python3
"""Rebuilds bench/blind/curation-sample-1.jsonl (245 raw records) from ../shared/data, byte for byte.

The sample is licensed third-party text, so it is never committed: this script regenerates it (checksum in
bench/blind/LEDGER.tsv) and the blind reviewer's keep/drop labels (bench/blind/curation-sample-1.labels.jsonl) refer
to its ids. Usage: python3 bench/blind/make-curation-sample.py [../shared/data] [bench/blind/curation-sample-1.jsonl]
"""
import csv, glob, io, json, os, random, re, sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', '..', 'shared', 'data')
dest = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), 'curation-sample-1.jsonl')
os.chdir(root)
random.seed(20261202)
out = []

def add(src, auth, rec):
    rec.update(source=src, authority=auth)
    out.append(rec)

rows = list(csv.DictReader(io.open('corpus/toyhom-neike-sample.gb18030.csv', encoding='gb18030', errors='replace')))
for r in random.sample(rows, 35):
    add('toyhom', 'E', {'messages': [{'role': 'user', 'content': (r['title'] + '\n' + r['ask']).strip()}, {'role': 'assistant', 'content': r['answer']}]})
d = json.load(open('corpus/huatuo26m-test.json'))
for r in random.sample(d, 35):
    add('huatuo26m', 'E', {'messages': [{'role': 'user', 'content': ' '.join(r['instruction'])}, {'role': 'assistant', 'content': ' '.join(r['output'])}]})
d = json.load(open('corpus/cmtmedqa-test.json'))
for r in random.sample(d, 35):
    msgs = []
    for q, a in r.get('history') or []:
        msgs += [{'role': 'user', 'content': q}, {'role': 'assistant', 'content': a}]
    msgs += [{'role': 'user', 'content': (r.get('instruction') or r.get('instruct') or '') + (r.get('input') or '')}, {'role': 'assistant', 'content': r['output']}]
    add('cmtmedqa', 'E', {'messages': msgs})
d = [json.loads(l) for l in open('corpus/medicalgpt-sft-1k.jsonl')]
for r in random.sample(d, 35):
    add('medicalgpt-sft', 'E', {'messages': [{'role': 'user' if c['from'] == 'human' else 'assistant', 'content': c['value']} for c in r['conversations']]})
d = json.load(open('corpus/chatdoctor5k.json'))
for r in random.sample(d, 35):
    add('chatdoctor5k', 'E', {'messages': [{'role': 'user', 'content': r['input']}, {'role': 'assistant', 'content': r['output']}]})
files = sorted(glob.glob('kb/medquad/**/*.xml', recursive=True))
qa = []
for f in random.sample(files, 300):
    s = open(f, encoding='utf-8', errors='replace').read()
    for m in re.finditer(r'<Question[^>]*>(.*?)</Question>\s*<Answer>(.*?)</Answer>', s, re.S):
        if m.group(2).strip():
            qa.append((m.group(1).strip(), m.group(2).strip()))
for q, a in random.sample(qa, 35):
    add('medquad', 'C', {'messages': [{'role': 'user', 'content': q}, {'role': 'assistant', 'content': a}]})
kg = []
for f in sorted(glob.glob('kb/disease-kg-zh/medical_*.json')):
    t = open(f, encoding='utf-8').read().strip()
    try:
        items = json.loads(t)
    except Exception:
        items = [json.loads(l) for l in t.split('\n') if l.strip()]
    kg += items if isinstance(items, list) else list(items.values())
for r in random.sample(kg, 35):
    parts = [f"{k}: {v if isinstance(v, str) else '、'.join(map(str, v)) if isinstance(v, list) else json.dumps(v, ensure_ascii=False)}" for k, v in r.items() if k not in ('_id',)]
    add('disease-kg-zh', 'D', {'text': '\n'.join(parts)[:3000]})
random.shuffle(out)
with open(dest, 'w') as f:
    for i, r in enumerate(out):
        f.write(json.dumps({'id': f'c{i+1:03d}', 'source': r['source'], 'authority': r['authority'], **({'messages': r['messages']} if 'messages' in r else {'text': r['text']})}, ensure_ascii=False) + '\n')
print(f'{len(out)} records -> {dest}')
