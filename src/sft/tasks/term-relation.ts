// Synonym vs hypernym vs unrelated: synonyms from the lay-term groups, hypernyms from the ICD-10 hierarchy (an
// extension code "A00.000x001" is a kind of its base code "A00.000"), unrelated pairs from different chapters.
import { variantsOf, type SftTask } from './types.js';

type Relation = 'synonym' | 'hypernym' | 'unrelated';

const T = {
  zh: ['"{a}"和"{b}"是什么关系？请在同义、上下位、无关中选择并说明。', '判断术语关系："{a}" 与 "{b}"（同义词 / 上下位概念 / 无关）。'],
  en: [
    'What is the relation between "{a}" and "{b}": synonyms, broader/narrower terms, or unrelated?',
    'Classify the term pair "{a}" / "{b}" as synonym, hypernym or unrelated.',
  ],
};

function answer(lang: 'zh' | 'en', rel: Relation, a: string, b: string): string {
  if (lang === 'zh') {
    if (rel === 'synonym') return `同义：“${a}”和“${b}”指同一种情况，可以互换使用。`;
    if (rel === 'hypernym') return `上下位关系：“${b}”是上位概念，“${a}”是它的一个具体类型（下位概念）。`;
    return `无关：“${a}”和“${b}”是不同的概念，既不同义也没有上下位关系。`;
  }
  if (rel === 'synonym') return `Synonyms: "${a}" and "${b}" name the same thing.`;
  if (rel === 'hypernym') return `Hypernym: "${b}" is the broader term and "${a}" is a specific kind of it.`;
  return `Unrelated: "${a}" and "${b}" are different concepts, neither synonyms nor broader/narrower terms.`;
}

export const termRelation: SftTask = {
  name: 'term-relation',
  ability: 'comprehension',
  group: 'terminology',
  langs: ['zh', 'en'],
  summary: 'classify a term pair as synonym, hypernym (ICD-10 hierarchy) or unrelated',
  sources: ['lay-terms', 'icd10'],
  async *build(ctx) {
    const emit = (key: string, lang: 'zh' | 'en', rel: Relation, a: string, b: string, provenance: Record<string, unknown>) =>
      variantsOf(ctx, {
        task: termRelation,
        key,
        lang,
        source: rel === 'synonym' ? 'lay-terms' : 'icd10-cn-clinical-v2',
        provenance: { ...provenance, relation: rel, a, b },
        templates: T[lang],
        vars: { a, b },
        answer: answer(lang, rel, a, b),
      });
    const groups = await ctx.sources.get('lay-terms');
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      const lang = /\p{Script=Han}/u.test(g[0]) ? 'zh' : 'en';
      yield* emit(`syn-${i}`, lang, 'synonym', g[0], g[g.length - 1], { group: i });
      // An unrelated pair: this group's first term against another group's.
      const other = groups[(i * 7 + 13) % groups.length];
      if (other !== g && /\p{Script=Han}/u.test(other[0]) === (lang === 'zh'))
        yield* emit(`unrel-lay-${i}`, lang, 'unrelated', g[0], other[0], { groups: [i, (i * 7 + 13) % groups.length] });
    }
    if (!ctx.sources.has('icd10')) return;
    const rows = await ctx.sources.get('icd10');
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const short = (n: string) => n.length <= 16 && !/[，,：:；]/.test(n);
    let k = 0;
    for (const r of rows) {
      const x = r.code.indexOf('x');
      if (x < 0) continue;
      const parent = byCode.get(r.code.slice(0, x));
      if (!parent || !short(r.name) || !short(parent.name) || r.name === parent.name) continue;
      yield* emit(`hyp-${r.code}`, 'zh', 'hypernym', r.name, parent.name, { child: r.code, parent: parent.code });
      // Every other hypernym pair gets an unrelated pair from a distant chapter, so the labels stay balanced.
      if (k++ % 2 === 0) {
        const far = rows[(rows.indexOf(r) + Math.floor(rows.length / 2)) % rows.length];
        if (short(far.name) && far.code[0] !== r.code[0])
          yield* emit(`unrel-icd-${r.code}`, 'zh', 'unrelated', r.name, far.name, { codes: [r.code, far.code] });
      }
    }
  },
};
