// Misspelled drug names → the right name: one edit (adjacent swap, doubled character; English also a dropped letter) of a name from
// the drug dictionary (zh) or the alias table's English generics; typos that are themselves a known name, or
// that two names could both produce, are skipped so every answer is unambiguous.
import type { Rng } from '../../core/random.js';
import { variantsOf, type SftTask } from './types.js';

function typo(name: string, rng: Rng, lang: 'zh' | 'en'): string {
  const chars = [...name];
  const i = 1 + Math.floor(rng() * Math.max(1, chars.length - 2));
  // A dropped Chinese character often leaves a valid name (双氯芬酸钠肠溶片 → 双氯芬酸肠溶片, salt omitted):
  // Chinese names get swaps and doubled characters only.
  const kind = lang === 'zh' ? [0, 2][Math.floor(rng() * 2)] : Math.floor(rng() * 3);
  if (kind === 0 && i + 1 < chars.length) [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
  else if (kind === 1) chars.splice(i, 1);
  else chars.splice(i, 0, chars[i]);
  return chars.join('');
}

const T = {
  zh: ['药盒上的字看不清，好像写着"{typo}"，正确的药名是什么？', '"{typo}"这个药名写得对吗？应该是什么？', '请纠正药名中的错别字：{typo}'],
  en: [
    'I think my medicine is called "{typo}". What is the correct spelling?',
    'Correct the drug name: {typo}',
    'Is "{typo}" spelled right? What is the drug\'s name?',
  ],
};

export const drugSpelling: SftTask = {
  name: 'drug-spelling',
  ability: 'comprehension',
  group: 'terminology',
  langs: ['zh', 'en'],
  summary: 'correct a misspelled drug name (drug dictionary, English generics)',
  sources: ['drugs'],
  async *build(ctx) {
    const { zh, en } = await ctx.sources.get('drugs');
    const all = [...zh.map((name) => ({ name, lang: 'zh' as const, zhName: name })), ...en.map((e) => ({ name: e.name, lang: 'en' as const, zhName: e.zh }))];
    const known = new Set(all.map((d) => d.name.toLowerCase()));
    const made = new Map<string, { name: string; lang: 'zh' | 'en'; zhName: string }[]>();
    for (const d of all) {
      const t = typo(d.name, ctx.rng, d.lang);
      if (t === d.name || known.has(t.toLowerCase())) continue;
      const list = made.get(t);
      if (list) list.push(d);
      else made.set(t, [d]);
    }
    for (const [t, ds] of made) {
      if (ds.length !== 1) continue;
      const d = ds[0];
      yield* variantsOf(ctx, {
        task: drugSpelling,
        key: `${d.lang}-${d.name}`,
        lang: d.lang,
        source: d.lang === 'zh' ? 'entity-dict-zh/drug' : 'drug-aliases',
        provenance: { name: d.name, typo: t, ...(d.lang === 'en' ? { zh: d.zhName } : {}) },
        templates: T[d.lang],
        vars: { typo: t },
        answer:
          d.lang === 'zh'
            ? `正确的药名应为"${d.name}"（"${t}"有错别字）。用药前请核对药品说明书或咨询药师。`
            : `The correct name is "${d.name}" ("${t}" is misspelled). Check the label or ask a pharmacist before taking it.`,
      });
    }
  },
};
