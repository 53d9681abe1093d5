// ICD-10 coding (China national clinical edition 2.0): diagnosis name → code, checked by the ICD verifier.
import { variantsOf, type SftTask } from './types.js';

const ZH = ['请给出"{name}"的ICD-10编码（国家临床版2.0）。', '"{name}"对应的ICD-10诊断编码是什么？', '病案编码：{name}，ICD-10编码应填写什么？'];

export const icdCoding: SftTask = {
  name: 'icd-coding',
  ability: 'knowledge',
  group: 'terminology',
  langs: ['zh'],
  summary: 'diagnosis name → ICD-10 code (national clinical edition 2.0), with the ICD verifier spec',
  sources: ['icd10'],
  async *build(ctx) {
    for (const r of await ctx.sources.get('icd10')) {
      // Long coding descriptions ("霍乱，由于O1群霍乱弧菌…") are not names anyone asks about.
      if (r.name.length > 16 || /[，,：:；]/.test(r.name)) continue;
      yield* variantsOf(ctx, {
        task: icdCoding,
        key: r.code,
        lang: 'zh',
        source: 'icd10-cn-clinical-v2',
        provenance: { line: r.line, code: r.code, name: r.name },
        templates: ZH,
        vars: { name: r.name },
        answer: `"${r.name}"的ICD-10编码（国家临床版2.0）是 ${r.code}。`,
        reward: { task: 'diagnosis', gt: { code: r.code, name: r.name } },
      });
    }
  },
};
