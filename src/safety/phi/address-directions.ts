// Addresses told as directions. A home is often given as a place and the way from it — "韶山路，东塘百货后面那个老宿舍区，
// 8栋402", "留下街道杨家牌楼村12号（西溪湿地南门进去右手边第三家）", "Verdugo Rd, past the taco truck lot", "the upstairs
// unit of the duplex on Kessler St" — and every part of that way identifies the home as the street does. The readers
// stop where the named pieces stop; here an ADDRESS span grows over the segments next to it that are built from the parts
// of a direction: a landmark, a relation (后面/旁边/对面/往里/交叉口往南, behind/past/above/off/north of), a dwelling
// (小区/宿舍区/家属院/巷子/那户, the farmhouse/trailer/duplex/unit) and a building or floor piece. A segment without such a
// part ends the growth, so what the sentence goes on to say (a symptom, a dose, who lives there) stays. Pure: text and
// spans in, grown spans out; the caller ranks them below every other reading.
import type { PhiSpan } from '../types.js';
import { MONTH_NAMES_EN, WEEKDAY_NAMES_EN } from './date-grammar.js';
import { span } from './span.js';

// ---- Chinese parts ----
const ZH_RELATION =
  '(?:后面|後面|后边|後邊|后头|前面|前边|旁边|旁邊|边上|邊上|隔壁|对面|對面|附近|斜对面|东边|西边|南边|北边|东侧|西侧|南侧|北侧|东面|西面|南面|北面|里面|里边|里头|往里|往里走|进去|進去|往[东西南北里外上下前后左右]走?|交叉口|十字路口|路口|拐角|拐进去|右手边|左手边|楼上|楼下|尽头|盡頭)';
const ZH_DWELLING =
  '(?:小区|小區|宿舍区|宿舍楼|宿舍|家属院|家屬院|家属楼|大院|院子|巷子|胡同|弄堂|巷|村|屯|庄|平房|出租屋|棚户区|城中村|公寓|楼|樓|栋|棟|幢|户|戶|家|救助站|养老院|養老院|敬老院|福利院|护理院|護理院|栈道|棧道|门面|铺子)';
const ZH_PIECE =
  '(?:[0-9０-９一二三四五六七八九十百零两]+(?:号楼|號樓|号|號|栋|棟|幢|单元|單元|层|層|楼|樓|室|户|戶|家)(?:[0-9０-９]{2,5}(?:室)?)?|[0-9０-９]{3,5}室)';
const ZH_SEP = '[，,。；;！!？?\\n（(）)]';
const NOT_SEP = `[^${ZH_SEP.slice(1, -1)}]`;
/** A direction segment: [landmark] relation [的/那个] [words] dwelling — "东塘百货后面那个老宿舍区", "往南那个家属院". */
const ZH_DIRECTION = new RegExp(`^${NOT_SEP}{0,16}?${ZH_RELATION}(?:的|那个|那個|那家|那栋|那户|的那个)?${NOT_SEP}{0,10}?${ZH_DWELLING}`);
/** A dwelling right after a relation the span already ends with: "南后街往里" + "的黄巷". */
const ZH_AFTER_RELATION = new RegExp(`^(?:的|那个|那個)?${NOT_SEP}{0,6}?${ZH_DWELLING}`);
/** A floor, building or room piece, or words ending in one ("老式木楼二层", "3单元502", "第二栋"); a bare number is a phone's. */
const ZH_PIECE_SEGMENT = new RegExp(`^[\\u4e00-\\u9fff]{0,8}?(?:第[一二三四五六七八九十\\d]+(?:家|栋|棟|幢|户|戶|间|間)|${ZH_PIECE})+(?=${ZH_SEP}|$)`);
/** A described dwelling: "门口挂着红灯笼那户", "门口有棵桂花树的那家". */
const ZH_THAT_HOUSE = new RegExp(`^${NOT_SEP}{0,14}?(?:那户|那戶|那家|那栋|那棟|那间|那間)(?=${ZH_SEP}|$)`);
/** A residence named after an address without a break: "桐柏路夕阳红养老院". */
const ZH_RESIDENCE = /^[\u4e00-\u9fff]{0,6}?(?:养老院|養老院|敬老院|福利院|护理院|護理院|救助站|老年公寓|康养中心|康養中心)/;
const ZH_RELATION_END = new RegExp(`${ZH_RELATION}$`);
/** What a home segment starts with that is not part of it: 寄到, 住在, 在. */
const ZH_LEAD = /^(?:寄到|寄|送到|送|住在|住|家在|搬到|在|到|是)/;

