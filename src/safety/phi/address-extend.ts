// Address chains grown from any anchor, both ways. The readers (address.ts, address-grammar.ts, places.ts,
// gazetteer.ts, the tagger) each find a piece of an address — a district, a street, an estate, a town — and stop where
// their pattern stops; an address in prose is a chain of such pieces ("杭州市西湖区|文三路88号|华星小区3栋2单元501室",
// "No. |12 Okafor Crescent|, Ikeja, Lagos", "41200 |Klang, Selangor"). Here every ADDRESS span is extended over the
// chain pieces next to it, by the chain's grammar: Chinese units run from large to small (省 > 市 > 区/县 > 镇/乡/街道 >
// 村/路/街 > 号/小区 > 栋 > 单元 > 层 > 室), so a piece joins when its unit is not larger than the one it continues
// (to the right) or larger (to the left); an English chain is comma-separated segments — a unit, a street, a town, a
// region, a postcode — with house-number and flat prefixes before it. Pure: text and spans in, longer spans out.
import type { PhiSpan } from '../types.js';
import { zhGazetteerPlace } from './gazetteer.js';
import { COMMON_CAPITALISED } from './names-en-lists.js';

const HAN = /[\u4e00-\u9fff]/;

/** Chinese address units and their rank in the chain (larger unit, smaller rank). Longest first for the scan. */
const ZH_UNITS: [string, number][] = (
  [
    ['特别行政区', 1],
    ['自治区', 1],
    ['自治州', 2],
    ['省', 1],
    ['地区', 2],
    ['市', 2],
    ['州', 2],
    ['盟', 2],
    ['区', 3],
    ['區', 3],
    ['县', 3],
    ['縣', 3],
    ['旗', 3],
    ['街道', 4],
    ['镇', 4],
    ['鎮', 4],
    ['乡', 4],
    ['鄉', 4],
    ['大道', 5],
    ['大街', 5],
    ['胡同', 5],
    ['马路', 5],
    ['路', 5],
    ['街', 5],
    ['巷', 5],
    ['道', 5],
    ['里', 5],
    ['村', 5],
    ['社区', 5],
    ['屯', 5],
    ['弄', 6],
    ['号院', 6],
    ['號', 6],
    ['号', 6],
    ['组', 6],
    ['組', 6],
    ['小区', 6],
    ['小區', 6],
    ['花园', 6],
    ['花園', 6],
    ['家园', 6],
    ['新村', 6],
    ['公寓', 6],
    ['大厦', 6],
    ['大廈', 6],
    ['广场', 6],
    ['苑', 6],
    ['邨', 6],
    ['公馆', 6],
    ['山庄', 6],
    ['号楼', 7],
    ['號樓', 7],
    ['栋', 7],
    ['棟', 7],
    ['幢', 7],
    ['座', 7],
    ['期', 7],
    ['阁', 7],
    ['閣', 7],
    ['樓', 7],
    ['单元', 8],
    ['單元', 8],
    ['层', 9],
    ['層', 9],
    ['楼', 9],
    ['室', 10],
    ['户', 10],
    ['戶', 10],
  ] as [string, number][]
).sort((a, b) => b[0].length - a[0].length);

