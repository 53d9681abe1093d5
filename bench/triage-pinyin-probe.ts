// The pinyin probe (issue 19, session 13): every Chinese item of the frozen triage sets rendered to toneless pinyin as
// people type it without an input method — spaced syllables, and each run of Chinese written as one word — and triaged
// with the pinyin reading off (as typed) and on (pinyin-reading.ts). Emergencies: em→em off/on. Non-emergencies: how
// many the reading raises above the level of the Han original itself (a raise past what the characters say is an
// over-call the reading made up). The items are the frozen sets' own, so this is in-sample-adjacent, not first sight.
// --corpora: the held-out consultation questions of ../shared/data instead (huatuo26m, cmtmedqa, chatdoctor5k,
// medicationqa: none written for triage) — how many the reader reads at all, and every level it changes.
//   npx tsx bench/triage-pinyin-probe.ts [bench/blind/triage-e.jsonl …]   (default: triage-e … triage-ac)
//   npx tsx bench/triage-pinyin-probe.ts --corpora
// --cv 100,3000,10000: the count a triage term is offered at (pinyin-reading.ts TERM_COUNT), per frozen set, spaced
// renderings: emergencies read as emergencies / non-emergencies raised above their Han reading — the two-fold
// cross-validation behind the shipped value (fold e…q against fold r…ac).
//   npx tsx bench/triage-pinyin-probe.ts --cv 100,1000,3000,10000,30000
import { readdirSync, readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { loadVignettes } from '../src/safety/triage-eval.js';
import { triageDetail } from '../src/safety/triage.js';
import { readPinyin } from '../src/safety/triage/pinyin-reading.js';
import type { TriageLevel } from '../src/safety/types.js';
import { sharedPath } from '../test/helpers/shared-data.js';

if (process.argv.includes('--corpora')) {
  const read = <T>(...path: string[]): T[] => JSON.parse(readFileSync(sharedPath(...path), 'utf8')) as T[];
  const questions: Record<string, string[]> = {
    huatuo: read<{ instruction: string[] }>('corpus', 'huatuo26m-test.json').map((x) => x.instruction.join('')),
    cmtmedqa: read<{ instruction?: string }>('corpus', 'cmtmedqa-test.json').map((x) => x.instruction ?? ''),
    chatdoctor: read<{ input?: string }>('corpus', 'chatdoctor5k.json').map((x) => x.input ?? ''),
    medicationqa: readFileSync(sharedPath('bench', 'medicationqa-dev.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { Question: string }).Question),
  };
  let all = 0;
  for (const [name, qs] of Object.entries(questions)) {
    let read = 0;
    const changed: string[] = [];
    for (const q of qs) {
      if (readPinyin(q) === null) continue;
      read++;
      const off = triageDetail(q, { pinyin: false }).level;
      const on = triageDetail(q).level;
      if (on !== off) changed.push(`${off}→${on} ${q.slice(0, 160)}`);
    }
    all += qs.length;
    console.log(`${name}: ${qs.length} questions, read as pinyin ${read}, level changed ${changed.length}`);
    for (const c of changed) console.log(`  ${c}`);
  }
  console.log(`${all} questions in all`);
  process.exit(0);
}

const FROZEN = /^triage-(?:[e-z]|a[a-c])\.jsonl$/;
const RANK_OF: Record<TriageLevel, number> = { routine: 0, urgent: 1, emergency: 2 };

const cvAt = process.argv.indexOf('--cv');
if (cvAt >= 0) {
  const counts = (process.argv[cvAt + 1] ?? '').split(',').map(Number);
  const fold1 = /^triage-[e-q]\.jsonl$/;
  const totals = new Map<string, { em: number; over: number }>();
  for (const f of readdirSync('bench/blind')
    .filter((x) => FROZEN.test(x))
    .sort()) {
    const items = loadVignettes(`bench/blind/${f}`)
      .filter((v) => v.lang === 'zh')
      .map((v) => {
        const text = spacedOf(v.text);
        return { v, text, han: triageDetail(v.text).level, off: triageDetail(text, { pinyin: false }) };
      });
    const row: string[] = [f];
    for (const c of counts) {
      let em = 0;
      let over = 0;
      for (const { v, text, han, off } of items) {
        // The merge of triage.ts triageDetail, with the reading made at this count.
        const read = readPinyin(text, { termCount: c });
        let level = off.level;
        if (read !== null) {
          const on = triageDetail(read, { pinyin: false });
          if (RANK_OF[on.level] > RANK_OF[off.level] && (on.contributions.crisisLine !== null || off.contributions.crisisLine === null)) level = on.level;
        }
        if (v.expected === 'emergency') em += level === 'emergency' ? 1 : 0;
        else over += RANK_OF[level] > Math.max(RANK_OF[han], RANK_OF[off.level]) ? 1 : 0;
      }
      row.push(`${c}:${em}/${over}`);
      const key = `${fold1.test(f) ? 'e…q' : 'r…ac'} ${c}`;
      const t = totals.get(key) ?? { em: 0, over: 0 };
      totals.set(key, { em: t.em + em, over: t.over + over });
    }
    console.log(row.join(' '));
  }
  for (const [k, t] of totals) console.log(`fold ${k}: emergencies read ${t.em}, over-calls ${t.over}`);
  process.exit(0);
}
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync('bench/blind')
      .filter((f) => FROZEN.test(f))
      .sort()
      .map((f) => `bench/blind/${f}`);
const RANK = RANK_OF;

/** Spaced: 我刚吃了 → "wo gang chi le"; joined: each run of Han characters typed as one word → "wogangchile". */
function spacedOf(t: string): string {
  return t
    .replace(/\p{Script=Han}+/gu, (run) => ` ${pinyin(run, { toneType: 'none', v: true })} `)
    .replace(/ {2,}/g, ' ')
    .trim();
}
const spaced = spacedOf;
const joined = (t: string): string =>
  t
    .replace(/\p{Script=Han}+/gu, (run) => ` ${pinyin(run, { toneType: 'none', v: true, separator: '' })} `)
    .replace(/ {2,}/g, ' ')
    .trim();

let emN = 0;
let hanEm = 0;
const em = { spaced: { off: 0, on: 0 }, joined: { off: 0, on: 0 } };
let nonN = 0;
const over = { spaced: 0, joined: 0 };
const overItems: string[] = [];
for (const file of files)
  for (const v of loadVignettes(file)) {
    if (v.lang !== 'zh') continue;
    const han = triageDetail(v.text).level;
    if (v.expected === 'emergency') {
      emN++;
      if (han === 'emergency') hanEm++;
    } else nonN++;
    for (const [form, render] of [
      ['spaced', spaced],
      ['joined', joined],
    ] as const) {
      const text = render(v.text);
      const off = triageDetail(text, { pinyin: false }).level;
      const on = triageDetail(text).level;
      if (v.expected === 'emergency') {
        if (off === 'emergency') em[form].off++;
        if (on === 'emergency') em[form].on++;
      } else if (RANK[on] > Math.max(RANK[han], RANK[off])) {
        over[form]++;
        overItems.push(`${v.id} ${form} han=${han} off=${off} on=${on} ${text}`);
      }
    }
  }
const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}% (${a}/${b})`;
console.log(`${files.length} files; zh emergencies ${emN} (em→em on the characters themselves ${pct(hanEm, emN)}), zh non-emergencies ${nonN}`);
for (const form of ['spaced', 'joined'] as const)
  console.log(`${form}: em→em off ${pct(em[form].off, emN)} → on ${pct(em[form].on, emN)}; non-emergency raised above the Han reading ${over[form]}`);
for (const line of overItems) console.log(`  over: ${line}`);
