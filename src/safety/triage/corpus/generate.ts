// Deterministic compositional generator for the triage corpus: clinical frames × personas (first/third person, age,
// pregnancy) × openers, buried-in-a-story fillers and closers × typo/homophone noise. Same seed, same corpus.
// `npm run train:triage` writes its output to corpus/generated-*.jsonl so the labelled data can be reviewed in git.
import { createRng, type Rng } from '../../../core/random.js';
import {
  EN_CLOSERS,
  EN_FILLERS,
  EN_OPENERS,
  EN_PERSONAS,
  ZH_CLOSERS,
  ZH_FILLERS,
  ZH_OPENERS,
  ZH_PERSONAS,
  type EnPersona,
  type ZhPersona,
} from './personas.js';
import { personaFits, type CorpusMessage, type Scenario } from './scenario.js';
import { EN_SCENARIOS } from './scenarios-en.js';
import { EN_EXTRA, ZH_EXTRA } from './scenarios-extra.js';
import { EN_MILD, ZH_MILD } from './scenarios-mild.js';
import { ZH_SCENARIOS } from './scenarios-zh.js';

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

function fillEn(template: string, p: EnPersona): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String((p as unknown as Record<string, string>)[k] ?? k));
}

function fillZh(template: string, p: ZhPersona): string {
  return template.replace(/\{S\}/g, p.S).replace(/\{ta\}/g, p.ta);
}

const KEYBOARD_NEIGHBOURS: Record<string, string> = {
  a: 's',
  s: 'a',
  e: 'r',
  r: 'e',
  i: 'o',
  o: 'i',
  n: 'm',
  m: 'n',
  t: 'y',
  h: 'j',
  c: 'v',
  d: 'f',
  l: 'k',
  u: 'y',
  p: 'o',
  b: 'n',
  g: 'h',
  k: 'l',
  w: 'e',
};