/** Units that need a number before them (a bare "楼", "号", "期" is prose: "楼下", "号称", "期间"). */
const NUMBERED_ONLY = new Set([
  '号',
  '號',
  '号院',
  '号楼',
  '號樓',
  '栋',
  '棟',
  '幢',
  '座',
  '期',
  '樓',
  '楼',
  '层',
  '層',
  '单元',
  '單元',
  '室',
  '户',
  '戶',
  '组',
  '組',
  '弄',
]);
/** Units a named piece on its own may end in (a place name before them): administrative units, streets, estates. */
const NAMED_RANK_MAX = 6;
/** Characters that are never inside a place name: function words, pronouns, verbs of prose, punctuation. */
const NOT_IN_PLACE =
  /[的了看去在是有和与與把被说說走到要就也都还還我你他她们們这這那个個吃做买買来來时時候从從住于於往至及或但而很再又才已曾将將给給让讓跟没沒不附近边邊里裡面\s，,。；;：:、（）()“”"'！？!?]/;
/** Words that end in a unit character without being places (their head is a common word). */
const NOT_ZH_PLACE =
  /^(?:城市|城区|市区|郊区|山区|县城|乡村|农村|社区|地区|城镇|乡镇|小区|新农村|城中村|地球村|度假村|街道|马路|大道|大街|门诊|病区|院区|园区|校区|景区|疫区|灾区|牧区|林区|辖区|片区|园区|商圈|超市|菜市|夜市|城市)$/;
const NUM = '[0-9０-９A-Za-z一二三四五六七八九十百零两-]{1,6}';

interface Piece {
  /** Characters of the piece. */
  length: number;
  rank: number;
}

function unitAt(text: string, at: number): [string, number] | null {
  for (const u of ZH_UNITS) if (text.startsWith(u[0], at)) return u;
  return null;
}

/** The unit that ends exactly at `end`, if any. */
function unitEndingAt(text: string, end: number): [string, number] | null {
  for (const u of ZH_UNITS) if (end >= u[0].length && text.startsWith(u[0], end - u[0].length)) return u;
  return null;
}

/** Start of the place name that ends at `end`: the run of place characters before it when it is short (2–`max`,
 * bounded by a function word, punctuation, another unit or the text's start: "住在|杭州"), else its last two
 * characters ("联系|马鞍|镇"). A unit character inside the first two ("杭|州", "金色|家园") is part of the name. */
function headStart(text: string, end: number, max = 3): number {
  let from = end;
  let n = 0;
  while (n < max + 1 && from > 0 && HAN.test(text[from - 1]) && !NOT_IN_PLACE.test(text[from - 1]) && !(n >= 2 && unitEndingAt(text, from))) {
    from--;
    n++;
  }
  if (n < 2) return -1;
  return n <= max ? from : end - 2;
}

const NUM_RE = new RegExp(`^${NUM}`);

/** One chain piece starting at `at`: a number with its unit ("3栋", "501室", "88号"), or a short name with its unit
 * ("文三路", "华星小区", "福永街道"). */
function pieceAt(text: string, at: number): Piece | null {
  const num = NUM_RE.exec(text.slice(at, at + 7));
  if (num && /[0-9０-９一二三四五六七八九十]/.test(num[0])) {
    const u = unitAt(text, at + num[0].length);
    if (u) return { length: num[0].length + u[0].length, rank: u[1] };
  }
  // A named piece: 1–6 characters of a name, then a unit word.
  for (let n = 1; n <= 6 && at + n < text.length; n++) {
    const c = text[at + n - 1];
    if (!HAN.test(c) || NOT_IN_PLACE.test(c)) return null;
    // A name has two characters at least ("文三|路"; the 州 of "杭州" is not a unit yet).
    if (n < 2) continue;
    const u = unitAt(text, at + n);
    if (!u || NUMBERED_ONLY.has(u[0]) || u[1] > NAMED_RANK_MAX) continue;
    const value = text.slice(at, at + n + u[0].length);
    if (NOT_ZH_PLACE.test(value)) return null;
    // A street word inside a longer word ("道路", "消化道", "街坊"): the unit must end the word.
    if (HAN.test(text[at + n + u[0].length] ?? '') && unitAt(text, at + n + u[0].length) === null && u[1] === 5 && /^[道里街]$/.test(u[0])) continue;
    return { length: n + u[0].length, rank: u[1] };
  }
  return null;
}

/** Rank of the last unit a span ends in (0 when it ends in none: a bare place name like "温州"). */
function lastRank(text: string, end: number): number {
  const u = unitEndingAt(text, end);
  return u ? u[1] : 2;
}

/** A section of an estate: directions and numbers before 区. */
const SECTION = /^[东西南北中东一二三四五六七八九十0-9A-Za-z]{1,3}[区區]$/;

function extendZhRight(text: string, end: number): number {
  let rank = lastRank(text, end);
  for (let hops = 0; hops < 8; hops++) {
    let at = end;
    while (text[at] === ' ' || text[at] === '\u3000') at++;
    // A bare unit word straight after ("金色家园|小区", "福永|街道") belongs to the name before it; a street's name
    // before 街道 names the sub-district ("丽景街|街道"), the one bare unit larger than what it follows.
    const bare = at === end ? unitAt(text, at) : null;
    const named = bare && bare[0].length > 1 && !NUMBERED_ONLY.has(bare[0]);
    const p = named ? { length: bare[0].length, rank: bare[1] } : (pieceAt(text, at) ?? (rank >= 5 ? numberedTailAt(text, end, at, rank) : null));
    if (!p) break;
    // A piece joins when it is not a larger unit than the one it continues; a numbered or directional section of an
    // estate ("金地花园|东二区", "B区") is part of the estate.
    if (p.rank < rank && !(rank >= 6 && SECTION.test(text.slice(at, at + p.length))) && !(named && bare[0] === '街道' && rank === 5)) break;
    end = at + p.length;
    rank = p.rank;
  }
  return end;
}

// ---- The numbered tail of a Chinese address (session 43) ------------------------------------------------------------
// Below the street a Chinese address is numbers: the building, the entrance, the room — written with their units
// ("9栋2单元1703室"), or as a hyphen chain with no unit ("南京南街9号|2-3-1", "丽景湖畔|3-2-601"), or with the room's
// unit left off after a pause ("9栋2单元，|1703", "十二栋 |三零四"), often after an estate named without its unit word
// ("…北街|丽景湖畔|3-2-601", "水岸新城|3期"). Each is read only by its POSITION in a chain already found: it follows a
// street, a house number or an estate (rank ≥ 5), and it ends at a boundary, so a count or a dose never joins.
/** A hyphen chain of two to four numbers: building-entrance-room ("2-3-1", "11-2-501", "14-302"). */
const HYPHEN_CHAIN = /^\d{1,4}(?:-\d{1,4}){1,3}(?![\d\-A-Za-z./:])/;
/** A building-entrance-room chain whose room has 3–4 digits ("4-3-201", "11-2-1501"). */
const ROOM_CHAIN = /^\d{1,3}-\d{1,2}-\d{3,4}(?![\d\-A-Za-z./:])/;
/** A room number: 3–4 digits or spoken digits ("1703", "三零四"). */
const ROOM_NUMBER = /^(?:\d{3,4}|[零〇一二三四五六七八九]{3,4})(?![\d零〇一二三四五六七八九十百千万])/;
/** What may follow a tail number: the end of the text or line, a space, a pause or a bracket. */
const TAIL_END = /^(?:$|[\s，,。；;、）)\]】])/;
/** An institution's name is no estate ("中山路|人民医院3号楼" locates the clinic). */
const INSTITUTION_NAME = /医院|醫院|诊所|診所|卫生|衛生|中心|门诊|門診|学校|學校|大学|大學|公司/;