function zhSegmentAt(text: string, at: number, afterRelation: boolean): number {
  const rest = text.slice(at, at + 48);
  for (const re of [ZH_DIRECTION, ZH_PIECE_SEGMENT, ZH_THAT_HOUSE, ZH_RESIDENCE]) {
    const m = re.exec(rest);
    if (m) return m[0].length;
  }
  if (afterRelation) {
    const m = ZH_AFTER_RELATION.exec(rest);
    if (m) return m[0].length;
  }
  return 0;
}

function growZhRight(text: string, end: number): number {
  for (let guard = 0; guard < 8; guard++) {
    const direct = zhSegmentAt(text, end, ZH_RELATION_END.test(text.slice(Math.max(0, end - 4), end)));
    if (direct) {
      end += direct;
      continue;
    }
    // After one comma: the next segment must be a direction or a piece on its own.
    if (/[，,、]/.test(text[end] ?? '')) {
      const next = zhSegmentAt(text, end + 1, false);
      if (next) {
        end += 1 + next;
        continue;
      }
    }
    // Directions in a bracket after the address: "（西溪湿地南门进去右手边第三家" — the bracket opens the grown span and
    // its direction segments join it; what else it says ("没有电梯", "要行三層樓梯") is the patient's, and stays.
    if (/[（(]/.test(text[end] ?? '')) {
      const first = zhSegmentAt(text, end + 1, false);
      if (first) {
        end += 1 + first;
        if (/[）)]/.test(text[end] ?? '')) end += 1;
        continue;
      }
    }
    break;
  }
  return end;
}

function growZhLeft(text: string, start: number): number {
  // One direction segment before a comma: "江北万达广场后面那个小区，" + "5号楼1802".
  if (!/[，,]/.test(text[start - 1] ?? '')) return start;
  const from = Math.max(0, start - 1 - 24);
  const before = text.slice(from, start - 1);
  const cut = Math.max(...[...ZH_SEP.slice(1, -1)].map((c) => before.lastIndexOf(c))) + 1;
  let segStart = from + cut;
  const lead = ZH_LEAD.exec(text.slice(segStart, start - 1));
  if (lead) segStart += lead[0].length;
  const seg = text.slice(segStart, start - 1);
  return seg && ZH_DIRECTION.exec(seg)?.[0].length === seg.length ? segStart : start;
}

// ---- English parts ----
/** A relation to a landmark, with a lead ("at the curve just north of", "about a mile past"). */
const EN_RELATION =
  '(?:(?:at\\s+the\\s+(?:curve|corner|bend|intersection|lights?|top|bottom)|about\\s+a\\s+(?:mile|block|quarter\\s+mile)|a\\s+(?:mile|block)|two\\s+blocks)\\s+)?(?:just\\s+)?(?:behind|past|above|below|beside|next\\s+to|across\\s+from|opposite|off|near|around\\s+the\\s+corner\\s+from|at\\s+the\\s+end\\s+of|(?:north|south|east|west)\\s+of|down\\s+the\\s+road\\s+from|up\\s+past|up\\s+the\\s+road\\s+from)';
