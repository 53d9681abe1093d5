// What a Chinese question asks about (drugs, symptoms, causes…) → the section headings that answer it, so a chunk
// under 治疗 outranks one under 饮食 for "糖尿病吃什么药". Headings follow the disease-KG loader's sections and
// common guideline headings. English needs no table: MedQuAD headings are the questions themselves.

const INTENTS: { pattern: RegExp; sections: string[] }[] = [
  { pattern: /吃什么药|用什么药|用药|药物|什么药|怎么治|如何治|治疗|治好|能治/, sections: ['治疗'] },
  { pattern: /症状|表现|征兆|有什么感觉/, sections: ['症状'] },
  { pattern: /原因|病因|为什么会|怎么引起|引起的|怎么得的/, sections: ['病因'] },
  { pattern: /预防|避免|防止/, sections: ['预防'] },
  { pattern: /检查|化验|诊断|确诊/, sections: ['检查'] },
  { pattern: /吃什么(?!药)|饮食|忌口|能吃|不能吃|食物|食谱/, sections: ['饮食'] },
  { pattern: /护理|注意什么|注意事项|保养/, sections: ['护理'] },
];

/** Pure: section headings a query's wording asks for (empty when it asks for nothing specific). */
export function sectionIntents(query: string): string[] {
  const out = new Set<string>();
  for (const i of INTENTS) if (i.pattern.test(query)) for (const s of i.sections) out.add(s);
  return [...out];
}
