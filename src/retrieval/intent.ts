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

// The aspect a question asks about → section headings that answer it, in both languages: the disease KG's
// headings (症状, 治疗 …), MedQuAD's question headings ("What are the symptoms of …", "How to prevent …") and the
// disease table's (Symptom, Reason, Medication, Tests and procedures). Used as a ranking boost within the topic.
const ASPECTS: { ask: RegExp; section: RegExp }[] = [
  {
    ask: /症状|表现|征兆|有什么感觉|什么感觉|\b(symptoms?|signs?|feel like|early signs?|warning signs?)\b/i,
    section: /症状|表现|symptom|signs?\b/i,
  },
  {
    ask: /吃什么药|用什么药|用药|什么药|怎么治|如何治|治疗|治好|能治|怎么办|咋办|有什么办法|怎么处理|怎么调理|怎么缓解|手术|\b(treat(ed|ment|ments|ing)?|cure[sd]?|get rid of|take for|medications?|medicines?|therap(y|ies)|surgery|manage[ds]?|relieve)\b/i,
    section: /治疗|用药|treatment|therap|medication|what to do for/i,
  },
  {
    ask: /原因|病因|为什么|为啥|怎么引起|引起的|怎么得的|怎么造成|造成的|咋回事|怎么回事|\b(causes?|caused|why|triggers?|what makes|how (do|does|did) (you|i|people|someone) get|inherit(ed)?|passed)\b/i,
    section: /病因|原因|cause|reason|genetic|inherit/i,
  },
  {
    ask: /预防|避免|防止|不再|\b(prevent(ed|ion|ing)?|avoid|keep (me |you |him |her |them )?from|lower (my |your |the )?(chances?|risk)|reduce (my |your |the )?risk)\b/i,
    section: /预防|prevent/i,
  },
  {
    ask: /检查|化验|诊断|确诊|怎么判断|查什么|\b(diagnos(e|ed|is)|test(ed|s)? for|check(ed)? for|screen(ing|ed)?|how do (they|doctors) (know|tell|test|check))\b/i,
    section: /检查|诊断|diagnos|tests? and procedures/i,
  },
  {
    ask: /吃什么(?!药)|饮食|忌口|能吃|不能吃|能不能吃|还能吃|食物|食谱|喝|吃东西|\b(eat|food|foods|diet|drink)\b/i,
    section: /饮食|diet|eat|nutrition/i,
  },
  {
    ask: /护理|注意什么|注意事项|注意些|保养|调理/i,
    section: /护理|注意/,
  },
  {
    ask: /多久|能好|能治好|会好|严重吗|要紧吗|\b(outlook|prognosis|go back to normal|how long|recover|life expectancy)\b/i,
    section: /outlook|预后|概述/i,
  },
  {
    ask: /哪些人|什么人|谁容易|易感|\b(who is (most )?(likely|at risk)|higher risk|risk factors?|at risk)\b/i,
    section: /risk|病因|易感/i,
  },
];

/** Pure: one section-heading pattern for every aspect the question asks about (undefined when it names none). */
export function questionAspect(query: string): RegExp | undefined {
  const parts = ASPECTS.filter((a) => a.ask.test(query)).map((a) => a.section.source);
  return parts.length ? new RegExp(parts.join('|'), 'i') : undefined;
}