const EN_DWELLING =
  '(?:house|farmhouse|rowhouse|trailer|single-wide|double-wide|duplex|triplex|fourplex|cabin|cottage|cul-de-sac|walk-up|apartment|flat|studio|basement|loft|one|building|bungalow|townhouse|condo|unit|barn|ranch|shack|mobile\\s+home|camper|RV|motel|rooming\\s+house|group\\s+home|shelter)';
/** A month or a weekday is a date, never a landmark's word ("Winnipeg in June"). */
const MONTH_OR_DAY = `(?:${MONTH_NAMES_EN}|${WEEKDAY_NAMES_EN})\\b`;
/** Capitalised words: a named landmark or street ("Verdugo Rd", "Kettle Lake", "Route 9"). */
const CAPS = `(?!${MONTH_OR_DAY})\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?!${MONTH_OR_DAY})\\p{Lu}[\\p{L}'’-]*|\\d{1,4}\\b))*`;
/**
 * A word of a landmark: not a word that starts a clause of its own ("near the clinic where she has dialysis" stays after
 * "near the clinic").
 */
const LANDMARK_WORD =
  "(?!(?:for|with|where|who|whom|which|that|he|she|they|we|I|to|and|or|but|because|since|when|while|is|was|are|were|has|had|have|gets|got|goes|went)\\b)[\\w'’-]+";
/** Words of a landmark, ending where the clause does: "the taco truck lot", "the bike shop on Butler St". */
const WORDS_TO_BREAK = `(?:${LANDMARK_WORD}\\s+){0,3}?${LANDMARK_WORD}(?:\\s+(?:on|off|at)\\s+${CAPS})?(?=\\s*(?:[,;.)\\n]|\\s-\\s|$))`;
/** A segment of directions: "past the taco truck lot", "north of Kettle Lake boat launch", "the farmhouse with the red barn". */
const EN_SEGMENT = new RegExp(
  `^(?:${EN_RELATION}\\s+(?:(?:the|a|an)\\s+${WORDS_TO_BREAK}|(?:the\\s+)?${CAPS}(?:\\s+${WORDS_TO_BREAK})?)|(?:the|a|an)\\s+(?:[\\w'’-]+\\s+){0,3}${EN_DWELLING}(?:\\s+(?:with|on|off|at|by)\\s+(?:the\\s+|a\\s+)?${WORDS_TO_BREAK})?(?=\\s*(?:[,;.)\\n]|\\s-\\s|$))|\\d+(?:st|nd|rd|th)\\s+floor(?:\\s+${EN_DWELLING})?(?=\\s*(?:[,;.)\\n]|\\s-\\s|$))|in\\s+${CAPS})`,
  'u',
);
/** Before a street: "the upstairs unit of the duplex on ", "blue single-wide behind ", "the cul-de-sac off ". */
const EN_BEFORE = new RegExp(
  `(?:\\b(?:the|a|an|his|her|their|my|our)\\s+(?:[\\w'’-]+\\s+){0,3}${EN_DWELLING}(?:\\s+of\\s+the\\s+(?:[\\w'’-]+\\s+){0,2}${EN_DWELLING})?)\\s+(?:on|off|at|in|behind|past|near)\\s+$`,
  'i',
);
/** A leading segment before a comma: "4th floor walk-up, " + "2218 Telegraph Ave". */
const EN_LEAD_SEGMENT = new RegExp(
  `(?:\\b(?:the|a|an)\\s+(?:[\\w'’-]+\\s+){0,3}${EN_DWELLING}|\\b\\d+(?:st|nd|rd|th)\\s+floor(?:\\s+${EN_DWELLING})?),\\s+$`,
  'i',
);
const STREET_TYPE =
  '(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Place|Pl|Way|Circle|Cir|Terrace|Trail|Pike|Parkway|Pkwy|Highway|Hwy)';
