// A lethal means acquired or searched, and then an ending said or the person gone from reach (session 32, #19; blind
// triage-av av044 "刚在网上下单了一堆安眠药，想着到货了就彻底结束吧" and av082 "locked himself in his room … not answering,
// we saw he searched rat poison on his phone" were emergencies without the crisis line). Two parts:
//   the MEANS got or looked for — ordered, bought, got hold of, stocked up (下单/买了/网购/弄到/囤了 + 安眠药, 农药, 老鼠药,
//     炭, 绳子, a heap of pills; "ordered sleeping pills", "bought rope") or searched ("searched rat poison on his
//     phone", 搜了百草枯) — by the writer or the one they speak of;
//   and either an ENDING said with no object of its own (就彻底结束吧, 一了百了, 解脱了, "then it'll all be over", "end it
//     all") or the person UNREACHABLE now (self-harm-reader.ts: shut in, not answering; no ordinary absence told).
// Not read: a purpose told for the means (the garage, mice, weeds, a barbecue, camping, jet lag or a flight, insomnia),
// an ending with its own object (结束失眠, "end the infestation"), a question only about delivery or safety with nothing of
// an ending or silence, negation, history, a story or a study question. Raise only (suicide.ts: high risk, emergency +
// crisis line). Its own word lists; the older readers' are not widened.
import { clauseAt, clauses, isNegated } from '../red-flags/context.js';
import { hasStoryFrame, storyDenied } from './fiction.js';
import { readLeaveTaking } from './leave-taking.js';
import { isHistoricalAt, maskBereavement, readSelfHarm } from './self-harm-reader.js';
import { isStudyQuestion } from './study-frame.js';
import { ORDINARY_ABSENCE } from './told-crisis.js';

export interface MeansAcquired {
  how: 'ending' | 'unreachable';
  /** Offset of the means got or searched. */
  at: number;
}

/** A lethal means: sleeping pills, a poison, charcoal, a rope, blades, a gun, helium; a heap of medicine (一堆药, "loads
 *  of pills") — one packet of paracetamol is no heap. */
const MEANS_ZH =
  '(?:安眠药|安定|助眠药|农药|百草枯|敌敌畏|老鼠药|鼠药|毒鼠强|除草剂|木炭|烧烤炭|炭|绳子|刀片|(?:一堆|一大堆|很多|好多|几瓶|几盒)[^，。]{0,2}药)';
const MEANS_EN =
  '(?:sleeping (?:pills|tablets)|(?:paracetamol|painkillers|pills|tablets) from (?:different|several|multiple|lots of|three|four) (?:shops|pharmacies|chemists|sites)|lethal dos\\w*|how much [a-z]+ (?:is|would be) (?:lethal|fatal)|ways to die|how to (?:hang|kill) (?:your|my|one|him|her)sel(?:f|ves)|rat poison|weed ?killer|paraquat|pesticides?|poison|cyanide|charcoal|rope|razor blades?|a gun|a rifle|a shotgun|helium|(?:loads|lots|a lot|boxes|bottles|packs) of (?:pills|tablets|paracetamol|painkillers|meds))';
const ACQUIRED_ZH = new RegExp(`(?:下单|下了单|买了|买到|网购|订了|拿到|弄到|搞到|囤了|偷偷买|托人买|准备了)[^，。]{0,8}${MEANS_ZH}`, 'g');
const ACQUIRED_EN = new RegExp(
  String.raw`\b(?:ordered|bought|got|got hold of|picked up|purchased|stocked up on|has been buying|have been buying|been buying|collected)\b[^.?!,]{0,20}\b${MEANS_EN}\b`,
  'gi',
);
/** The means arrived or delivered: "the sleeping pills I ordered came today", 安眠药到了. */
const ARRIVED_ZH = new RegExp(`${MEANS_ZH}[^，。]{0,6}(?:到了|到货|送到|寄到|拿到了)`, 'g');
const ARRIVED_EN = new RegExp(String.raw`\b${MEANS_EN}\b[^.?!,]{0,24}\b(?:arrived|came|got delivered|were delivered|was delivered|is here|are here)\b`, 'gi');
const SEARCHED_ZH = new RegExp(`(?:搜|查|百度)(?:了|过|索|索了)?[^，。]{0,8}${MEANS_ZH}`, 'g');
const SEARCHED_EN = new RegExp(
  String.raw`\b(?:searched|googled|looked up|looking up|searching|search history (?:has|shows|showed))\b(?: for)?[^.?!,]{0,12}\b${MEANS_EN}\b`,
  'gi',
);
/** The means asked for by where it is kept (session 34, blind triage-ax ax067: "he asked his sister where we are keeping
 *  the rat poison"): asking where it is, as a search is, by the writer or the one they speak of. */
