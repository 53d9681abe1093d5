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
/** Whom or what it is for, in its sentence: 让他安静, 给孩子, 帮她, 用来. */
const PURPOSE_ZH = /(?:能|可以)?让(?:他|她|孩子|宝宝|小孩|老人|狗|猫)|给(?:他|她|孩子|宝宝|小孩|老人|我妈|我爸|狗|猫)|帮(?:他|她)|用来|用于/;
const AT_HAND_ZH = /家里|家中|屋企|药箱|药柜|柜子?里|卫生间|浴室|厨房|抽屉|手边|身边|能买到|药店/;
/** A purpose told in the question's own sentence ("for a sore throat", "to get rid of", "works fastest on a cold sore"). */
const PURPOSE_EN =
  /\bfor (?!me\b|myself\b|sure\b|real\b|good\b|weeks\b|months\b|years\b|ages\b|a (?:long )?(?:while|time)\b)[a-z]|\bto (?:treat|cure|relieve|ease|stop|help|fix|get rid|clear|clean|unblock|calm|settle|soothe|lift|boost|bring down|lower|reduce|remove|whiten|dye|numb|kill (?:germs|bacteria|lice|nits|fleas|ants|weeds|mou?ld))\b|\bon (?:a|an|my|the|his|her|their) [a-z]/i;
/** An ailment or everyday aim named anywhere in the message: the quick thing is sought for it ("I have period cramps.
 *  What's the fastest acting thing…"; 退烧, 止咳, 能瘦). */
const AILMENT =
  /\b(?:pain(?!less)\w*|aches?|aching|headaches?|migraines?|fevers?|temperature|colds?|flu|cough\w*|sore\w*|cramps?|periods?|heartburn|indigestion|bloat\w*|constipat\w*|diarrh\w*|hangover|allerg\w*|hay ?fever|rash\w*|itch\w*|sleep\w*|insomnia|nause\w*|vomit\w*|sick(?! of)|tooth\w*|stomach\w*|acid\w*|acne|spots|lice|nits|fleas|burns?|sprain\w*|stains?|mou?ld|grout|drains?|blocked|weight|diet\w*|energy|hair|teeth|skin)\b|痛|疼|烧|发热|感冒|咳|痒|拉肚子|腹泻|便秘|胃|过敏|失眠|睡|瞓|恶心|呕吐|瘦|减肥|提神|牙|经期|上火|嗓子|喉咙|鼻|止|退|治|缓解|消炎|降(?:压|糖|温)|清洁|去污|杀虫|除/i;

const SENTENCE = /[^.?!。？！\n]+[.?!。？！\n]*/g;

/** Where a means is sought in the message (the start of each such question), none when an ailment or aim is named. */
export function meansSoughtAt(text: string): number[] {
  if (AILMENT.test(text)) return [];
  const at: number[] = [];
  for (const s of text.matchAll(SENTENCE)) {
    const sentence = s[0];
    const start = s.index ?? 0;
    for (const re of [SOUGHT_EN, SOUGHT_ZH]) {
      re.lastIndex = 0;
      const m = re.exec(sentence);
      if (!m) continue;
      if (re === SOUGHT_EN && (PURPOSE_EN.test(sentence) || (VAGUE_EN.test(m[0]) && !AT_HAND_EN.test(sentence)))) continue;
      if (re === SOUGHT_ZH && (PURPOSE_ZH.test(sentence) || ((m[1] === '东西' || m[1] === '嘢') && !AT_HAND_ZH.test(sentence)))) continue;
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
  /\b(?:i'?m|im|i am|i feel|i'?ve been|ive been)\s+(?:(?:so|just|totally|completely|really|honestly|fully|actually)\s+)?done\b(?=\s*(?:$|[.,;:…—–]|-\s|with (?:everything|it all|all of (?:it|this)|this (?:life|world))\b|for (?:good|weeks|months|years|a (?:long )?(?:while|time))\b))|\bi(?:'ve| have)? had enough\b(?=\s*(?:$|[.,;…]|of (?:everything|it all|life|living)\b))|\bi give up\b(?=\s*(?:$|[.,;…]|on (?:everything|life|living)\b))|\b(?:there'?s|theres|there is) (?:no point|nothing left)(?: (?:anymore|any more|for me|to live for))?(?=\s*(?:$|[.,;…]))|(?<!得)我(?:真的|真係|真系|已经|实在|是)?受够了(?:这一切|一切|所有|这个世界|这种日子)?(?=$|[，。！？,.!?…啦])|(?:想|只想|好想|就想)(?:早点|早日|彻底)?解脱(?:了|吧)?(?=$|[，。！？,.!?…])|一了百了|不想再(?:撑|坚持|熬|挣扎)(?:下去)?了?(?=$|[，。！？,.!?…])|(?:撑|撐)(?:不|唔)(?:下去|落去|住)了?(?=$|[，。！？,.!?…啦喇])|我(?:真的|真係|真系|实在|已经)?(?:顶唔顺|顶不顺)(?=$|[，。！？,.!?…啦喇呀])/gi;

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
