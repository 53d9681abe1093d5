// Template verbaliser: a group of triples (one head, one relation) → a fluent Chinese or English sentence.
// Several templates per relation, picked by a seeded hash so output is varied yet reproducible.
import { fnv1a32 } from '../../core/hash.js';
import type { Relation, Triple } from './triples.js';

export type SynthLang = 'zh' | 'en';

export interface Verbaliser {
  name: string;
  verbalise(group: Triple[], lang: SynthLang, aliases?: string[]): Promise<string>;
}

const ZH: Record<Relation, ((h: string, t: string) => string)[]> = {
  symptom: [(h, t) => `${h}的常见症状包括${t}。`, (h, t) => `${h}患者常表现为${t}等症状。`],
  drug: [(h, t) => `治疗${h}的常用药物有${t}。`, (h, t) => `${h}常用的药物包括${t}。`],
  department: [(h, t) => `${h}患者可到${t}就诊。`, (h, t) => `${h}属于${t}的诊治范围，应到该科就诊。`],
  complication: [(h, t) => `${h}可能引起${t}等并发症。`, (h, t) => `${h}的并发症包括${t}。`],
  examination: [(h, t) => `诊断${h}常做的检查有${t}。`, (h, t) => `${h}需要进行的检查包括${t}。`],
  treatment: [(h, t) => `${h}的治疗方式包括${t}。`, (h, t) => `${h}一般采用${t}进行治疗。`],
};

const EN: Record<Relation, ((h: string, t: string) => string)[]> = {
  symptom: [(h, t) => `Common symptoms of ${h} include ${t}.`, (h, t) => `Patients with ${h} often present with symptoms such as ${t}.`],
  drug: [(h, t) => `Drugs commonly used to treat ${h} include ${t}.`, (h, t) => `${cap(h)} is commonly treated with drugs such as ${t}.`],
  department: [(h, t) => `Patients with ${h} should be seen in the ${t} department.`, (h, t) => `${cap(h)} is managed by the ${t} department.`],
  complication: [(h, t) => `Complications of ${h} include ${t}.`, (h, t) => `${cap(h)} can lead to complications such as ${t}.`],
  examination: [(h, t) => `Examinations used to diagnose ${h} include ${t}.`, (h, t) => `The work-up for ${h} includes tests such as ${t}.`],
  treatment: [(h, t) => `Treatment options for ${h} include ${t}.`, (h, t) => `${cap(h)} is usually treated with ${t}.`],
};

function cap(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

export function joinList(items: string[], lang: SynthLang): string {
  if (items.length <= 1) return items[0] ?? '';
  if (lang === 'zh') return `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`;
  return items.length === 2 ? `${items[0]} and ${items[1]}` : `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}

/** English head: "百日咳 (pertussis)" when the KG gives a Latin alias. */
function headFor(head: string, lang: SynthLang, aliases: string[] = []): string {
  return lang === 'en' && aliases.length ? `${head} (${aliases[0]})` : head;
}

export function createTemplateVerbaliser(seed = 42): Verbaliser {
  return {
    name: 'template',
    async verbalise(group, lang, aliases) {
      const { head, relation } = group[0];
      const forms = (lang === 'zh' ? ZH : EN)[relation];
      const pick = forms[fnv1a32(`${seed}:${head}:${relation}:${group[0].tail}`) % forms.length];
      return pick(
        headFor(head, lang, aliases),
        joinList(
          group.map((t) => t.tail),
          lang,
        ),
      );
    },
  };
}