/** A hyphenated date ("12-03-2024", "2024-3-5") is no building chain. */
const DATE_SHAPE = /^(?:\d{1,2}-\d{1,2}-(?:19|20)\d{2}|(?:19|20)\d{2}-\d{1,2}(?:-\d{1,2})?)$/;

/** The numbered tail piece at `at`, `from` being where the chain ended (spaces may lie between). */
function numberedTailAt(text: string, from: number, at: number, rank: number): Piece | null {
  // Written straight after the chain, never after a gap, and never in a date's shape ("…5号 12-03-2024").
  const chain = at === from ? HYPHEN_CHAIN.exec(text.slice(at, at + 20)) : null;
  if (chain && !DATE_SHAPE.test(chain[0]) && TAIL_END.test(text.slice(at + chain[0].length))) return { length: chain[0].length, rank: 10 };
  // s44: after one space, only the full building-entrance-room chain whose room has three or four digits ("翠竹里
  // 4-3-201", "…28号 3-2-601"): no date has a three-digit part, and a room of four digits is not a year.
  const spaced = at === from + 1 && text[from] === ' ' ? ROOM_CHAIN.exec(text.slice(at, at + 20)) : null;
  if (spaced && !DATE_SHAPE.test(spaced[0]) && !/-(?:19|20)\d\d$/.test(spaced[0]) && TAIL_END.test(text.slice(at + spaced[0].length)))
    return { length: spaced[0].length, rank: 10 };
  // A room number after a building or an entrance (rank 7–8), straight after or after a pause.
  if (rank >= 7 && rank <= 9) {
    const gap = text[at] === '，' || text[at] === ',' ? 1 : 0;
    const room = ROOM_NUMBER.exec(text.slice(at + gap, at + gap + 6));
    // After a pause the room ends at punctuation or the line's end, not at a space ("，2019 年确诊", "，120 送入急诊").
    const roomEnd = gap ? /^(?:$|\n|[，,。；;、）)\]】])/ : TAIL_END;
    if (room && roomEnd.test(text.slice(at + gap + room[0].length))) return { length: gap + room[0].length, rank: 10 };
  }
  // s44: a block named after an estate, as Hong Kong public estates name theirs ("安定邨|定暉樓|1508", "翠屏邨|翠楓樓"):
  // two or three place characters and the block's unit straight after the estate; "楼下", "樓梯" go on as prose.
  if (rank === 6 && at === from) {
    const block = /^([\u4e00-\u9fff]{2,3}?)([樓楼閣阁座])(?![下上梯道面顶頂])/.exec(text.slice(at, at + 5));
    // A numbered block ("第三座", "十二座") is the number readers' (pieceAt), with what follows it.
    if (
      block &&
      !/[第零〇一二三四五六七八九十百]/.test(block[1]) &&
      !NOT_IN_PLACE.test(block[1]) &&
      !INSTITUTION_NAME.test(block[1]) &&
      ![...block[1]].some((_, i) => unitAt(text, at + i))
    )
      return { length: block[0].length, rank: 7 };
  }
  // A numbered room on 房 ("601房").
  const num = /^\d{2,5}房/.exec(text.slice(at, at + 7));
  if (num && rank <= 9) return { length: num[0].length, rank: 10 };
  // An estate named without its unit word, between a street or a house number and a numbered building ("丽景湖畔|3-2-601").
  if (rank <= 6) {
    for (let n = 1; n <= 6; n++) {
      const c = text[at + n - 1] ?? '';
      if (!HAN.test(c) || NOT_IN_PLACE.test(c) || unitAt(text, at + n - 1)) break;
      if (n < 2) continue;
      const next = pieceAt(text, at + n);
      const tail = HYPHEN_CHAIN.exec(text.slice(at + n, at + n + 20));
      const tailOk = tail && !DATE_SHAPE.test(tail[0]) && TAIL_END.test(text.slice(at + n + tail[0].length));
      if ((next && next.rank >= 7 && /^[0-9０-９]/.test(text[at + n])) || tailOk) {
        if (INSTITUTION_NAME.test(text.slice(at, at + n))) return null;
        return { length: n, rank: 6 };
      }
    }
  }
  return null;
}