/** English typing noise: a dropped, doubled, swapped or neighbouring letter in a few longer words. */
function typoEn(rng: Rng, text: string): string {
  const words = text.split(' ');
  const n = 1 + Math.floor(rng() * 3);
  for (let k = 0; k < n; k++) {
    const i = Math.floor(rng() * words.length);
    const w = words[i]!;
    if (!/^[a-z]{5,}$/i.test(w)) continue;
    const j = 1 + Math.floor(rng() * (w.length - 2));
    const op = Math.floor(rng() * 4);
    words[i] =
      op === 0
        ? w.slice(0, j) + w.slice(j + 1)
        : op === 1
          ? w.slice(0, j) + w[j] + w.slice(j)
          : op === 2
            ? w.slice(0, j) + (w[j + 1] ?? '') + w[j] + w.slice(j + 2)
            : w.slice(0, j) + (KEYBOARD_NEIGHBOURS[w[j]!.toLowerCase()] ?? w[j]) + w.slice(j + 1);
  }
  let out = words.join(' ');
  if (rng() < 0.4) out = out.toLowerCase();
  if (rng() < 0.3) out = out.replace(/'/g, '');
  return out;
}

const ZH_HOMOPHONES: [string, string][] = [
  ['胸', '凶'],
  ['难', '男'],
  ['倒', '到'],
  ['搐', '蓄'],
  ['迷', '米'],
  ['风', '封'],
  ['敏', '民'],
  ['痛', '通'],
  ['血', '学'],
  ['晕', '云'],
  ['喘', '穿'],
  ['吐', '土'],
];

/** Chinese input noise: one pinyin homophone slip, or punctuation dropped. */
function noiseZh(rng: Rng, text: string): string {
  if (rng() < 0.5) {
    const [from, to] = pick(rng, ZH_HOMOPHONES);
    const at = text.indexOf(from);
    if (at >= 0) return text.slice(0, at) + to + text.slice(at + 1);
  }
  return text.replace(/[，。]/g, (m) => (rng() < 0.5 ? ' ' : m));
}

function compose(rng: Rng, lang: 'zh' | 'en', s: Scenario): string | null {
  const text = pick(rng, s.texts);
  if (lang === 'en') {
    const ps = EN_PERSONAS.filter((p) => personaFits(s.who, p.kind));
    if (!ps.length) return null;
    const core = fillEn(text, pick(rng, ps));
    const before = rng() < 0.25 ? `${pick(rng, EN_FILLERS)} ` : '';
    const after = rng() < 0.12 ? ` ${pick(rng, EN_FILLERS)}` : '';
    const msg = `${pick(rng, EN_OPENERS)}${before}${core}${/[?.!]$/.test(core) ? '' : '.'}${after}${pick(rng, EN_CLOSERS)}`.replace(/\s+/g, ' ').trim();
    return rng() < 0.3 ? typoEn(rng, msg) : msg;
  }
  const ps = ZH_PERSONAS.filter((p) => personaFits(s.who, p.kind));
  if (!ps.length) return null;
  const core = fillZh(text, pick(rng, ps)).replace(/，，/g, '，');
  const before = rng() < 0.25 ? pick(rng, ZH_FILLERS) : '';
  const after = rng() < 0.12 ? pick(rng, ZH_FILLERS) : '';
  const msg = `${pick(rng, ZH_OPENERS)}${before}${core}${/[？。！]$/.test(core) ? '' : '。'}${after}${pick(rng, ZH_CLOSERS)}`;
  return rng() < 0.25 ? noiseZh(rng, msg) : msg;
}

const EN_SOMEONE: EnPersona = {
  kind: 'adult',
  S: 'someone',
  has: 'has',
  is: 'is',
  was: 'was',
  his: 'their',
  him: 'them',
  he: 'they',
  feels: 'feels',
  cant: "can't",
  doesnt: "doesn't",
  keeps: 'keeps',
  says: 'says',
  hasnt: "hasn't",
};
const EN_LEARN = [
  'first aid course question: what should you do if {core}?',
  'for a school project, what is happening in the body when {core}?',
  'what is the right first aid if {core}? want to be prepared',
];
const EN_PAST = ['back in 2019 {core}. {he} got treated and has been completely well since. {q}', 'years ago {core}, {he} recovered fully. {q}'];
const EN_Q = ['how do we stop it happening again?', 'is it safe to travel now?', 'what diet helps?', 'do the long-term tablets have side effects?'];
const ZH_LEARN = ['急救课上老师问：如果{core}，应该怎么处理？', '想学点急救知识，要是{core}该怎么办？', '写科普文章用：{core}的时候身体里发生了什么？'];
const ZH_PAST = ['{S}前年{core}，当时住院治好了，现在一切正常，{q}', '{S}好几年前{core}，后来恢复得很好，{q}'];
const ZH_Q = ['平时要注意什么？', '现在能坐飞机吗？', '饮食上有什么讲究？', '长期吃的药有副作用吗？'];

/**
 * Look-alikes built from the emergency frames (LABELLING.md: routine): the same story as a first-aid/learning
 * question about "someone", or as a past episode that was treated and is over. Suicide frames are excluded.
 */
function lookAlikes(lang: 'zh' | 'en'): Scenario[] {
  const base = (lang === 'zh' ? ZH_SCENARIOS : EN_SCENARIOS).filter((s) => s.level === 'emergency' && s.presentation !== 'mentalHealth');
  return base.map((s) => {
    const texts = s.texts.flatMap((t, i) => {
      if (lang === 'en') {
        const learn = EN_LEARN[i % EN_LEARN.length]!.replace('{core}', fillEn(t, EN_SOMEONE));
        const past = EN_PAST[i % EN_PAST.length]!.replace('{core}', t).replace('{q}', EN_Q[i % EN_Q.length]!);
        return [learn, past];
      }
      const learn = ZH_LEARN[i % ZH_LEARN.length]!.replace('{core}', fillZh(t, { kind: 'adult', S: '有人', ta: '他' }));
      const past = ZH_PAST[i % ZH_PAST.length]!.replace('{core}', t.replace(/^\{S\}/, '')).replace('{q}', ZH_Q[i % ZH_Q.length]!);
      return [learn, past];
    });
    return { presentation: s.presentation, level: 'routine' as const, who: s.who, texts };
  });
}

export interface GenerateOptions {
  seed: number;
  /** Messages per language. */
  perLang: number;
}

/** The generated corpus, deterministic for a seed. Every scenario text appears; duplicates are dropped. */
export function generateCorpus({ seed, perLang }: GenerateOptions): CorpusMessage[] {
  const out: CorpusMessage[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const rng = createRng(seed + (lang === 'zh' ? 1 : 2));
    const scenarios = [
      ...(lang === 'zh' ? ZH_SCENARIOS : EN_SCENARIOS),
      ...(lang === 'zh' ? ZH_EXTRA : EN_EXTRA),
      ...(lang === 'zh' ? ZH_MILD : EN_MILD),
      ...lookAlikes(lang),
    ];
    // Weight frames by their number of wordings, so every wording is used about equally.
    const bag = scenarios.flatMap((s) => s.texts.map(() => s));
    const seen = new Set<string>();
    let attempts = 0;
    while (seen.size < perLang && attempts < perLang * 20) {
      attempts++;
      const s = bag[attempts % bag.length]!;
      const text = compose(rng, lang, s);
      if (!text || seen.has(text)) continue;
      seen.add(text);
      out.push({ id: `${lang}-g${String(seen.size).padStart(5, '0')}`, lang, level: s.level, presentation: s.presentation, source: 'generated', text });
    }
  }
  return out;
}