const ASKED_WHERE_EN = new RegExp(String.raw`\b(?:asked|asking|asks|wanted to know|wants to know)\b[^.?!]{0,30}\bwhere\b[^.?!]{0,30}\b${MEANS_EN}\b`, 'gi');
const ASKED_WHERE_ZH = new RegExp(
  `问[^，。？?]{0,10}(?:${MEANS_ZH}[^，。？?]{0,4}(?:放在?|在|藏在?|搁在?)(?:哪|哪里|哪儿)|(?:哪里|哪儿|在哪)[^，。？?]{0,4}(?:有|放着?|藏着?)?${MEANS_ZH})`,
  'g',
);
/** A reason told for the question in the rest of its sentence ("…where the pesticide is kept because she wants to spray the
 *  roses", 问农药放哪里，说要打虫): a means asked about for a use. */
const ASKED_FOR_A_USE =
  /^[^.?!。？！\n]*?(?:\b(?:because|cos|coz|cause|in order to|so (?:that )?(?:he|she|they|we|i) (?:can|could)|to (?:kill|get rid of|spray|treat|clean|put down|deal with|use (?:on|in|for))\b|for (?:the|a|an|her|his|my|our|their|some) (?:garden|roses|plants|lawn|weeds|mice|rats|pests|bugs|garage|shed|farm|allotment)\b)|因为|为了|说要|要(?:喷|打|杀|灭|除|用)|用来|给[^，。]{0,4}(?:打|喷|用))/i;

/** Withdrawn into a room (a warning sign as being shut in is, read here beside a means sought): not coming out of the
 *  room, shut away. Its own list: self-harm-reader.ts's unreachable words are not widened. */