/** A district or town of the gazetteer written right before a street or an estate ("荃灣|沙咀道298號", "氹仔|…大馬路"),
 * standing at a boundary (punctuation, a function word or the text's start). */
function placeHeadBefore(text: string, start: number): number {
  for (const len of [4, 3, 2]) {
    const from = start - len;
    if (from < 0) continue;
    const before = text[from - 1] ?? '';
    if (HAN.test(before) && !NOT_IN_PLACE.test(before)) continue;
    if (zhGazetteerPlace(text.slice(from, start))) return from;
  }
  return start;
}

function extendZhLeft(text: string, start: number): number {
  const first = firstUnitRank(text, start);
  if (first >= 4 && !unitEndingAt(text, start)) return placeHeadBefore(text, start);
  let rank = first;
  for (let hops = 0; hops < 6; hops++) {
    const u = unitEndingAt(text, start);
    if (!u || u[1] >= rank || NUMBERED_ONLY.has(u[0])) break;
    // The name before the unit: 2–4 characters that can be in a place name ("杭州|市", "西湖|区").
    const from = headStart(text, start - u[0].length);
    if (from < 0 || NOT_ZH_PLACE.test(text.slice(from, start))) break;
    start = from;
    rank = u[1];
  }
  return start;
}

/** Rank of the first unit inside the span (how large a unit the chain starts with). */
function firstUnitRank(text: string, start: number): number {
  for (let i = start; i < Math.min(text.length, start + 8); i++) {
    const u = unitAt(text, i);
    if (u && !(NUMBERED_ONLY.has(u[0]) && !/[0-9０-９一二三四五六七八九十]/.test(text[i - 1] ?? ''))) return u[1];
  }
  return 3;
}

