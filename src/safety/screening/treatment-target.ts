// What a treatment clause says its medicine is for, read from the clause's grammar, whether or not the condition
// table knows the words: "the usual treatment for a water infection is …", "to treat a fungal nail …",
// "甲癣的治疗用…", "治疗脚气可以…", "用于泌尿道感染", and the Chinese topic before the verb ("泌尿道感染可以服用…",
// a noun ending in a disease head: 感染/炎/癣/病…). A clause that names its own target is tied to it: the
// conversation's other conditions (a comorbidity, "I have diabetes and a chest infection") are not what it treats.
// What is no target: a time ("for 5 days", "for life"), a person ("for adults", "for you"), a word that points back
// to the conversation's condition ("for this", "for your conditions", "for a flare") — those leave the fallback on.
// Pure.

/** After "for": a span of time, a person, or a filler — not what the medicine treats. */
const NOT_TARGET_EN =
  /^(?:\d|(?:an?|one|two|three|four|five|six|seven|ten|twelve|several|a few|some|many|at least|up to|about|over|under|another|the (?:first|next|last|rest)|each|every)\b|(?:life|now|ever|long|longer|good|sure|example|instance|more|less|use|adults?|children|kids|babies|infants|patients?|people|women|men|everyone|anyone|most|all|you|him|her|them|me|us|yourself|the elderly|older people|pregnant)\b|(?:days?|weeks?|months?|years?|nights?|hours?)\b)/u;
/** After "for": a word pointing back to the condition the conversation is about. */
const ANAPHOR_EN =
  /^(?:(?:it|this|that|these|those|both|them)\b|(?:(?:your|his|her|their|my|this|that|the|these|those|such|an?|each)\s+)?(?:conditions?|problems?|illness(?:es)?|diseases?|disorders?|diagnos[ie]s|flares?|attacks?|episodes?|symptoms?|complaints?|issues?|results?|case)\b)/u;
/** Where the target phrase ends: a verb or a clause mark. */
const TARGET_END_EN =
  /\s+(?:is|are|was|were|will|would|should|can|could|may|might|includes?|involves?|consists?|remains?|usually|often|typically|with|using|by)\b|[,.;:()]|$/u;
const LINK_EN = /\b(?:for|to treat|treats?|treating|treatment of|against)\s+(?:(?:an?|the|your|his|her|their|my|any|such)\s+)?/gu;

/** Chinese words after 治疗/用于/针对 that begin no target (a time, a mode, the verb's own complement). */
const NOT_TARGET_ZH =
  /^(?:上|方面|时|期间|中|后|前|的|用|是|为|有|包括|首选|方案|药|原则|效果|措施|过程|可|需|应|主要|一般|通常|以|过|好|愈|疗程|费用|一下|这个|此病|本病|该病|这种病|它)/u;
/** A Chinese noun before 的治疗 / 进行…治疗 that is a way of treating, not a target. */
const MODE_ZH = /^(?:药物|对症|手术|积极|及时|规范|系统|综合|相关|进一步|长期|短期|口服|专业|正规|针对性|这种|这个|该|此|本|其|保守|物理|中医|西医|联合)$/u;
/**
 * Words that qualify a treatment rather than name its target ("常用的治疗药物", "甲亢主要的治疗"): read off the end of
 * the noun before 的治疗, what is left (甲亢) is the target, and nothing left means the clause names none.
 */
const QUALIFIER_ZH = /(?:最|比较|较)?(?:常用|常见|常规|一般|通常|主要|首选|标准|经典|传统|规范|正规|有效|推荐|目前|临床上?|最好|最佳)$/u;
/** The head of a Chinese disease noun: a condition named in words the table may lack ends in one of these. */
const DISEASE_HEAD_ZH = /(?:感染|炎|癣|病|症|疹|疮|癌|瘤|结石|脓肿|溃疡|综合征|中毒|骨折|过敏|损伤|疱|痔|疝|咳|痛)$/u;

/** The clause's own target, as text, or undefined when it names none (or only points back to the conversation's). */
export function treatmentTarget(clause: string, takeAt = -1): string | undefined {
  for (const m of clause.matchAll(LINK_EN)) {
    const rest = clause.slice((m.index ?? 0) + m[0].length);
    if (!/^\p{L}/u.test(rest) || NOT_TARGET_EN.test(rest) || ANAPHOR_EN.test(rest)) continue;
    const end = TARGET_END_EN.exec(rest);
    const target = rest.slice(0, end ? end.index : rest.length).trim();
    if (target) return target;
  }
  // 治疗X / 用于X / 针对X / 用来治X / 专治X: the object follows.
  for (const m of clause.matchAll(/(?:治疗|用于|针对|用来治|专治|主治)/gu)) {
    const rest = clause.slice((m.index ?? 0) + m[0].length);
    if (NOT_TARGET_ZH.test(rest)) continue;
    const target = /^\p{Script=Han}{2,12}?(?=可以|可|用|的|是|为|时|首选|一般|通常|常用|主要|需要|应|宜|药|选|[，。；,;：:]|$)/u.exec(rest)?.[0];
    if (target) return target;
  }
  // X的治疗 / 进行X治疗: the object comes first.
  for (const m of clause.matchAll(/(\p{Script=Han}{2,12})的治疗|进行(\p{Script=Han}{2,8})治疗/gu)) {
    const target = (m[1] ?? m[2]).replace(/^(?:对于|关于|至于|对)/u, '').replace(QUALIFIER_ZH, '');
    if (target && !MODE_ZH.test(target) && !/^(?:进行|需要|要|可以|应该)/u.test(target)) return target;
  }
  // The topic before the verb: "泌尿道感染可以服用…", "带状疱疹首选…".
  if (takeAt > 0) {
    const topic = clause
      .slice(0, takeAt)
      .replace(/(?:患者|病人|的话|的时候|时|可以|可|一般|通常|常|应|应该|需要|建议|则|就|主要)+$/u, '')
      .trim();
    const noun = /\p{Script=Han}{2,12}$/u.exec(topic)?.[0];
    if (noun && DISEASE_HEAD_ZH.test(noun)) return noun;
  }
  return undefined;
}
