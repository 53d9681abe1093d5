// Two suicide warning signs told without a word of suicide (session 25, #19): a MEANS SOUGHT — the fastest, strongest or
// most effective thing to hand asked for with no purpose of its own ("what's the fastest acting thing in a normal bathroom
// cabinet", 家里什么东西吃了最快) — and the writer's own FINALITY ("I'm done, I've been done for weeks", "I give up",
// 受够了这一切, 想解脱了). Each is an everyday sentence alone: a quick painkiller for a migraine, "I'm done with this diet".
// self-harm-reader.ts types them as warning signs and suicide.ts reads them only together (or the means beside the screen's
// own despair or passive wish), so neither word list decides anything by itself. Pure: text in, offsets out (the reader
// scopes each to its clause: negation, history, study).

/** The question of a superlative means, English: a generic object (thing, stuff, pills) at its superlative, or a generic
 *  object that "acts/works the fastest". A named kind (a painkiller, a decongestant, a cleaner) is no generic object,
 *  and neither is a thing "to do / to cook / to say" (advice sought, not a means). */
const GENERIC_EN = String.raw`(?:things?|stuff|something|anything|pills?|tablets?|meds|medicines?|medications?|chemicals?|substances?|drugs?)(?!\s+to\s+(?!take\b|swallow\b|drink\b|use\b|end\b)[a-z])`;
const SUPERLATIVE_EN = `(?:(?:fastest|quickest)(?:[- ](?:acting|working))?|strongest|most (?:effective|potent|powerful|painless|lethal|deadly))`;
const SOUGHT_EN = new RegExp(
  String.raw`\b${SUPERLATIVE_EN}\s+(?:[a-z'-]+\s+){0,2}?${GENERIC_EN}\b|\b${GENERIC_EN}\b[^.?!]{0,50}\b(?:acts?|works?|would work|kills?)\s+(?:the\s+)?(?:fastest|quickest)\b`,
  'gi',
);
/** A vague object (a thing, stuff) is a means only where it is to hand: a cabinet, under the sink, the house, a first-aid
 *  box, what one could take or buy; a medicine, pill or chemical is one wherever it is. */