// ---- English chains --------------------------------------------------------------------------------------------
const TOWN = String.raw`\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’-]+){0,2}`;
const POSTCODE = String.raw`\d{4,6}|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d{2}[ ]?[A-Z\d]{4}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|[A-Z]{2,3}[ ]\d{4,5}(?:-\d{4})?`;
/** The next segment after an address piece: ", #08-1127", ", Singapore 560415", " 560415", ", Oke-Ado", ", Johor". */
const NEXT_EN = new RegExp(
  String.raw`^(?:[ ](?:North|South|East|West|NE|NW|SE|SW)(?![\p{L}])|,[ ]?(?:#\d{1,3}-\d{1,5}|(?:Flat|Apt|Apartment|Unit|Suite|Level|Floor)[ ]\w{1,5}|(?:${TOWN})(?:[ ](?:${POSTCODE}))?|${POSTCODE})|[ ](?:${POSTCODE})|[ ](?:${TOWN})(?=,[ ]?(?:${TOWN}|${POSTCODE})|[ ]*(?:\n|$)))(?![\p{L}\d])`,
  'u',
);
/** What opens an address before its house number: "No. ", "Flat 3, ", "Unit 5/", "Apt 2B, ", "Blk ". */
const PREFIX_EN = /(?:\b(?:No\.?|Number|Blk|Block|House)[ ]|\b(?:Flat|flat|Apt|apt|Apartment|apartment|Unit|unit|Suite|suite)[ ]?#?\w{1,4}(?:,[ ]?|\/|[ ]))$/;
/** A town before an address segment: "Oke-Ado, |Ibadan" — one or two capitalised words and a comma. */
const TOWN_BEFORE = /(?<![\p{L}'’.-])(\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’-]+)?),[ ]$/u;
const NOT_TOWN =
  /^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Rev|Fr|Sr|Jr|St|Saint|Church|Hospital|Clinic|Ward|Bed|Room|Dear|Regards|Thanks|Tel|Phone|Mobile|Mob|Email|Fax|Date|Name|Patient|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Anglican|Catholic|Methodist|Baptist|Mosque|Temple|Cathedral|Chapel)\b/;

function townOk(segment: string): boolean {
  const words = segment.replace(/^[, ]+/, '').split(/[ ]+/);
  if (NOT_TOWN.test(words[0])) return false;
  return !words.every((w) => COMMON_CAPITALISED.has(w.replace(/[.,]$/, '')));
}

function extendEnRight(text: string, end: number): number {
  for (let hops = 0; hops < 5; hops++) {
    const m = NEXT_EN.exec(text.slice(end, end + 48));
    if (!m) break;
    if (/\p{Lu}\p{Ll}/u.test(m[0]) && !townOk(m[0])) break;
    end += m[0].length;
  }
  return end;
}

function extendEnLeft(text: string, start: number, street: boolean): number {
  const before = text.slice(Math.max(0, start - 24), start);
  const prefix = PREFIX_EN.exec(before);
  if (prefix && /^\d/.test(text.slice(start, start + 1))) return start - prefix[0].length;
  if (!street) {
    // A town chain: "Kudeti, |Ibadan" — the district before the town (one segment, no digit).
    const town = TOWN_BEFORE.exec(before);
    if (town && townOk(town[1])) return start - town[0].length;
  }
  return start;
}

const STREETISH = /\d|\b(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Crescent|Way|Court|Place|Terrace|Jalan|Blk|Block)\b/;

/**
 * Every ADDRESS span grown over the chain pieces next to it (see the head of this file). Spans of other types that the
 * grown address covers are dropped by the caller's merge (the address ranks above them), so a unit number "#08-1127"
 * inside a chain is part of the address, not an identifier of its own.
 */
export function extendAddresses(text: string, spans: readonly PhiSpan[]): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const s of spans) {
    if (s.type !== 'ADDRESS') continue;
    let { start, end } = s;
    if (HAN.test(s.text)) {
      // A unit the reader cut in two ("福永街|道", "华星小|区") is completed first.
      const cut = unitAt(text, end - 1);
      if (cut && cut[0].length > 1 && end - 1 + cut[0].length > end) end = end - 1 + cut[0].length;
      end = extendZhRight(text, end);
      start = extendZhLeft(text, start);
    } else if (/\p{Lu}|\d/u.test(s.text)) {
      end = extendEnRight(text, end);
      const left = extendEnLeft(text, start, STREETISH.test(s.text));
      // A segment another reader typed ("works at Infosys, |Whitefield": the employer) stays that reader's.
      if (!spans.some((o) => o.type !== 'ADDRESS' && o.start < start && o.end > left)) start = left;
    }
    if (start !== s.start || end !== s.end) out.push({ type: 'ADDRESS', start, end, text: text.slice(start, end) });
  }
  return out;
}