const WITHDRAWN =
  /\b(?:not|hasn'?t(?: been)?|won'?t|isn'?t|refus(?:es|ed|ing) to)\s+(?:coming|come|came|been coming)\s+out of (?:his|her|their|the|my) (?:bed)?room\b|\bshut (?:him|her|them|my)sel(?:f|ves) away\b|(?:不|没|不肯|没有)(?:出|走出)(?:房间|房门|卧室|屋)|(?:躲|关)在(?:房间|卧室|屋)里(?:不出来)?/i;

/** An ending said with no object of its own: 彻底结束吧, 结束这一切, 一了百了, 解脱了, "it'll all be over", "end it all". */
const ENDING =
  /(?:就|便|然后|好)?(?:彻底)?(?:结束(?=吧|了吧|算了|这一切|一切|自己|[，。！？!?,.…~]|$)|了结(?:自己|这一切)|了断|一了百了|解脱(?=了|吧|[，。！？!?,.…~]|$)|不用再醒|永远睡(?:过去|着)|离开这个世界)|\b(?:end (?:it(?: all)?|everything|my life|his life|her life)(?! (?:with|between)\b)|(?:it|this|everything)(?:'ll| will| would)? (?:all )?be over\b(?! (?:by|before|in time))|be done with (?:it all|everything|life)|never wake up|go to sleep forever|check(?:ing)? out for good|it ends|(?:i'?ll|i will|i can|she'?ll|he'?ll) finally (?:be (?:free|at peace|gone)|rest)|won'?t (?:have to )?wake up)\b/i;
/** An ending denied right before it. */
const ENDING_DENIED =
  /(?:不|没|别|不会|不想|不要|不能)(?:想|要|会|打算|能)?(?:就|去)?(?:这样|那样|这么)?$|\b(?:never|not|won'?t|don'?t|wouldn'?t|can'?t) (?:\w+ )?$/i;
/** A purpose told for the means: pests, the garden, a barbecue, camping, a flight or jet lag, insomnia, a prescription. */
const PURPOSE =
  /老鼠|灭鼠|耗子|蟑螂|除草|杂草|烧烤|露营|倒时差|时差|失眠|医生开|处方|\b(?:for (?:the |my |our )?(?:garage|shed|barn|garden|allotment|farm|mice|rats|rodents|pests|weeds|bbq|barbecue|grill|camping|flight|trip|jet ?lag|insomnia)|mice|rats?(?! poison)|rodents?|infestation|weeds|jet ?lag|prescri\w*|balloons?|party)\b/i;

/** A use named right after the means: "rat poison for the garage / for his science project", "charcoal to grill",
 *  老鼠药用来…, 放在厨房. The means has its own purpose; nobody's ending is read into it. */
const USE_AFTER =
  /^[^.?!,，。]{0,12}?(?:\bfor (?:the|a|an|my|his|her|our|their|some|this|that|school|work|class)\b|\bto (?:kill|get rid of|use|clean|grill|cook|light|fill|tie|hang (?:the|a|up)|fix|keep)\b|用来|用于|为了|给[^，。]{0,4}用|放在(?:厨房|仓库|车库|院子|阳台|地下室)|灭|杀)/i;

/** The means got or searched and its offset, or null. */
function meansAt(text: string): number[] {
  const at: number[] = [];
  for (const re of [ACQUIRED_ZH, ACQUIRED_EN, ARRIVED_ZH, ARRIVED_EN, SEARCHED_ZH, SEARCHED_EN, ASKED_WHERE_EN, ASKED_WHERE_ZH]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const rest = text.slice(m.index + m[0].length);
      if (USE_AFTER.test(rest)) continue;
      // A use told for the question sets it aside — not when its own sentence has the person withdrawn into their room.
      if ((re === ASKED_WHERE_EN || re === ASKED_WHERE_ZH) && ASKED_FOR_A_USE.test(rest) && !WITHDRAWN.test(rest.split(/[.?!。？！\n]/u)[0] ?? '')) continue;
      at.push(m.index);
    }
  }
  return at.sort((a, b) => a - b);
}

/** A means acquired or searched with an ending said or the person unreachable, or null. */
export function readMeansAcquired(text: string): MeansAcquired | null {
  const found = meansAt(text);
  if (found.length === 0 || PURPOSE.test(text) || isStudyQuestion(text) || (hasStoryFrame(text) && !storyDenied(text))) return null;
  const cl = clauses(text);
  const history = maskBereavement(text);
  const now = found.filter((at) => !isNegated(text, clauseAt(cl, at), at) && !isHistoricalAt(history, clauseAt(cl, at), at));
  if (now.length === 0) return null;
  // The ending after the means (the means is how it will be done), in the present, not negated.
  for (const at of now) {
    const rest = text.slice(at);
    const e = ENDING.exec(rest);
    if (!e) continue;
    const endAt = at + e.index;
    // The ending denied right before it (不想一了百了, "won't end it"); the shared negation's window would also take an
    // absence told before it (家里没人就一了百了: nobody home is the chosen time, not a denial).
    if (ENDING_DENIED.test(text.slice(Math.max(0, endAt - 8), endAt)) || isHistoricalAt(history, clauseAt(cl, endAt), endAt)) continue;
    return { how: 'ending', at };
  }
  if (!(readSelfHarm(text).slots.includes('unreachable') || WITHDRAWN.test(text)) || ORDINARY_ABSENCE.test(text)) return null;
  const leave = readLeaveTaking(text);
  if (leave.explainedAbsence && !leave.message) return null;
  return { how: 'unreachable', at: now[0] };
}