const VAGUE_EN = /\b(?:things?|stuff|something|anything)\b/i;
const AT_HAND_EN =
  /\b(?:cabinet|cupboard|under the (?:kitchen |bathroom )?sink|in the (?:house|home|flat|garage|shed)|at home|household|first[- ]aid (?:box|kit)|drawer|(?:i|you) (?:could|can|'d|would) (?:take|get|buy|find|swallow)|without a prescription|over the counter)\b/i;
/** Chinese (Cantonese 咩嘢/乜嘢): which medicine or thing is the quickest, strongest, most effective; a thing (东西, 嘢) only
 *  where it is to hand (at home, a medicine box, a cabinet). */
const SOUGHT_ZH = /(?:什么|哪种|哪个|哪样|啥|咩|乜)(药|东西|嘢|药片|药丸)[^，。？！?!,]{0,8}最(?:快|有效|管用|厉害|猛|强|毒)/g;
const AT_HAND_ZH = /家里|家中|屋企|药箱|药柜|柜子?里|卫生间|浴室|厨房|抽屉|手边|身边|能买到|药店/;

/** What a means question with no object of its own may hold besides the means: where it is to hand, how it would be got
 *  or taken, and function words. This closed class is the inversion of a purpose list (review s25 R1-R24): a question is
 *  means-SOUGHT only when nothing else is left of the message once the means, this class and the writer's own ending
 *  (finality, and the passive wish, despair, burden or low mood the caller reads) are read out. Any other word — a body
 *  part, a symptom, a pest, a stain, a trip, a child, "so I can lock it away", "to make it stop", 洗厕所, 杀蟑螂, 水垢 — is an
 *  object or a purpose, and the question is an ordinary one. */
const HAND_EN =
  /\b(?:[a-z]+(?:'s|s')\s+)?(?:(?:normal|typical|regular|ordinary|average|standard|usual|home|household|kitchen|bathroom|medicine|first[- ]aid)\s+)*(?:cabinet|cupboard|sink|house|home|flat|garage|shed|drawer|box|kit|household|counter|prescription|pharmacy|chemist)\b|\bfirst[- ]aid\b|\bover the counter\b|\bwithout a prescription\b/gi;
const FILLER_EN = new Set(
  `how mean with what whats what's which is are was be been the a an of in on at from under inside out my your his her our their its it this that these those there any some i me you we im i'm i've ive i'd id you'd youd you'll could can would will to have has had do does get got find found buy take swallow drink use honestly ok okay ugh so just really seriously actually totally completely literally now anymore right asking because cause cos coz since like and but or even already still done for weeks months years ages long time while good all everything everyone life living anything something stuff thing things work works acts act acting working fastest quickest strongest most effective potent powerful painless lethal deadly`.split(
    ' ',
  ),
);
/** Chinese (read after the triage reading form: simplified, 食 as 吃), the same closed class: to hand, got or taken (吃了,
 *  吃咗, 吞), which/what, and particles; 会死 is the question's own end. */
const FILLER_ZH =
  /家里|家中|屋企|药箱|药柜|柜子|卫生间|浴室|厨房|抽屉|手边|身边|能买到|买到|药店|什么|哪种|哪个|哪样|啥|咩|乜|东西|药片|药丸|药|嘢|吃了|吃咗|吃下去|吃|食咗|食|喝了|喝|吞了|吞|下去|会死|最快|最有效|最管用|最厉害|最猛|最强|最毒|最|有|在|里|中|是|的|了|啊|呢|吧|啦|喇|呀|嘅|我|真的|真系|已经|实在|就|都|还|可以|能/g;

const SENTENCE = /[^.?!。？！\n]+[.?!。？！\n]*/g;

/** Is anything said in the text besides the closed class and the writer's own ending? (the text has the means cut out) */
function namesAnObject(rest: string, ending: readonly RegExp[]): boolean {
  let t = rest;
  for (const re of [FINALITY, ...ending]) t = t.replace(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`), ' ');
  t = t.replace(HAND_EN, ' ').replace(FILLER_ZH, ' ');
  if (/\p{Script=Han}/u.test(t)) return true;
  return (t.toLowerCase().match(/[a-z][a-z']*/g) ?? []).some((w) => !FILLER_EN.has(w));
}

/** Where a means is sought in the message (the start of each such question): none when the question or the message
 *  names anything of its own besides the writer's ending (`ending`: the caller's passive wish, despair, burden…). */
export function meansSoughtAt(text: string, ending: readonly RegExp[] = []): number[] {
  const at: number[] = [];
  for (const s of text.matchAll(SENTENCE)) {
    const sentence = s[0];
    const start = s.index ?? 0;
    for (const re of [SOUGHT_EN, SOUGHT_ZH]) {
      re.lastIndex = 0;
      const m = re.exec(sentence);
      if (!m) continue;
      if (re === SOUGHT_EN && VAGUE_EN.test(m[0]) && !AT_HAND_EN.test(sentence)) continue;
      if (re === SOUGHT_ZH && (m[1] === '东西' || m[1] === '嘢') && !AT_HAND_ZH.test(sentence)) continue;
      // The Chinese match spans what lies between the means and 最 (洗厕所, 杀蟑螂): that is the question's own, too.
      const own = re === SOUGHT_ZH ? m[0].slice(m[1].length + m[0].indexOf(m[1])).replace(/最.*$/, '') : '';
      const rest = text.slice(0, start + m.index) + ' ' + own + ' ' + text.slice(start + m.index + m[0].length);
      if (namesAnObject(rest, ending)) continue;
      at.push(start + m.index);
    }
  }
  return at;
}

/** The writer's own finality, with nothing it is said of: "I'm done", "I'm so done with everything", "I've had enough",
 *  "I give up", "there's no point anymore", "nothing left for me"; 受够了(这一切), 想解脱了, 一了百了, 不想再撑了, Cantonese
 *  顶唔顺. "I'm done with this diet", "done for today", "I'm done!" (a task finished), 受够了这个牙疼, 从压力里解脱出来 are
 *  said of something and are not. */
const FINALITY =
  /\b(?:i'?m|im|i am|i feel|i'?ve been|ive been)\s+(?:(?:so|just|totally|completely|really|honestly|fully|actually)\s+)?done\b(?![,.!]?\s*(?:thanks|thank you|thx|ty\b|cheers|bye|that'?s all|that'?s it|no more questions))(?=\s*(?:$|[.,;:…—–]|-\s|with (?:everything|it all|all of (?:it|this)|this (?:life|world))\b|for (?:good|weeks|months|years|a (?:long )?(?:while|time))\b))|\bi(?:'ve| have)? had enough\b(?=\s*(?:$|[.,;…]|of (?:everything|it all|life|living)\b))|\bi give up\b(?=\s*(?:$|[.,;…]|on (?:everything|life|living)\b))|\b(?:there'?s|theres|there is) (?:no point|nothing left)(?: (?:anymore|any more|for me|to live for))?(?=\s*(?:$|[.,;…]))|(?<!得)我(?:真的|真係|真系|已经|实在|是)?受够了(?:这一切|一切|所有|这个世界|这种日子)?(?=$|[，。！？,.!?…啦])|(?:想|只想|好想|就想)(?:早点|早日|彻底)?解脱(?:了|吧)?(?=$|[，。！？,.!?…])|一了百了|不想再(?:撑|坚持|熬|挣扎)(?:下去)?了?(?=$|[，。！？,.!?…])|(?:撑|撐)(?:不|唔)(?:下去|落去|住)了?(?=$|[，。！？,.!?…啦喇])|我(?:真的|真係|真系|实在|已经)?(?:顶唔顺|顶不顺)(?=$|[，。！？,.!?…啦喇呀])/gi;

/** A task told finished beside the "I'm done" (packed, cleaned, an exam sat, work over): the end of a chore, not of a life. */
const TASK_DONE =
  /\b(?:finished|packed|cleaned|tidied|submitted|handed in|wrapped up|completed|graduated|sat (?:my|the) \w+|last (?:exam|shift|day)|marathon|workout)\b|考完|做完|写完|搬完|忙完|干完|下班|收工|放假/i;

/** Where the writer states finality (each match's start), none beside a task told finished around it. */
export function finalityAt(text: string): number[] {
  FINALITY.lastIndex = 0;
  return [...text.matchAll(FINALITY)]
    .filter((m) => {
      const at = m.index ?? 0;
      return !TASK_DONE.test(text.slice(Math.max(0, at - 60), at + m[0].length + 40));
    })
    .map((m) => m.index ?? 0);
}

/** Finality told of a time close at hand or as nothing mattering any more (session 29, #19; blind ar004 "not that it
 *  matters much after tonight", ar069 反正也没人在乎): "not that it matters (much) after tonight", "won't matter after
 *  tomorrow", "nobody will care anyway", 过了今晚就无所谓了, 反正也没人在乎. A separate list from FINALITY (older readers keep
 *  theirs); typed the same warning sign, so it counts only beside a strong sign (a method question, a means sought). "It
 *  doesn't matter" alone, or "nobody cares about my birthday", is not it: the time or the "anyway" is. */
const FINAL_TIME =
  /\b(?:not that (?:it|any of (?:it|this)|anything) (?:\w+ )?matters?|(?:it|nothing|none of (?:it|this)) (?:won'?t|will(?:n'?t| not)|wont) matter)(?: (?:much|anymore|any more))? (?:after|by|past|from) (?:tonight|tomorrow|today|this (?:week|weekend|evening))\b|\b(?:no ?one|nobody) (?:will|would|'?ll)? ?(?:care|notice|miss me) anyway\b|过了(?:今晚|今天|明天)[^，。？！?!]{0,4}(?:就|都|也)?(?:无所谓|不重要|没关系)了|(?:今晚|明天)(?:以后|之后)[^，。？！?!]{0,4}(?:就|都|也)?(?:无所谓|不重要)了|反正(?:也|都)?(?:没(?:有)?人|冇人)(?:会)?(?:在乎|在意|关心|理)(?:我)?(?=$|[，。！？,.!?…了啦])/gi;

/** Where the writer states finality of a time or of nobody caring anyway (FINAL_TIME), each match's start. */
export function finalTimeAt(text: string): number[] {
  FINAL_TIME.lastIndex = 0;
  return [...text.matchAll(FINAL_TIME)].map((m) => m.index ?? 0);
}