// ---- Chinese places by their unit -------------------------------------------------------------------------------
/** A town, township, sub-district or estate named with its unit and a house-number chain after it, or after a
 * locative: "马鞍镇", "福永街道", "华星小区3栋" — a place below the county wherever it stands. */
const ZH_LOW_UNIT = /[镇鎮乡鄉村邨苑]|街道|小区|小區|花园|花園|家园|家園|新村|社区/g;
const ZH_LOCATIVE_BEFORE = /(?:住在?|家在|老家[在是]?|来自|來自|搬到|搬去|回到?|到|去|从|從|在|于|於|位于|位於|户籍|籍贯|原籍|联系|聯繫|前往)$/;
/** A unit character opening a word with what follows (镇痛, 镇静, 镇江, 乡下, 思乡之情). */
const NOT_AFTER_UNIT = /^(?:痛|静|靜|定|咳|吐|惊|驚|压|壓|守|江|之|下|亲|親|音|愁|土|情|间|間)/;
/** A unit character closing a word with the character before it (冰镇, 城镇, 思乡, 家乡, 农村). */
const WORD_BEFORE_UNIT = new Set(
  '冰镇 坐镇 城镇 乡镇 重镇 古镇 小镇 村镇 集镇 市镇 思乡 家乡 故乡 他乡 老乡 回乡 下乡 城乡 同乡 异乡 水乡 梦乡 返乡 还乡 离乡 怀乡 农村 乡村 山村 渔村 全村 本村 邻村'.split(
    ' ',
  ),
);
/** The place of a treating institution ('望京社区卫生服务中心', '马鞍镇卫生院') locates the clinic, not a person. */
const INSTITUTION_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:卫生|衛生|医院|醫院|诊所|診所|服务中心|服務中心)/;

/** A Canadian postal code anywhere ("L5B 2C9"): the letter-digit-letter shape is one nothing else in a record has. */
const CA_POSTCODE = /(?<![A-Za-z0-9])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ ]\d[ABCEGHJ-NPRSTV-Z]\d(?![A-Za-z0-9])/g;

export function detectUnitPlaces(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (/\d[A-Z][ ]\d/.test(text))
    for (const m of text.matchAll(CA_POSTCODE)) out.push({ type: 'ADDRESS', start: m.index ?? 0, end: (m.index ?? 0) + 7, text: m[0] });
  ZH_LOW_UNIT.lastIndex = 0;
  for (const m of text.matchAll(ZH_LOW_UNIT)) {
    const unitEnd = (m.index ?? 0) + m[0].length;
    if (NOT_AFTER_UNIT.test(text.slice(unitEnd, unitEnd + 1)) || WORD_BEFORE_UNIT.has(text.slice((m.index ?? 0) - 1, (m.index ?? 0) + 1))) continue;
    // The name before the unit: 2–4 place characters.
    // Estates have longer names than townships ("金色家园|小区").
    const from = headStart(text, m.index ?? 0, /[镇鎮乡鄉]|街道/.test(m[0]) ? 3 : 4);
    if (from < 0) continue;
    const value = text.slice(from, unitEnd);
    if (NOT_ZH_PLACE.test(value) || NOT_ZH_PLACE.test(value.slice(-2)) || /^(?:老家|我家|家乡|家鄉)/.test(value)) continue;
    if (INSTITUTION_AFTER.test(text.slice(unitEnd, unitEnd + 10))) continue;
    const located = ZH_LOCATIVE_BEFORE.test(text.slice(Math.max(0, from - 4), from));
    const chained = pieceAt(text, unitEnd) !== null;
    const township = /[镇鎮乡鄉]|街道/.test(m[0]);
    if (!located && !chained && !township) continue;
    const end = extendZhRight(text, unitEnd);
    if (out.some((o) => o.start === from && o.end >= end)) continue;
    out.push({ type: 'ADDRESS', start: from, end, text: text.slice(from, end) });
  }
  return out;
}