/** A road with no house number, after a relation: "the end of Old Orchard Lane", "Scene: County Rd 11", "on Route 22". */
const EN_ROAD = new RegExp(
  `(?:\\b(?:${EN_RELATION}|on|along|of)\\s+|(?:Scene|Location|Address|Incident location)\\s*:\\s*)(?:the\\s+)?((?:County\\s+(?:Rd|Road)|Route|Rt\\.?|Highway|Hwy|State\\s+Route|Farm\\s+Road|FM)\\s+\\d{1,4}\\b(?!\\s*(?:mm|cm|ml|mL|mg|kg|%|x\\b|times\\b))|(?!(?:Supreme|Family|Juvenile|Drug|High|Federal|District|Probate|Crown|Magistrates?|County)\\s+Court\\b)(?:\\p{Lu}[\\p{L}'’-]+\\s+){1,3}${STREET_TYPE}\\b(?!\\.?\\s+\\p{Lu}\\p{Ll}))`,
  'gu',
);
/** A landmark on a street: "behind the Family Dollar on Elm", "past the Shell on Main". */
const EN_LANDMARK_ON = new RegExp(
  `\\b${EN_RELATION}\\s+the\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:on|off)\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’-]+|\\d{1,4}\\b))*`,
  'gu',
);

/** Roads without a number and landmarks on a street, read where directions are given (the anchors grown below). */
export function detectDirectionRoads(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (!/[A-Z]/.test(text)) return out;
  for (const re of [EN_ROAD, EN_LANDMARK_ON]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const value = m[1] ?? m[0];
      const start = (m.index ?? 0) + m[0].length - value.length;
      out.push(span('ADDRESS', text, start, start + value.length));
    }
  }
  return out;
}

function growEnRight(text: string, end: number): number {
  for (let guard = 0; guard < 6; guard++) {
    const sep = /^(?:,\s+|\s+-\s+|\s+)/.exec(text.slice(end, end + 4));
    if (!sep) break;
    const m = EN_SEGMENT.exec(text.slice(end + sep[0].length, end + sep[0].length + 90));
    if (!m) break;
    end += sep[0].length + m[0].length;
  }
  return end;
}

/** "the end of " before a road; a dwelling right before a relation the anchor starts with ("blue single-wide behind"). */
const EN_END_OF = /\bthe\s+end\s+of\s+$/;
const EN_DWELLING_BEFORE = new RegExp(
  `(?:\\b(?:the|a|an|his|her|their|my|our)\\s+(?:[\\w'’-]+\\s+){0,3}|(?<=(?:^|[:(])\\s{0,2})(?:[\\w'’-]+\\s+){0,2})${EN_DWELLING}\\s+$`,
  'i',
);
const STARTS_WITH_RELATION = new RegExp(`^${EN_RELATION}\\b`);

function growEnLeft(text: string, start: number, anchor: string): number {
  const before = text.slice(Math.max(0, start - 80), start);
  const m =
    EN_BEFORE.exec(before) ??
    EN_LEAD_SEGMENT.exec(before) ??
    EN_END_OF.exec(before) ??
    (STARTS_WITH_RELATION.test(anchor) ? EN_DWELLING_BEFORE.exec(before) : null);
  return m ? start - m[0].length : start;
}

/**
 * The directions written beside every ADDRESS span, as ADDRESS spans of their own before and after it (the merge keeps
 * a lower-ranked span's left part only when it contains a kept one, so the two sides are returned apart; the
 * redactor's address join makes them one with the address again).
 */
export function extendDirections(text: string, spans: readonly PhiSpan[]): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const s of spans) {
    if (s.type !== 'ADDRESS') continue;
    const zh = /[\u4e00-\u9fff]/.test(s.text);
    const end = zh ? growZhRight(text, s.end) : growEnRight(text, s.end);
    const start = zh ? growZhLeft(text, s.start) : growEnLeft(text, s.start, s.text);
    if (start < s.start) out.push(span('ADDRESS', text, start, s.start));
    if (end > s.end) out.push(span('ADDRESS', text, s.end, end));
  }
  return out;
}
